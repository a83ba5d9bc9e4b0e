package vault

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
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
//
// Where the keyring is reached over D-Bus (Linux and the other Unix systems), it
// is used only when DBUS_SESSION_BUS_ADDRESS names a session bus: without one
// (ssh, cron, CI) every call fails with ErrNoKeyring at once. The D-Bus library
// would otherwise autolaunch a bus (dbus-launch, also for the address
// "autolaunch:"), which starts a dbus-daemon and a keyring daemon that never
// exit and inherit this process's environment.
type OSKeyring struct{}

var _ Keyring = OSKeyring{}

// systemKeyring is the keyring OSKeyring calls once a session bus is known to
// exist; tests replace it to count calls.
var systemKeyring Keyring = goKeyring{}

// Get returns the secret stored for service and user.
func (OSKeyring) Get(service, user string) (string, error) {
	if err := checkSessionBus(); err != nil {
		return "", err
	}
	return systemKeyring.Get(service, user)
}

// Set stores secret for service and user, replacing any earlier one.
func (OSKeyring) Set(service, user, secret string) error {
	if err := checkSessionBus(); err != nil {
		return err
	}
	return systemKeyring.Set(service, user, secret)
}

// Delete removes the secret stored for service and user.
func (OSKeyring) Delete(service, user string) error {
	if err := checkSessionBus(); err != nil {
		return err
	}
	return systemKeyring.Delete(service, user)
}

// checkSessionBus returns an error matching ErrNoKeyring when the keyring would
// be reached over D-Bus and no session bus address is set (or only one that
// autolaunches a bus, or "disabled:", which the front ends set when there is no bus).
func checkSessionBus() error {
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		return nil
	}
	addr := os.Getenv("DBUS_SESSION_BUS_ADDRESS")
	if addr == "" || strings.HasPrefix(addr, "autolaunch:") || addr == "disabled:" {
		return &noKeyringError{err: errors.New("no D-Bus session bus: DBUS_SESSION_BUS_ADDRESS is not set")}
	}
	return nil
}

// goKeyring is go-keyring with our errors.
type goKeyring struct{}

func (goKeyring) Get(service, user string) (string, error) {
	s, err := keyring.Get(service, user)
	return s, keyringError(err)
}

func (goKeyring) Set(service, user, secret string) error {
	return keyringError(keyring.Set(service, user, secret))
}

func (goKeyring) Delete(service, user string) error {
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

// errUnreadableEntry means the keyring holds an entry for the vault that is not
// one Coffer wrote; it is wrapped together with ErrNotRemembered.
var errUnreadableEntry = errors.New("the keyring entry is unreadable")

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
		return remembered{}, fmt.Errorf("%w: %w", errUnreadableEntry, ErrNotRemembered)
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
// open it without the passphrase until the reminder is due, and writes the
// device marker that says so (see Options.MarkerDir).
func (v *Vault) Remember() error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.closed {
		return ErrClosed
	}
	if err := v.remember(); err != nil {
		return fmt.Errorf("remember vault: %w", err)
	}
	return nil
}

func (v *Vault) remember() error {
	if err := setRemembered(v.opts.Keyring, v.id, v.entry()); err != nil {
		return err
	}
	if err := v.markers().mark(v.id); err != nil {
		_ = v.opts.Keyring.Delete(keyringService, v.id)
		return err
	}
	return nil
}

// Forget removes the vault's key from the system keyring and the device marker.
// Forgetting a vault that is not remembered is not an error; without a keyring
// it is one only if the marker said the vault was remembered. Forget does not
// ask for the passphrase: a front end that guards it calls CheckPassphrase first.
func (v *Vault) Forget() error {
	marked := v.markers().marked(v.id)
	err := v.opts.Keyring.Delete(keyringService, v.id)
	switch {
	case err == nil, errors.Is(err, ErrNotRemembered):
	case errors.Is(err, ErrNoKeyring) && !marked:
	default:
		return fmt.Errorf("forget vault: %w", err)
	}
	if err := v.markers().unmark(v.id); err != nil {
		return fmt.Errorf("forget vault: %w", err)
	}
	return nil
}

// IsRemembered reports whether the system keyring holds this vault's key. It
// asks the keyring only when the device marker says the vault is remembered,
// and returns an error wrapping ErrNoKeyring when no keyring is available then.
func (v *Vault) IsRemembered() (bool, error) {
	if !v.markers().marked(v.id) {
		return false, nil
	}
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
// the key changed. A vault that is not remembered stays so, and the keyring is
// not asked unless the device marker exists. Errors are ignored: the keyring is
// a convenience, and a stale entry only means typing the passphrase; one holding
// a replaced key is deleted if it cannot be updated.
func (v *Vault) refreshRemembered(keyChanged bool) {
	if !v.markers().marked(v.id) {
		return
	}
	if _, err := getRemembered(v.opts.Keyring, v.id); err != nil {
		return
	}
	if setRemembered(v.opts.Keyring, v.id, v.entry()) != nil && keyChanged {
		_ = v.opts.Keyring.Delete(keyringService, v.id)
	}
}
