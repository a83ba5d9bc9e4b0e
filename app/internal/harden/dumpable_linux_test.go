package harden

import "golang.org/x/sys/unix"

// dumpable returns the kernel's dumpable flag of this process (prctl PR_GET_DUMPABLE).
func dumpable() (int, bool) {
	d, err := unix.PrctlRetInt(unix.PR_GET_DUMPABLE, 0, 0, 0, 0)
	return d, err == nil
}
