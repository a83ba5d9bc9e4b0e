package vaulttest_test

import (
	"errors"
	"testing"
	"time"

	"coffer/vault"
	"coffer/vault/vaulttest"
)

// The shared keyring keeps the vault.Keyring contract, counts calls, and plays a
// computer without a keyring when switched off.
func TestKeyring(t *testing.T) {
	k := vaulttest.NewKeyring()
	if _, err := k.Get("coffer", "a"); !errors.Is(err, vault.ErrNotRemembered) {
		t.Fatalf("Get of a missing entry = %v", err)
	}
	if err := k.Delete("coffer", "a"); !errors.Is(err, vault.ErrNotRemembered) {
		t.Fatalf("Delete of a missing entry = %v", err)
	}
	if err := k.Set("coffer", "a", "s"); err != nil {
		t.Fatal(err)
	}
	if s, err := k.Get("coffer", "a"); s != "s" || err != nil || k.Len() != 1 {
		t.Fatalf("Get = %q, %v; Len %d", s, err, k.Len())
	}
	k.SetUnavailable(true)
	for _, err := range []error{k.Set("coffer", "b", "s"), k.Delete("coffer", "a")} {
		if !errors.Is(err, vault.ErrNoKeyring) {
			t.Fatalf("switched off: %v, want ErrNoKeyring", err)
		}
	}
	if _, err := k.Get("coffer", "a"); !errors.Is(err, vault.ErrNoKeyring) {
		t.Fatalf("switched off Get = %v", err)
	}
	if k.Calls() != 7 {
		t.Fatalf("Calls = %d, want 7", k.Calls())
	}
}

func TestClock(t *testing.T) {
	start := time.Date(2025, 3, 14, 9, 26, 0, 0, time.UTC)
	c := vaulttest.NewClock(start)
	c.Advance(time.Hour)
	if !c.Now().Equal(start.Add(time.Hour)) {
		t.Fatalf("Now = %v", c.Now())
	}
}
