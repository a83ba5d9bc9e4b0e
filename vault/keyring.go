package vault

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/zalando/go-keyring"
)

// keyringService is the service name of Coffer's entries in the system keyring;
// the user name is the vault ID.
const keyringService = "coffer"

// DefaultReminderAfter is how long quick unlock works after the passphrase was
// last typed.
const DefaultReminderAfter = 14 * 24 * time.Hour

// Keyring stores small secrets in the operating system's keyring. Get and Delete
// return an error wrapping ErrNotRemembered when there is no such entry, and
// ErrNoKeyring when no keyring is available.
type Keyring interface {
	Get(service, user string) (string, error)
	Set(service, user, secret string) error
	Delete(service, user string) error
}

// OSKeyring is the system keyring: Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows.
type OSKeyring struct{}

var _ Keyring = OSKeyring{}

// Get returns the secret stored for service and user.
func (OSKeyring) Get(service, user string) (string, error) {
	s, err := keyring.Get(service, user)
	return s, keyringError(err)
}

// Set stores secret for service and user, replacing any earlier one.
func (OSKeyring) Set(service, user, secret string) error {
	return keyringError(keyring.Set(service, user, secret))
}

// Delete removes the secret stored for service and user.
func (OSKeyring) Delete(service, user string) error {
	return keyringError(keyring.Delete(service, user))
}

// keyringError maps go-keyring's errors to ours. Any failure other than a missing
// entry means the keyring cannot be used (no D-Bus, no Secret Service, locked
// and the unlock prompt dismissed): quick unlock falls back to the passphrase.
func keyringError(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, keyring.ErrNotFound):
		return ErrNotRemembered
	case errors.Is(err, keyring.ErrSetDataTooBig):
		return fmt.Errorf("system keyring: %w", err)
	}
	return &noKeyringError{err: err}
}

// noKeyringError is ErrNoKeyring with the system's reason attached.
type noKeyringError struct{ err error }

func (e *noKeyringError) Error() string {
	return fmt.Sprintf("%v (%v)", ErrNoKeyring, e.err)
}

func (e *noKeyringError) Is(target error) bool { return target == ErrNoKeyring }

func (e *noKeyringError) Unwrap() error { return e.err }

// remembered is the keyring entry of a vault: its key and when the passphrase was
// last typed, for the reminder.
type remembered struct {
	Identity       string    `json:"identity"`
	LastPassphrase time.Time `json:"last_passphrase_unlock"`
}

// entry is the keyring entry for the vault as it is now.
func (v *Vault) entry() remembered {
	return remembered{Identity: v.identity.String(), LastPassphrase: v.lastPassphrase}
}

// getRemembered reads and parses the keyring entry of vault id.
func getRemembered(kr Keyring, id string) (remembered, error) {
	s, err := kr.Get(keyringService, id)
	if err != nil {
		return remembered{}, err
	}
	var r remembered
	if err := json.Unmarshal([]byte(s), &r); err != nil || r.Identity == "" {
		return remembered{}, fmt.Errorf("the keyring entry is unreadable: %w", ErrNotRemembered)
	}
	return r, nil
}

// setRemembered writes the keyring entry of vault id.
func setRemembered(kr Keyring, id string, r remembered) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return kr.Set(keyringService, id, string(b))
}

// Remember stores the vault's key in the system keyring, so OpenRemembered can
// open it without the passphrase until the reminder is due.
func (v *Vault) Remember() error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.closed {
		return ErrClosed
	}
	if err := setRemembered(v.opts.Keyring, v.id, v.entry()); err != nil {
		return fmt.Errorf("remember vault: %w", err)
	}
	return nil
}

// Forget removes the vault's key from the system keyring. Forgetting a vault that
// is not remembered is not an error.
func (v *Vault) Forget() error {
	err := v.opts.Keyring.Delete(keyringService, v.id)
	if err != nil && !errors.Is(err, ErrNotRemembered) {
		return fmt.Errorf("forget vault: %w", err)
	}
	return nil
}

// IsRemembered reports whether the system keyring holds this vault's key. It
// returns an error wrapping ErrNoKeyring when no keyring is available.
func (v *Vault) IsRemembered() (bool, error) {
	_, err := v.opts.Keyring.Get(keyringService, v.id)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, ErrNotRemembered):
		return false, nil
	}
	return false, fmt.Errorf("check keyring: %w", err)
}

// refreshRemembered updates a remembered entry after the passphrase was typed or
// the key changed. A vault that is not remembered stays so. Errors are ignored:
// the keyring is a convenience, and a stale entry only means typing the
// passphrase; one holding a replaced key is deleted if it cannot be updated.
func (v *Vault) refreshRemembered(keyChanged bool) {
	if _, err := getRemembered(v.opts.Keyring, v.id); err != nil {
		return
	}
	if setRemembered(v.opts.Keyring, v.id, v.entry()) != nil && keyChanged {
		_ = v.opts.Keyring.Delete(keyringService, v.id)
	}
}
