package vault

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"coffer/vault/internal/fake"

	"filippo.io/age"
)

func TestRememberAndOpenRemembered(t *testing.T) {
	clock := newFakeClock()
	opts := testOptions()
	opts.Now = clock.Now
	v := newTestVault(t, opts)
	addVaultItem(t, v, "x", "y")
	if err := v.Save(); err != nil {
		t.Fatal(err)
	}
	if ok, err := v.IsRemembered(); ok || err != nil {
		t.Fatalf("IsRemembered before Remember = %v, %v", ok, err)
	}
	if _, err := OpenRemembered(v.Path(), opts); !errors.Is(err, ErrLocked) {
		t.Fatalf("OpenRemembered while open = %v", err)
	}
	v.Close()
	if _, err := OpenRemembered(v.Path(), opts); !errors.Is(err, ErrNotRemembered) {
		t.Fatalf("OpenRemembered before Remember = %v", err)
	}

	v = mustOpen(t, v.Path(), opts)
	if err := v.Remember(); err != nil {
		t.Fatal(err)
	}
	if ok, err := v.IsRemembered(); !ok || err != nil {
		t.Fatalf("IsRemembered = %v, %v", ok, err)
	}
	v.Close()

	clock.Advance(13 * 24 * time.Hour)
	r, err := OpenRemembered(v.Path(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Data().Find("x", false); err != nil {
		t.Fatal(err)
	}
	// Saving after a quick unlock needs no passphrase either.
	addVaultItem(t, r, "z", "w")
	if err := r.Save(); err != nil {
		t.Fatal(err)
	}
	r.Close()

	clock.Advance(2 * 24 * time.Hour) // 15 days since the passphrase
	if _, err := OpenRemembered(v.Path(), opts); !errors.Is(err, ErrReminderDue) {
		t.Fatalf("OpenRemembered after 15 days = %v, want ErrReminderDue", err)
	}
	// Typing the passphrase restarts the reminder.
	p := mustOpen(t, v.Path(), opts)
	p.Close()
	clock.Advance(24 * time.Hour)
	r, err = OpenRemembered(v.Path(), opts)
	if err != nil {
		t.Fatalf("after a passphrase unlock: %v", err)
	}
	if err := r.Forget(); err != nil {
		t.Fatal(err)
	}
	if err := r.Forget(); err != nil {
		t.Fatalf("second Forget: %v", err)
	}
	r.Close()
	if _, err := OpenRemembered(v.Path(), opts); !errors.Is(err, ErrNotRemembered) {
		t.Fatalf("after Forget = %v", err)
	}
}

func TestReminderAfterOption(t *testing.T) {
	clock := newFakeClock()
	opts := testOptions()
	opts.Now, opts.ReminderAfter = clock.Now, time.Hour
	v := newTestVault(t, opts)
	if err := v.Remember(); err != nil {
		t.Fatal(err)
	}
	v.Close()
	clock.Advance(59 * time.Minute)
	r, err := OpenRemembered(v.Path(), opts)
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	clock.Advance(2 * time.Minute)
	if _, err := OpenRemembered(v.Path(), opts); !errors.Is(err, ErrReminderDue) {
		t.Fatalf("= %v, want ErrReminderDue", err)
	}
}

// A quick unlock does not count as typing the passphrase.
func TestOpenRememberedKeepsReminderClock(t *testing.T) {
	clock := newFakeClock()
	opts := testOptions()
	opts.Now = clock.Now
	v := newTestVault(t, opts)
	v.Remember()
	v.Close()
	for range 3 {
		clock.Advance(6 * 24 * time.Hour)
		r, err := OpenRemembered(v.Path(), opts)
		if err == nil {
			r.Remember() // must keep the old passphrase time
			r.Close()
		} else if !errors.Is(err, ErrReminderDue) {
			t.Fatal(err)
		}
	}
	if _, err := OpenRemembered(v.Path(), opts); !errors.Is(err, ErrReminderDue) {
		t.Fatalf("after 18 days of quick unlocks = %v, want ErrReminderDue", err)
	}
}

func TestNoKeyring(t *testing.T) {
	opts := testOptions()
	kr := newFakeKeyring()
	kr.SetUnavailable(true)
	opts.Keyring = kr
	v := newTestVault(t, opts)
	if err := v.Remember(); !errors.Is(err, ErrNoKeyring) {
		t.Fatalf("Remember = %v", err)
	}
	if _, err := v.IsRemembered(); !errors.Is(err, ErrNoKeyring) {
		t.Fatalf("IsRemembered = %v", err)
	}
	if err := v.Forget(); !errors.Is(err, ErrNoKeyring) {
		t.Fatalf("Forget = %v", err)
	}
	v.Close()
	if _, err := OpenRemembered(v.Path(), opts); !errors.Is(err, ErrNoKeyring) {
		t.Fatalf("OpenRemembered = %v", err)
	}
	// The passphrase still works.
	mustOpen(t, v.Path(), opts)
}

func TestStaleKeyringEntry(t *testing.T) {
	opts := testOptions()
	kr := opts.Keyring.(*fake.Keyring)
	v := newTestVault(t, opts)
	v.Close()
	for name, entry := range map[string]string{
		"not json":  "AGE-SECRET-KEY-1",
		"bad key":   `{"identity":"AGE-SECRET-KEY-1XYZ","last_passphrase_unlock":"2099-01-01T00:00:00Z"}`,
		"other key": otherKeyEntry(t),
	} {
		kr.Set(keyringService, v.ID(), entry)
		_, err := OpenRemembered(v.Path(), opts)
		if !errors.Is(err, ErrNotRemembered) {
			t.Fatalf("%s: %v, want ErrNotRemembered", name, err)
		}
		if strings.Contains(err.Error(), "AGE-SECRET") {
			t.Fatalf("%s: error shows the key: %v", name, err)
		}
	}
}

// otherKeyEntry is a fresh keyring entry for a key that opens no vault.
func otherKeyEntry(t *testing.T) string {
	id, err := age.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(remembered{Identity: id.String(), LastPassphrase: time.Now()})
	return string(b)
}

func TestKeyringErrorMapping(t *testing.T) {
	if err := keyringError(nil); err != nil {
		t.Fatal(err)
	}
	err := keyringError(errors.New("The name org.freedesktop.secrets was not provided"))
	if !errors.Is(err, ErrNoKeyring) || !strings.Contains(err.Error(), "gnome-keyring") {
		t.Fatalf("%v", err)
	}
}

// TestKeyringSecretService runs against a real Secret Service. CI runs it with:
//
//	dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; COFFER_TEST_SECRET_SERVICE=1 go test -race -run Keyring ./vault/'
func TestKeyringSecretService(t *testing.T) {
	if os.Getenv("COFFER_TEST_SECRET_SERVICE") != "1" {
		t.Skip("set COFFER_TEST_SECRET_SERVICE=1 inside a D-Bus session with an unlocked Secret Service")
	}
	opts := Options{WorkFactor: testWorkFactor, AllowWeakWorkFactor: true, Now: fake.NewClock(time.Now()).Now}
	v := newTestVault(t, opts)
	t.Cleanup(func() { OSKeyring{}.Delete(keyringService, v.ID()) })
	if ok, err := v.IsRemembered(); ok || err != nil {
		t.Fatalf("IsRemembered = %v, %v", ok, err)
	}
	if err := v.Remember(); err != nil {
		t.Fatal(err)
	}
	v.Close()
	r, err := OpenRemembered(v.Path(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Forget(); err != nil {
		t.Fatal(err)
	}
	r.Close()
	if _, err := OpenRemembered(v.Path(), opts); !errors.Is(err, ErrNotRemembered) {
		t.Fatalf("after Forget = %v", err)
	}
	if _, err := (OSKeyring{}).Get(keyringService, NewID()); !errors.Is(err, ErrNotRemembered) {
		t.Fatalf("Get of a missing entry = %v", err)
	}
}

// Without a session bus, the real keyring reports ErrNoKeyring.
func TestOSKeyringWithoutSecretService(t *testing.T) {
	if os.Getenv("COFFER_TEST_SECRET_SERVICE") == "1" {
		t.Skip("a Secret Service is running")
	}
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/coffer-test-bus")
	_, err := OSKeyring{}.Get(keyringService, NewID())
	if err == nil {
		t.Skip("a keyring answered (not Linux?)")
	}
	if !errors.Is(err, ErrNoKeyring) {
		t.Fatalf("Get = %v, want ErrNoKeyring", err)
	}
}
