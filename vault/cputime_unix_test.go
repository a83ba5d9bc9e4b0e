//go:build unix

package vault

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time (user + system) used by this process so far, so
// benchmarks can report a figure that a busy machine inflates less than wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
