package vault

import (
	"bytes"
	"errors"
	"testing"
	"time"
)

// plainFile decrypts the vault file at path with the passphrase and returns the
// JSON document it holds: what is really on disk, not what the API shows.
func plainFile(t *testing.T, path, passphrase string) []byte {
	t.Helper()
	f, err := parseFile(mustRead(t, path))
	if err != nil {
		t.Fatal(err)
	}
	id, err := openIdentity(f.identity, passphrase)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	plain, err := openPayload(f.payload, id)
	if err != nil {
		t.Fatal(err)
	}
	return plain
}

// onDisk reports whether secret is in the vault file or its .bak copy.
func onDisk(t *testing.T, path, secret string) (file, bak bool) {
	t.Helper()
	return bytes.Contains(plainFile(t, path, testPassphrase), []byte(secret)),
		bytes.Contains(plainFile(t, path+".bak", testPassphrase), []byte(secret))
}

// trashedVault makes a vault holding a trashed item with secret, deleted at the
// clock's time, and a kept item, saved twice so that .bak holds the secret too.
func trashedVault(t *testing.T, opts Options, secret string) (path, id string) {
	t.Helper()
	v := newTestVault(t, opts)
	var it Item
	if err := v.Update(func(d *Data) (err error) {
		it, _, err = d.Add(Item{Kind: KindNote, Title: "Old", Secret: secret}, v.Now())
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if err := v.Update(func(d *Data) error { return d.Delete(it.ID, v.Now()) }); err != nil {
		t.Fatal(err)
	}
	if err := v.Update(func(d *Data) error {
		_, _, err := d.Add(Item{Kind: KindNote, Title: "Kept", Secret: "kept"}, v.Now())
		return err
	}); err != nil {
		t.Fatal(err)
	}
	v.Close()
	return v.Path(), it.ID
}

// An item deleted 31 days ago is gone from the file and from .bak once the vault
// is opened and saved; at 29 days it is still in the trash.
func TestTrashPurgedAfterRetention(t *testing.T) {
	const secret = "expired-secret-4e1f"
	clock, opts := clockOptions()
	path, id := trashedVault(t, opts, secret)
	if file, bak := onDisk(t, path, secret); !file || !bak {
		t.Fatalf("setup: secret in file %v, .bak %v", file, bak)
	}

	clock.Advance(29 * 24 * time.Hour)
	v := mustOpen(t, path, opts)
	if _, err := v.Snapshot().Get(id); err != nil {
		t.Fatalf("purged after 29 days: %v", err)
	}
	v.Close()

	clock.Advance(2 * 24 * time.Hour)
	v = mustOpen(t, path, opts)
	if _, err := v.Snapshot().Get(id); !errors.Is(err, ErrNotFound) {
		t.Fatalf("after 31 days Get = %v, want ErrNotFound", err)
	}
	if err := v.Update(func(d *Data) error {
		_, _, err := d.Add(Item{Kind: KindNote, Title: "New", Secret: "n"}, v.Now())
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if file, bak := onDisk(t, path, secret); file || bak {
		t.Fatalf("after 31 days and a save: secret in file %v, .bak %v", file, bak)
	}
	if !bytes.Contains(plainFile(t, path, testPassphrase), []byte(`"kept"`)) {
		t.Fatal("the kept item was purged too")
	}
}

// Opening alone writes the purge, so an expired item does not wait for the
// next change to leave the disk.
func TestTrashPurgedOnOpenAlone(t *testing.T) {
	const secret = "expired-secret-77aa"
	clock, opts := clockOptions()
	path, _ := trashedVault(t, opts, secret)
	clock.Advance(31 * 24 * time.Hour)

	ro := opts
	ro.ReadOnly = true
	r := mustOpen(t, path, ro)
	if len(r.Snapshot().Trash()) != 0 {
		t.Fatal("a read-only open shows an expired item")
	}
	r.Close()
	if file, _ := onDisk(t, path, secret); !file {
		t.Fatal("a read-only open wrote the file")
	}

	mustOpen(t, path, opts).Close()
	if file, bak := onDisk(t, path, secret); file || bak {
		t.Fatalf("after opening: secret in file %v, .bak %v", file, bak)
	}
}

func TestDeleteForeverAndEmptyTrash(t *testing.T) {
	d := NewData(t0)
	a := addItem(t, d, KindNote, "A", "1")
	b := addItem(t, d, KindNote, "B", "2")
	c := addItem(t, d, KindNote, "C", "3")
	if err := d.DeleteForever(a.ID); err == nil {
		t.Fatal("DeleteForever removed an item not in the trash")
	}
	if err := d.DeleteForever("nope"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("DeleteForever of a missing item = %v", err)
	}
	d.Delete(a.ID, t0)
	d.Delete(b.ID, t0)
	if err := d.DeleteForever(a.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Get(a.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("after DeleteForever Get = %v", err)
	}
	if n := d.EmptyTrash(); n != 1 || len(d.Items) != 1 || d.Items[0].ID != c.ID {
		t.Fatalf("EmptyTrash removed %d, left %+v", n, d.Items)
	}
	if n := d.EmptyTrash(); n != 0 {
		t.Fatalf("second EmptyTrash removed %d", n)
	}
}

// Delete forever and clear history remove the secrets from the file and .bak.
func TestForgottenSecretsLeaveTheDisk(t *testing.T) {
	v := newTestVault(t, testOptions())
	var a, b Item
	if err := v.Update(func(d *Data) (err error) {
		a, _, _ = d.Add(Item{Kind: KindNote, Title: "A", Secret: "trashed-secret-a"}, t0)
		b, _, err = d.Add(Item{Kind: KindPassword, Title: "B", Secret: "first-password-b"}, t0)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if err := v.Update(func(d *Data) error {
		b.Secret = "second-password-b"
		if _, _, err := d.Update(b, t0); err != nil {
			return err
		}
		return d.Delete(a.ID, v.Now())
	}); err != nil {
		t.Fatal(err)
	}
	if err := v.Update(func(d *Data) error { return d.DeleteForever(a.ID) }); err != nil {
		t.Fatal(err)
	}
	if file, bak := onDisk(t, v.Path(), "trashed-secret-a"); file || bak {
		t.Fatalf("after DeleteForever: in file %v, .bak %v", file, bak)
	}
	if file, bak := onDisk(t, v.Path(), "first-password-b"); !file || !bak {
		t.Fatalf("history lost early: in file %v, .bak %v", file, bak)
	}
	if err := v.Update(func(d *Data) error { return d.ClearHistory(b.ID) }); err != nil {
		t.Fatal(err)
	}
	if file, bak := onDisk(t, v.Path(), "first-password-b"); file || bak {
		t.Fatalf("after ClearHistory: in file %v, .bak %v", file, bak)
	}
	if got, _ := v.Snapshot().Get(b.ID); got.Secret != "second-password-b" || len(got.History) != 0 {
		t.Fatalf("item after ClearHistory: %+v", got)
	}
	// An ordinary save keeps the previous version in .bak again.
	if err := v.Update(func(d *Data) error {
		b.Secret = "third-password-b"
		_, _, err := d.Update(b, t0)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if file, bak := onDisk(t, v.Path(), "third-password-b"); !file || bak {
		t.Fatalf("ordinary save: new secret in file %v, .bak %v", file, bak)
	}
}

// After a passphrase change the old passphrase opens neither the vault nor .bak.
func TestBackupCopyFollowsPassphraseChange(t *testing.T) {
	opts := testOptions()
	v := newTestVault(t, opts)
	addVaultItem(t, v, "Bank", "hunter2")
	if err := v.Save(); err != nil { // .bak now exists, under the old key
		t.Fatal(err)
	}
	if err := v.ChangePassphrase("new passphrase", testWorkFactor); err != nil {
		t.Fatal(err)
	}
	bak := v.Path() + ".bak"
	v.Close()
	ro := opts
	ro.ReadOnly = true
	if _, err := Open(bak, testPassphrase, ro); !errors.Is(err, ErrBadPassphrase) {
		t.Fatalf("old passphrase on .bak: %v, want ErrBadPassphrase", err)
	}
	w, err := Open(bak, "new passphrase", ro)
	if err != nil {
		t.Fatalf("new passphrase on .bak: %v", err)
	}
	defer w.Close()
	if it, err := w.Snapshot().Find("Bank", false); err != nil || it.Secret != "hunter2" {
		t.Fatalf(".bak content: %+v, %v", it, err)
	}
}
