package vault

import (
	"fmt"
	"os"

	"github.com/gofrs/flock"
)

// lockPath is the sidecar file whose exclusive lock marks a vault open for writing.
// The file itself stays behind after Close; only the kernel lock matters, and the
// kernel drops it when the process dies.
func lockPath(path string) string { return path + ".lock" }

// acquireLock takes the exclusive lock of the vault at path without waiting.
func acquireLock(path string) (*flock.Flock, error) {
	l := flock.New(lockPath(path), flock.SetFlag(os.O_CREATE|os.O_RDWR), flock.SetPermissions(0o600))
	ok, err := l.TryLock()
	if err != nil {
		return nil, fmt.Errorf("lock vault: %w", err)
	}
	if !ok {
		_ = l.Close()
		return nil, ErrLocked
	}
	return l, nil
}

// releaseLock unlocks and closes l; a nil l is a no-op.
func releaseLock(l *flock.Flock) error {
	if l == nil {
		return nil
	}
	if err := l.Unlock(); err != nil {
		return fmt.Errorf("unlock vault: %w", err)
	}
	return nil
}
