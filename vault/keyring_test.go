package vault

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
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
	opts.Keyring = kr
	v := newTestVault(t, opts)
	kr.SetUnavailable(true)
	if err := v.Remember(); !errors.Is(err, ErrNoKeyring) {
		t.Fatalf("Remember = %v", err)
	}
	// Not remembered here: nothing to report, the keyring is not even asked.
	if ok, err := v.IsRemembered(); ok || err != nil {
		t.Fatalf("IsRemembered = %v, %v", ok, err)
	}
	if err := v.Forget(); err != nil {
		t.Fatalf("Forget = %v", err)
	}
	v.Close()
	if _, err := OpenRemembered(v.Path(), opts); !errors.Is(err, ErrNotRemembered) {
		t.Fatalf("OpenRemembered = %v", err)
	}
	// The passphrase still works.
	v = mustOpen(t, v.Path(), opts)

	// Remembered, then the keyring goes away: that is reported.
	kr.SetUnavailable(false)
	if err := v.Remember(); err != nil {
		t.Fatal(err)
	}
	kr.SetUnavailable(true)
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
}

// A vault that is not remembered on this device never reaches the keyring:
// creating, opening with the passphrase, saving, changing the passphrase,
// asking IsRemembered and trying OpenRemembered make zero calls.
func TestNotRememberedMakesNoKeyringCalls(t *testing.T) {
	opts := testOptions()
	kr := newFakeKeyring()
	opts.Keyring = kr
	v := newTestVault(t, opts)
	addVaultItem(t, v, "Bank", "hunter2")
	if err := v.Save(); err != nil {
		t.Fatal(err)
	}
	if ok, err := v.IsRemembered(); ok || err != nil {
		t.Fatalf("IsRemembered = %v, %v", ok, err)
	}
	if err := v.ChangePassphrase("new passphrase", testWorkFactor); err != nil {
		t.Fatal(err)
	}
	v.Close()
	w, err := Open(v.Path(), "new passphrase", opts)
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	if _, err := OpenRemembered(v.Path(), opts); !errors.Is(err, ErrNotRemembered) {
		t.Fatalf("OpenRemembered = %v", err)
	}
	if n := kr.Calls(); n != 0 {
		t.Fatalf("%d keyring calls for a vault that is not remembered", n)
	}
}

// Remember writes the device marker and Forget removes it; a keyring entry
// without a marker (another device's folder, an older Coffer) is not used.
func TestDeviceMarker(t *testing.T) {
	opts := testOptions()
	opts.MarkerDir = t.TempDir()
	v := newTestVault(t, opts)
	if err := v.Remember(); err != nil {
		t.Fatal(err)
	}
	marker := filepath.Join(opts.MarkerDir, v.ID())
	st, err := os.Stat(marker)
	if err != nil {
		t.Fatalf("no marker: %v", err)
	}
	if runtime.GOOS != "windows" && st.Mode().Perm() != 0o600 {
		t.Fatalf("marker mode %v", st.Mode().Perm())
	}
	if b := mustRead(t, marker); strings.Contains(string(b), "AGE-SECRET") {
		t.Fatal("the marker holds the key")
	}
	if err := v.Remember(); err != nil {
		t.Fatalf("second Remember: %v", err)
	}
	v.Close()
	other := opts
	other.MarkerDir = t.TempDir() // same keyring, no marker: another device
	if _, err := OpenRemembered(v.Path(), other); !errors.Is(err, ErrNotRemembered) {
		t.Fatalf("OpenRemembered without the marker = %v", err)
	}
	r, err := OpenRemembered(v.Path(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Forget(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(marker); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("marker after Forget: %v", err)
	}
	// A marker whose keyring entry went away is dropped by OpenRemembered.
	if err := r.Remember(); err != nil {
		t.Fatal(err)
	}
	r.Close()
	opts.Keyring.Delete(keyringService, r.ID())
	if _, err := OpenRemembered(v.Path(), opts); !errors.Is(err, ErrNotRemembered) {
		t.Fatalf("OpenRemembered with a stale marker = %v", err)
	}
	if _, err := os.Stat(marker); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("stale marker kept: %v", err)
	}
}

// countingKeyring counts the calls that reach the system keyring.
type countingKeyring struct{ calls int }

func (k *countingKeyring) Get(string, string) (string, error) { k.calls++; return "", ErrNotRemembered }
func (k *countingKeyring) Set(string, string, string) error   { k.calls++; return nil }
func (k *countingKeyring) Delete(string, string) error        { k.calls++; return nil }

// Without a session bus address, OSKeyring fails at once and never calls
// go-keyring (whose D-Bus library would autolaunch a bus and a keyring daemon).
func TestOSKeyringNeedsASessionBus(t *testing.T) {
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		t.Skip("no D-Bus here")
	}
	counter := &countingKeyring{}
	saved := systemKeyring
	systemKeyring = counter
	t.Cleanup(func() { systemKeyring = saved })
	for _, addr := range []string{"", "autolaunch:", "autolaunch:scope=user"} {
		t.Setenv("DBUS_SESSION_BUS_ADDRESS", addr)
		_, gerr := OSKeyring{}.Get(keyringService, "x")
		serr := OSKeyring{}.Set(keyringService, "x", "y")
		derr := OSKeyring{}.Delete(keyringService, "x")
		for _, err := range []error{gerr, serr, derr} {
			if !errors.Is(err, ErrNoKeyring) {
				t.Errorf("address %q: %v, want ErrNoKeyring", addr, err)
			}
		}
		if counter.calls != 0 {
			t.Fatalf("address %q: %d calls reached go-keyring", addr, counter.calls)
		}
	}
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus")
	OSKeyring{}.Get(keyringService, "x")
	if counter.calls != 1 {
		t.Fatalf("with a bus address: %d calls, want 1", counter.calls)
	}
}

func TestStaleKeyringEntry(t *testing.T) {
	opts := testOptions()
	kr := opts.Keyring.(*fake.Keyring)
	v := newTestVault(t, opts)
	if err := v.Remember(); err != nil { // writes the device marker
		t.Fatal(err)
	}
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
	opts := Options{WorkFactor: testWorkFactor, AllowWeakWorkFactor: true, Now: fake.NewClock(time.Now()).Now, MarkerDir: t.TempDir()}
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
