// Package vaulttest holds the test doubles shared by the tests of vault, the command
// line and the desktop app: an in-memory keyring and a clock that moves only when told.
// It is for tests only; nothing in it keeps a secret safe.
package vaulttest

import (
	"sync"
	"time"

	"coffer/vault"
)

// Keyring is an in-memory vault.Keyring.
type Keyring struct {
	mu sync.Mutex
	m  map[string]string
}

var _ vault.Keyring = (*Keyring)(nil)

// NewKeyring returns an empty in-memory keyring.
func NewKeyring() *Keyring { return &Keyring{m: map[string]string{}} }

// Get returns the secret stored for service and user, or vault.ErrNotRemembered.
func (k *Keyring) Get(service, user string) (string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	s, ok := k.m[service+"/"+user]
	if !ok {
		return "", vault.ErrNotRemembered
	}
	return s, nil
}

// Set stores secret for service and user.
func (k *Keyring) Set(service, user, secret string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.m[service+"/"+user] = secret
	return nil
}

// Delete removes the secret for service and user, if any.
func (k *Keyring) Delete(service, user string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	delete(k.m, service+"/"+user)
	return nil
}

// Len is the number of secrets stored.
func (k *Keyring) Len() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return len(k.m)
}

// Clock is a clock that moves only when told. Its zero value starts at the zero time;
// NewClock starts at a fixed date.
type Clock struct {
	mu sync.Mutex
	t  time.Time
}

// NewClock returns a clock set to t.
func NewClock(t time.Time) *Clock { return &Clock{t: t} }

// Now returns the clock's time; use it as vault.Options.Now.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Advance moves the clock forward by d.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}
