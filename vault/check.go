package vault

import "fmt"

// CheckPassphrase reports whether passphrase opens this vault (one scrypt), so the
// app can ask for the current passphrase before changing it or revealing settings.
// A wrong one returns an error wrapping ErrBadPassphrase.
func (v *Vault) CheckPassphrase(passphrase string) error {
	v.mu.Lock()
	wrapped, want := v.wrapped, v.identity
	v.mu.Unlock()
	if want == nil {
		return ErrClosed
	}
	if passphrase == "" {
		return ErrEmptyPassphrase
	}
	id, err := openIdentity(wrapped, passphrase)
	if err != nil {
		return fmt.Errorf("check passphrase: %w", err)
	}
	if id.String() != want.String() {
		return fmt.Errorf("check passphrase: %w", ErrBadPassphrase)
	}
	return nil
}
