package vault

import (
	"errors"
	"testing"
)

func TestCheckPassphrase(t *testing.T) {
	v := newTestVault(t, testOptions())
	if err := v.CheckPassphrase(testPassphrase); err != nil {
		t.Fatalf("right passphrase: %v", err)
	}
	if err := v.CheckPassphrase("definitely not it"); !errors.Is(err, ErrBadPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	if err := v.CheckPassphrase(""); !errors.Is(err, ErrEmptyPassphrase) {
		t.Fatalf("empty passphrase: %v", err)
	}
	v.Close()
	if err := v.CheckPassphrase("x"); !errors.Is(err, ErrClosed) {
		t.Fatalf("closed: %v", err)
	}
}
