package harden

import (
	"fmt"

	"golang.org/x/sys/unix"
)

// DisableCoreDumps stops the process from ever writing a core file and from being
// read by other processes of the same user (see the package doc).
func DisableCoreDumps() error {
	if err := unix.Prctl(unix.PR_SET_DUMPABLE, 0, 0, 0, 0); err != nil {
		return fmt.Errorf("disable core dumps: prctl: %w", err)
	}
	return zeroCoreLimit()
}
