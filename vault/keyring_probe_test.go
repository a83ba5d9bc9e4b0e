package vault

import (
	"errors"
	"testing"
)

func TestCheckKeyringTellsANoKeyringApart(t *testing.T) {
	kr := newFakeKeyring()
	if err := CheckKeyring(kr); err != nil {
		t.Fatalf("working keyring: %v", err)
	}
	if kr.Len() != 0 {
		t.Fatal("the check stored an entry")
	}
	kr.SetUnavailable(true)
	if err := CheckKeyring(kr); !errors.Is(err, ErrNoKeyring) {
		t.Fatalf("no keyring: %v", err)
	}
}
