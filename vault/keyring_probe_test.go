package vault

import (
	"errors"
	"os"
	"runtime"
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

func TestOSKeyringWithoutASessionBusIsNotAvailable(t *testing.T) {
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "")
	err := CheckKeyring(OSKeyring{})
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		return
	}
	if !errors.Is(err, ErrNoKeyring) {
		t.Fatalf("no session bus: %v", err)
	}
}

// TestOSKeyringAvailableOnTheSessionBus runs against a real session bus when one is
// set (see COMMON.md: inside dbus-run-session); COFFER_WANT_KEYRING says which
// answer to expect: "yes" with gnome-keyring running or installed (the bus can start
// it), "no" on a bus where no Secret Service is installed.
func TestOSKeyringAvailableOnTheSessionBus(t *testing.T) {
	want := os.Getenv("COFFER_WANT_KEYRING")
	if want == "" || os.Getenv("DBUS_SESSION_BUS_ADDRESS") == "" {
		t.Skip("set COFFER_WANT_KEYRING=yes|no inside dbus-run-session")
	}
	err := CheckKeyring(OSKeyring{})
	if (want == "yes") != (err == nil) || (err != nil && !errors.Is(err, ErrNoKeyring)) {
		t.Fatalf("want keyring %s: %v", want, err)
	}
}
