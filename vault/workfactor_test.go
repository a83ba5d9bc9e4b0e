package vault

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestCheckWorkFactor(t *testing.T) {
	for _, c := range []struct {
		wf        int
		allowWeak bool
		ok        bool
	}{
		{0, false, true}, {16, false, true}, {18, false, true}, {20, false, true},
		{15, false, false}, {10, false, false}, {1, false, false}, {21, false, false}, {22, false, false},
		{10, true, true}, {9, true, false}, {21, true, false},
	} {
		err := CheckWorkFactor(c.wf, c.allowWeak)
		if (err == nil) != c.ok || (err != nil && !errors.Is(err, ErrWorkFactor)) {
			t.Errorf("CheckWorkFactor(%d, %v) = %v", c.wf, c.allowWeak, err)
		}
	}
}

// Weak and huge work factors are refused when writing, unless a test asks.
func TestCreateRefusesWorkFactorOutOfRange(t *testing.T) {
	dir := t.TempDir()
	for _, wf := range []int{10, 15, 21, 22} {
		path := filepath.Join(dir, "v.coffer")
		_, err := Create(path, testPassphrase, Options{WorkFactor: wf, Keyring: newFakeKeyring()})
		if !errors.Is(err, ErrWorkFactor) {
			t.Fatalf("Create with %d = %v, want ErrWorkFactor", wf, err)
		}
		if _, err := os.Lstat(path); err == nil {
			t.Fatalf("Create with %d wrote a file", wf)
		}
	}
	v := newTestVault(t, testOptions()) // AllowWeakWorkFactor
	if err := v.ChangePassphrase("new passphrase", 21); !errors.Is(err, ErrWorkFactor) {
		t.Fatalf("ChangePassphrase to 21 = %v", err)
	}
	v.opts.AllowWeakWorkFactor = false
	if err := v.ChangePassphrase("new passphrase", 12); !errors.Is(err, ErrWorkFactor) {
		t.Fatalf("ChangePassphrase to 12 without the test option = %v", err)
	}
}

// A file asking for more than 1 GiB of scrypt memory is refused before any
// scrypt, with a message saying why.
func TestOpenRefusesHugeWorkFactor(t *testing.T) {
	v := newTestVault(t, testOptions())
	path := v.Path()
	v.Close()
	f, err := parseFile(mustRead(t, path))
	if err != nil {
		t.Fatal(err)
	}
	f.WorkFactor = 21 // the header; the stanza still says 10
	if err := os.WriteFile(path, f.marshal(), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path, testPassphrase, testOptions()); !errors.Is(err, ErrWorkFactor) {
		t.Fatalf("Open = %v, want ErrWorkFactor", err)
	}
}

// A stanza that asks for more than the header says is refused by age's cap.
func TestOpenIdentityRefusesHugeStanza(t *testing.T) {
	v := newTestVault(t, testOptions())
	section := bytes.Clone(v.wrapped)
	// "-> scrypt <salt> 10\n": raise the work factor in the stanza itself.
	i := bytes.Index(section, []byte(" 10\n"))
	if i < 0 {
		t.Fatal("no work factor in the stanza")
	}
	copy(section[i:], " 21\n")
	if _, err := openIdentity(section, testPassphrase); err == nil || errors.Is(err, ErrBadPassphrase) {
		t.Fatalf("openIdentity = %v, want a refusal", err)
	}
}
