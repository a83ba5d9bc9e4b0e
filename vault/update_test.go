package vault

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"testing"
)

// A failing f leaves the document exactly as it was, whatever f changed.
func TestUpdateRollsBackWhenFFails(t *testing.T) {
	v := newTestVault(t, testOptions())
	addVaultItem(t, v, "Bank", "hunter2")
	if err := v.Update(func(d *Data) error {
		d.RecordBackup(BackupRecord{ID: "B1", Items: BackupItemsOf(d.Items)})
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	before, disk := v.Snapshot(), mustRead(t, v.Path())
	boom := errors.New("boom")
	err := v.Update(func(d *Data) error {
		d.Items[0].Secret, d.Items[0].Tags = "changed", append(d.Items[0].Tags, "x")
		d.Items = append(d.Items, Item{ID: "new"})
		d.Backups[0].Items[0].ID, d.Backups[0].Location = "other", "safe"
		d.Backups = append(d.Backups, BackupRecord{ID: "B2"})
		d.Created, d.Version = d.Created.AddDate(1, 0, 0), 99
		return boom
	})
	if err != boom {
		t.Fatalf("Update = %v, want f's error unchanged", err)
	}
	if got := v.Snapshot(); !reflect.DeepEqual(got, before) {
		t.Fatalf("document changed:\n got %+v\nwant %+v", got, before)
	}
	if !bytes.Equal(mustRead(t, v.Path()), disk) {
		t.Fatal("the file was written")
	}
}

// A save that fails rolls the document back too.
func TestUpdateRollsBackWhenSaveFails(t *testing.T) {
	v := newTestVault(t, testOptions())
	addVaultItem(t, v, "Bank", "hunter2")
	before := v.Snapshot()
	other := append(mustRead(t, v.Path()), []byte("changed by a sync tool")...)
	if err := os.WriteFile(v.Path(), other, 0o600); err != nil {
		t.Fatal(err)
	}
	err := v.Update(func(d *Data) error {
		_, _, err := d.Add(Item{Kind: KindNote, Title: "New", Secret: "s"}, t0)
		return err
	})
	if !errors.Is(err, ErrChangedOnDisk) {
		t.Fatalf("Update = %v, want ErrChangedOnDisk", err)
	}
	if got := v.Snapshot(); !reflect.DeepEqual(got, before) {
		t.Fatalf("document changed:\n got %+v\nwant %+v", got, before)
	}
	if !bytes.Equal(mustRead(t, v.Path()), other) {
		t.Fatal("the file was written")
	}
}

func TestUpdateSavesAndSnapshotIsACopy(t *testing.T) {
	opts := testOptions()
	v := newTestVault(t, opts)
	if err := v.Update(func(d *Data) error {
		_, _, err := d.Add(Item{Kind: KindPassword, Title: "Mail", Secret: "pw"}, t0)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	s := v.Snapshot()
	s.Items[0].Secret = "not saved"
	if got, _ := v.Snapshot().Find("Mail", false); got.Secret != "pw" {
		t.Fatalf("changing a snapshot changed the vault: %q", got.Secret)
	}
	path := v.Path()
	v.Close()
	if v.Snapshot() != nil {
		t.Fatal("Snapshot after Close is not nil")
	}
	if err := v.Update(func(*Data) error { return nil }); !errors.Is(err, ErrClosed) {
		t.Fatalf("Update after Close = %v", err)
	}
	w := mustOpen(t, path, opts)
	if got, err := w.Snapshot().Find("Mail", false); err != nil || got.Secret != "pw" {
		t.Fatalf("after reopening: %+v, %v", got, err)
	}
}

func TestUpdateReadOnly(t *testing.T) {
	opts := testOptions()
	v := newTestVault(t, opts)
	v.Close()
	opts.ReadOnly = true
	r := mustOpen(t, v.Path(), opts)
	called := false
	if err := r.Update(func(*Data) error { called = true; return nil }); !errors.Is(err, ErrReadOnly) || called {
		t.Fatalf("Update read-only = %v, f called %v", err, called)
	}
}
