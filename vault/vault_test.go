package vault

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	opts := testOptions()
	v := newTestVault(t, opts)
	it := addVaultItem(t, v, "Bank", "hunter2")
	fillItems(v.Data(), 20, 1)
	if err := v.Save(); err != nil {
		t.Fatal(err)
	}
	want := v.Data()
	path, id := v.Path(), v.ID()
	if err := v.Close(); err != nil {
		t.Fatal(err)
	}

	w := mustOpen(t, path, opts)
	if w.ID() != id || w.Data().VaultID != id {
		t.Fatalf("vault ID %q, document %q, want %q", w.ID(), w.Data().VaultID, id)
	}
	got, err := w.Data().Get(it.ID)
	if err != nil || got.Secret != "hunter2" || got.Title != "Bank" {
		t.Fatalf("Get = %+v, %v", got, err)
	}
	if len(w.Data().Items) != len(want.Items) {
		t.Fatalf("%d items, want %d", len(w.Data().Items), len(want.Items))
	}
	for i := range want.Items {
		if want.Items[i].Secret != w.Data().Items[i].Secret || !want.Items[i].Created.Equal(w.Data().Items[i].Created) {
			t.Fatalf("item %d differs", i)
		}
	}
	h, err := ReadHeader(path)
	if err != nil {
		t.Fatal(err)
	}
	if h.VaultID != id || h.FormatVersion != FormatVersion || h.WorkFactor != testWorkFactor {
		t.Fatalf("header %+v", h)
	}
}

func TestWrongPassphrase(t *testing.T) {
	opts := testOptions()
	v := newTestVault(t, opts)
	path := v.Path()
	v.Close()
	before := mustRead(t, path)
	for _, p := range []string{"tr0ub4dor guess", testPassphrase + " ", strings.ToUpper(testPassphrase)} {
		_, err := Open(path, p, opts)
		if !errors.Is(err, ErrBadPassphrase) || errors.Is(err, ErrCorrupt) {
			t.Fatalf("Open(%q) = %v, want ErrBadPassphrase", p, err)
		}
		if strings.Contains(err.Error(), p) {
			t.Fatalf("error %q contains the passphrase", err)
		}
	}
	if !bytes.Equal(before, mustRead(t, path)) {
		t.Fatal("file changed")
	}
	// A failed open releases the lock.
	mustOpen(t, path, opts)
}

func TestEmptyPassphrase(t *testing.T) {
	dir := t.TempDir()
	if _, err := Create(filepath.Join(dir, "v"), "", testOptions()); !errors.Is(err, ErrEmptyPassphrase) {
		t.Fatalf("Create: %v", err)
	}
	v := newTestVault(t, testOptions())
	if _, err := Open(v.Path(), "", testOptions()); !errors.Is(err, ErrEmptyPassphrase) {
		t.Fatalf("Open: %v", err)
	}
	if err := v.ChangePassphrase("", testWorkFactor); !errors.Is(err, ErrEmptyPassphrase) {
		t.Fatalf("ChangePassphrase: %v", err)
	}
}

func TestCreateExists(t *testing.T) {
	v := newTestVault(t, testOptions())
	before := mustRead(t, v.Path())
	if _, err := Create(v.Path(), "other", testOptions()); !errors.Is(err, ErrExists) {
		t.Fatalf("Create over a vault: %v", err)
	}
	other := filepath.Join(t.TempDir(), "notes.txt")
	os.WriteFile(other, []byte("mine"), 0o600)
	if _, err := Create(other, "other", testOptions()); !errors.Is(err, ErrExists) {
		t.Fatalf("Create over a file: %v", err)
	}
	if !bytes.Equal(before, mustRead(t, v.Path())) || string(mustRead(t, other)) != "mine" {
		t.Fatal("existing file changed")
	}
}

func TestCreateMakesPrivateFolderAndFile(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permissions")
	}
	dir := filepath.Join(t.TempDir(), "a", "coffer")
	v, err := Create(filepath.Join(dir, "vault.coffer"), testPassphrase, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	addVaultItem(t, v, "x", "y")
	if err := v.Save(); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]fs.FileMode{dir: 0o700, v.Path(): 0o600, v.Path() + ".bak": 0o600} {
		st, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != want {
			t.Errorf("%s: mode %v, want %v", path, st.Mode().Perm(), want)
		}
	}
}

func TestOpenMissing(t *testing.T) {
	_, err := Open(filepath.Join(t.TempDir(), "none.coffer"), testPassphrase, testOptions())
	if !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("Open: %v", err)
	}
	if _, err := OpenRemembered(filepath.Join(t.TempDir(), "none.coffer"), testOptions()); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("OpenRemembered: %v", err)
	}
}

