// Package vaulttest holds the test doubles shared by the tests of vault, the command
// line and the desktop app: an in-memory keyring and a clock that moves only when told.
// It is for tests only; nothing in it keeps a secret safe.
package vaulttest

import (
	"time"

	"coffer/vault"
	"coffer/vault/internal/fake"
)

// Keyring is an in-memory vault.Keyring. It counts calls (Calls), reports its
// size (Len), and SetUnavailable(true) makes it behave like a computer without a
// keyring: every call fails with an error matching vault.ErrNoKeyring.
type Keyring = fake.Keyring

var _ vault.Keyring = (*Keyring)(nil)

// NewKeyring returns an empty in-memory keyring. A missing entry is
// vault.ErrNotRemembered, as the vault.Keyring contract asks.
func NewKeyring() *Keyring { return fake.NewKeyring(vault.ErrNotRemembered, vault.ErrNoKeyring) }

// Clock is a clock that moves only when told (Now, Advance). Its zero value
// starts at the zero time.
type Clock = fake.Clock

// NewClock returns a clock set to t.
func NewClock(t time.Time) *Clock { return fake.NewClock(t) }
