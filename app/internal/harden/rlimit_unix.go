//go:build unix

package harden

import (
	"fmt"

	"golang.org/x/sys/unix"
)

// zeroCoreLimit sets RLIMIT_CORE to 0, soft and hard, so no core file is written.
func zeroCoreLimit() error {
	if err := unix.Setrlimit(unix.RLIMIT_CORE, &unix.Rlimit{Cur: 0, Max: 0}); err != nil {
		return fmt.Errorf("disable core dumps: setrlimit: %w", err)
	}
	return nil
}