func TestBackupHoldsPreviousVersion(t *testing.T) {
	opts := testOptions()
	v := newTestVault(t, opts)
	addVaultItem(t, v, "first", "one")
	if err := v.Save(); err != nil {
		t.Fatal(err)
	}
	first := mustRead(t, v.Path())
	addVaultItem(t, v, "second", "two")
	if err := v.Save(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, mustRead(t, v.Path()+".bak")) {
		t.Fatal(".bak is not the previous version")
	}
	v.Close()
	bak := mustOpen(t, v.Path()+".bak", opts)
	if _, err := bak.Data().Find("first", false); err != nil {
		t.Fatal(err)
	}
	if _, err := bak.Data().Find("second", false); !errors.Is(err, ErrNotFound) {
		t.Fatalf("second in .bak: %v", err)
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(v.Path()), ".*tmp*"))
	if len(leftovers) != 0 {
		t.Fatalf("temporary files left: %v", leftovers)
	}
}

func TestChangedOnDisk(t *testing.T) {
	opts := testOptions()
	v := newTestVault(t, opts)
	addVaultItem(t, v, "mine", "secret")
	// Another computer's version arrives through a sync tool.
	theirs := append(mustRead(t, v.Path()), '\n')
	if err := os.WriteFile(v.Path(), theirs, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := v.Save(); !errors.Is(err, ErrChangedOnDisk) {
		t.Fatalf("Save = %v, want ErrChangedOnDisk", err)
	}
	if !bytes.Equal(theirs, mustRead(t, v.Path())) {
		t.Fatal("file was overwritten")
	}
	if err := os.Remove(v.Path()); err != nil {
		t.Fatal(err)
	}
	if err := v.Save(); !errors.Is(err, ErrChangedOnDisk) {
		t.Fatalf("Save of a removed file = %v, want ErrChangedOnDisk", err)
	}
	if _, err := os.Stat(v.Path()); !errors.Is(err, fs.ErrNotExist) {
		t.Fatal("removed file was written again")
	}
}

func TestSaveAfterSaveNeedsNoReopen(t *testing.T) {
	v := newTestVault(t, testOptions())
	for i := range 3 {
		addVaultItem(t, v, "item", string(rune('a'+i)))
		if err := v.Save(); err != nil {
			t.Fatalf("save %d: %v", i, err)
		}
	}
}

func TestReadOnly(t *testing.T) {
	opts := testOptions()
	v := newTestVault(t, opts)
	addVaultItem(t, v, "x", "y")
	if err := v.Save(); err != nil {
		t.Fatal(err)
	}
	before := mustRead(t, v.Path())
	ro := opts
	ro.ReadOnly = true
	// A read-only open works while the writer holds the lock.
	r, err := Open(v.Path(), testPassphrase, ro)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if _, err := r.Data().Find("x", false); err != nil {
		t.Fatal(err)
	}
	if err := r.Save(); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("Save = %v", err)
	}
	if err := r.ChangePassphrase("new", testWorkFactor); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("ChangePassphrase = %v", err)
	}
	if !bytes.Equal(before, mustRead(t, v.Path())) {
		t.Fatal("file changed")
	}
}

