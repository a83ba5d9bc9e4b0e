package gui

import (
	"time"

	"coffer/vault"
)

// store is what screens use of the open vault: a copy to read, a transaction to
// change it, and the passphrase and keyring operations. Screens never see the live
// document, so a failed change cannot leave half of it behind.
type store interface {
	// Snapshot returns a copy of the vault's document.
	Snapshot() *vault.Data
	// Update runs f on a copy and commits it only when f and the save succeed.
	Update(f func(*vault.Data) error) error
	CheckPassphrase(passphrase string) error
	ChangePassphrase(newPassphrase string, workFactor int) error
	Remember() error
	Forget() error
	IsRemembered() (bool, error)
	ID() string
	Path() string
	Now() time.Time
	Close() error
}

var _ store = (*vault.Vault)(nil)

// commit applies f to the vault through st and shows what went wrong, if anything.
// It returns false on failure so the screen keeps what the user typed.
func commit(st store, n nav, f func(d *vault.Data) error) bool {
	if err := st.Update(f); err != nil {
		n.showError(err)
		return false
	}
	return true
}
