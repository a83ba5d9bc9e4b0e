// Package fake holds the one implementation of Coffer's test doubles: an
// in-memory keyring and a clock that moves only when told. It imports nothing
// of Coffer, so that the vault package's own tests can use it; everyone else
// gets it through coffer/vault/vaulttest, which fills in vault's errors.
// Nothing in it keeps a secret safe.
package fake

import (
	"fmt"
	"sync"
	"time"
)

// Keyring is an in-memory keyring with the methods of vault.Keyring. It counts
// every call, and can play a computer without a keyring.
type Keyring struct {
	mu          sync.Mutex
	m           map[string]string
	calls       int
	unavailable bool
	notFound    error // returned for a missing entry
	noKeyring   error // wrapped while unavailable
}

// NewKeyring returns an empty keyring that returns notFound for a missing entry
// and errors wrapping noKeyring while unavailable.
func NewKeyring(notFound, noKeyring error) *Keyring {
	return &Keyring{m: map[string]string{}, notFound: notFound, noKeyring: noKeyring}
}

// Get returns the secret stored for service and user.
func (k *Keyring) Get(service, user string) (string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if err := k.call(); err != nil {
		return "", err
	}
	s, ok := k.m[service+"/"+user]
	if !ok {
		return "", k.notFound
	}
	return s, nil
}

// Set stores secret for service and user.
func (k *Keyring) Set(service, user, secret string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if err := k.call(); err != nil {
		return err
	}
	k.m[service+"/"+user] = secret
	return nil
}

// Delete removes the secret for service and user; a missing one is notFound.
func (k *Keyring) Delete(service, user string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if err := k.call(); err != nil {
		return err
	}
	if _, ok := k.m[service+"/"+user]; !ok {
		return k.notFound
	}
	delete(k.m, service+"/"+user)
	return nil
}

// call counts a call and says whether the keyring is switched off.
func (k *Keyring) call() error {
	k.calls++
	if k.unavailable {
		return fmt.Errorf("in-memory keyring switched off: %w", k.noKeyring)
	}
	return nil
}

// SetUnavailable switches the keyring off (every call fails as on a computer
// without a Secret Service) or back on.
func (k *Keyring) SetUnavailable(off bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.unavailable = off
}

// Calls is the number of Get, Set and Delete calls so far, failed ones too.
func (k *Keyring) Calls() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.calls
}

// Len is the number of secrets stored.
func (k *Keyring) Len() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return len(k.m)
}

// Clock is a clock that moves only when told. Its zero value starts at the zero
// time; NewClock starts at a given one.
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