func TestChangePassphrase(t *testing.T) {
	opts := testOptions()
	v := newTestVault(t, opts)
	addVaultItem(t, v, "x", "y")
	if err := v.Remember(); err != nil {
		t.Fatal(err)
	}
	if err := v.ChangePassphrase("new passphrase", testWorkFactor+1); err != nil {
		t.Fatal(err)
	}
	path := v.Path()
	v.Close()
	if _, err := Open(path, testPassphrase, opts); !errors.Is(err, ErrBadPassphrase) {
		t.Fatalf("old passphrase: %v", err)
	}
	w, err := Open(path, "new passphrase", opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Data().Find("x", false); err != nil {
		t.Fatal(err)
	}
	w.Close()
	if h, _ := ReadHeader(path); h.WorkFactor != testWorkFactor+1 {
		t.Fatalf("work factor %d", h.WorkFactor)
	}
	r, err := OpenRemembered(path, opts)
	if err != nil {
		t.Fatalf("keyring after passphrase change: %v", err)
	}
	r.Close()
}

func TestChangePassphraseRotatesKey(t *testing.T) {
	opts := testOptions()
	v := newTestVault(t, opts)
	oldFile, err := parseFile(mustRead(t, v.Path()))
	if err != nil {
		t.Fatal(err)
	}
	oldKey, err := openIdentity(oldFile.identity, testPassphrase)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.ChangePassphrase("new", testWorkFactor); err != nil {
		t.Fatal(err)
	}
	newFile, err := parseFile(mustRead(t, v.Path()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := openPayload(newFile.payload, oldKey); !errors.Is(err, errWrongKey) {
		t.Fatalf("old key on new file: %v", err)
	}
}

func TestChangePassphraseRefusedKeepsOldKey(t *testing.T) {
	opts := testOptions()
	v := newTestVault(t, opts)
	os.WriteFile(v.Path(), append(mustRead(t, v.Path()), 'x'), 0o600)
	if err := v.ChangePassphrase("new", testWorkFactor); !errors.Is(err, ErrChangedOnDisk) {
		t.Fatalf("ChangePassphrase = %v", err)
	}
	if v.wrapped == nil || v.workFactor != testWorkFactor {
		t.Fatal("state not restored")
	}
}

func TestWorkFactorBounds(t *testing.T) {
	for _, wf := range []int{-1, 5, 9, 23, 40} {
		opts := testOptions()
		opts.WorkFactor = wf
		if _, err := Create(filepath.Join(t.TempDir(), "v"), testPassphrase, opts); err == nil {
			t.Errorf("work factor %d accepted", wf)
		}
	}
}

func TestClose(t *testing.T) {
	v := newTestVault(t, testOptions())
	if err := v.Close(); err != nil {
		t.Fatal(err)
	}
	if err := v.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if err := v.Save(); !errors.Is(err, ErrClosed) {
		t.Fatalf("Save after Close: %v", err)
	}
	if v.Data() != nil {
		t.Fatal("Data after Close")
	}
	// The lock is free again.
	mustOpen(t, v.Path(), testOptions())
}

func TestVaultIDTamperRefused(t *testing.T) {
	v := newTestVault(t, testOptions())
	v.Data().VaultID = NewID()
	if err := v.Save(); err == nil {
		t.Fatal("saved a document with another vault ID")
	}
}

func TestDefaultPath(t *testing.T) {
	p, err := DefaultPath()
	if err != nil {
		t.Skip(err)
	}
	if filepath.Base(p) != "vault.coffer" || filepath.Base(filepath.Dir(p)) != "coffer" {
		t.Fatalf("DefaultPath = %s", p)
	}
}

func TestSaveRefusesInvalidUTF8(t *testing.T) {
	v := newTestVault(t, testOptions())
	it := addVaultItem(t, v, "binary", "ok")
	before := mustRead(t, v.Path())
	v.Data().Items[0].Secret = "key \xff\xfe bytes"
	err := v.Save()
	if err == nil || !strings.Contains(err.Error(), it.ID) || !strings.Contains(err.Error(), "secret") {
		t.Fatalf("Save = %v", err)
	}
	if strings.Contains(err.Error(), "key \xff") {
		t.Fatal("error shows the secret")
	}
	v.Data().Items[0].Secret = "fine"
	v.Data().Items[0].History = []HistoryEntry{{Secret: "\xc3"}}
	if err := v.Save(); err == nil || !strings.Contains(err.Error(), "history[0].secret") {
		t.Fatalf("Save = %v", err)
	}
	v.Data().Items[0].History = nil
	v.Data().Backups = []BackupRecord{{Location: "\xff"}}
	if err := v.Save(); err == nil || !strings.Contains(err.Error(), "backups[0].location") {
		t.Fatalf("Save = %v", err)
	}
	if !bytes.Equal(before, mustRead(t, v.Path())) {
		t.Fatal("file changed")
	}
}

func TestSymlinkedVaultStaysLinked(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symlinks need privileges")
	}
	opts := testOptions()
	v := newTestVault(t, opts)
	v.Close()
	link := filepath.Join(t.TempDir(), "link.coffer")
	if err := os.Symlink(v.Path(), link); err != nil {
		t.Fatal(err)
	}
	w := mustOpen(t, link, opts)
	if _, err := Open(v.Path(), testPassphrase, opts); !errors.Is(err, ErrLocked) {
		t.Fatalf("target not locked through the link: %v", err)
	}
	addVaultItem(t, w, "x", "y")
	if err := w.Save(); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&fs.ModeSymlink == 0 {
		t.Fatal("save replaced the symbolic link")
	}
	w.Close()
	r := mustOpen(t, v.Path(), opts)
	if _, err := r.Data().Find("x", false); err != nil {
		t.Fatal(err)
	}
}
