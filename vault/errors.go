package vault

import (
	"errors"
	"fmt"
)

// Errors returned by the storage layer. Callers test them with errors.Is; the
// returned errors wrap them with context. No message ever includes a secret.
var (
	// ErrBadPassphrase means the passphrase does not open this vault.
	ErrBadPassphrase = errors.New("wrong passphrase")
	// ErrCorrupt means the file is damaged or is not a Coffer vault. The returned
	// error is a *CorruptError that says what is wrong.
	ErrCorrupt = errors.New("vault file is corrupt")
	// ErrNewerVersion means the file was written by a newer Coffer.
	ErrNewerVersion = errors.New("vault file was written by a newer version of Coffer; update Coffer to open it")
	// ErrLocked means another Coffer process has the vault open for writing.
	ErrLocked = errors.New("the vault is open in another Coffer window")
	// ErrChangedOnDisk means the file changed since it was opened or last saved
	// (a sync tool or another computer wrote it); Save refuses to overwrite it.
	ErrChangedOnDisk = errors.New("the vault file was changed by another program since it was opened; not overwriting it")
	// ErrNoKeyring means no system keyring is available for quick unlock.
	ErrNoKeyring = errors.New("no system keyring is available on this computer (on Linux, install and unlock gnome-keyring or KeePassXC's Secret Service); use your passphrase")
	// ErrNotRemembered means the system keyring holds no key for this vault.
	ErrNotRemembered = errors.New("this vault is not remembered on this computer; use your passphrase")
	// ErrReminderDue means quick unlock is refused until the passphrase is typed
	// again, so that the user does not forget it.
	ErrReminderDue = errors.New("it has been a while since you typed your passphrase; type it now so you keep remembering it")
	// ErrExists means Create found a file already at the path.
	ErrExists = errors.New("a file already exists there")
	// ErrReadOnly means the vault was opened read-only and cannot be saved.
	ErrReadOnly = errors.New("the vault was opened read-only")
	// ErrEmptyPassphrase means an empty passphrase was given.
	ErrEmptyPassphrase = errors.New("the passphrase must not be empty")
	// ErrClosed means the vault was used after Close.
	ErrClosed = errors.New("the vault is closed")
)

// CorruptError describes how a vault file is damaged. errors.Is(err, ErrCorrupt)
// is true for every CorruptError.
type CorruptError struct {
	Reason string // what is wrong, in plain words, e.g. "payload truncated"
	Err    error  // the underlying cause, if any
}

// Error returns "vault file is corrupt: <reason>[: <cause>]".
func (e *CorruptError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%v: %s: %v", ErrCorrupt, e.Reason, e.Err)
	}
	return fmt.Sprintf("%v: %s", ErrCorrupt, e.Reason)
}

// Is makes errors.Is(err, ErrCorrupt) true.
func (e *CorruptError) Is(target error) bool { return target == ErrCorrupt }

// Unwrap returns the underlying cause.
func (e *CorruptError) Unwrap() error { return e.Err }

// corrupt returns a *CorruptError with a formatted reason.
func corrupt(format string, args ...any) error {
	return &CorruptError{Reason: fmt.Sprintf(format, args...)}
}

// corruptErr returns a *CorruptError for reason, caused by err.
func corruptErr(reason string, err error) error {
	return &CorruptError{Reason: reason, Err: err}
}
