package vault

import (
	"errors"
	"testing"
	"time"
)

var t0 = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

func addItem(t *testing.T, d *Data, kind Kind, title, secret string) Item {
	t.Helper()
	it, _, err := d.Add(Item{Kind: kind, Title: title, Secret: secret}, t0)
	if err != nil {
		t.Fatal(err)
	}
	return it
}

func TestUpdateKeepsOldSecretInHistory(t *testing.T) {
	d := NewData(t0)
	it := addItem(t, d, KindPassword, "Mail", "old-password")
	it.Secret = "new-password"
	later := t0.Add(time.Hour)
	got, _, err := d.Update(it, later)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.History) != 1 || got.History[0].Secret != "old-password" || !got.History[0].Replaced.Equal(later) {
		t.Fatalf("history = %+v", got.History)
	}
	if !got.Created.Equal(t0) || !got.Modified.Equal(later) {
		t.Fatalf("times created %v modified %v", got.Created, got.Modified)
	}
	got.Title = "Mail (work)"
	got, _, _ = d.Update(got, later)
	if len(got.History) != 1 {
		t.Fatalf("a title change added history: %+v", got.History)
	}
}

func TestUpdateRejectsInvalidSecretWithoutChange(t *testing.T) {
	d := NewData(t0)
	it := addItem(t, d, KindSeed, "Wallet", validSeed)
	it.Secret = "abandon abandon"
	if _, _, err := d.Update(it, t0); err == nil {
		// a 2-word English phrase is a warning, not an error; make it a real typo
		t.Log("short phrase accepted with a warning")
	}
	it.Secret = validSeed[:len(validSeed)-5] + "abuot"
	if _, _, err := d.Update(it, t0); !errors.Is(err, ErrInvalidSecret) {
		t.Fatalf("err = %v", err)
	}
}

func TestTrashLifecycle(t *testing.T) {
	d := NewData(t0)
	it := addItem(t, d, KindNote, "Safe combination", "12-34-56")
	if err := d.Delete(it.ID, t0); err != nil {
		t.Fatal(err)
	}
	if len(d.Active()) != 0 || len(d.Trash()) != 1 {
		t.Fatalf("active %d trash %d", len(d.Active()), len(d.Trash()))
	}
	if n := d.PurgeTrash(t0.Add(29 * 24 * time.Hour)); n != 0 {
		t.Fatalf("purged %d items before 30 days", n)
	}
	if err := d.Undelete(it.ID); err != nil {
		t.Fatal(err)
	}
	if err := d.Undelete(it.ID); err == nil {
		t.Fatal("undelete of an active item succeeded")
	}
	_ = d.Delete(it.ID, t0)
	if n := d.PurgeTrash(t0.Add(31 * 24 * time.Hour)); n != 1 || len(d.Items) != 0 {
		t.Fatalf("purged %d, left %d", n, len(d.Items))
	}
}

func TestFind(t *testing.T) {
	d := NewData(t0)
	a := addItem(t, d, KindNote, "Bank", "x")
	addItem(t, d, KindNote, "Twin", "x")
	addItem(t, d, KindNote, "twin", "y")
	if got, err := d.Find("bank", false); err != nil || got.ID != a.ID {
		t.Fatalf("by title: %v %v", got.ID, err)
	}
	if got, err := d.Find(a.ID[:8], false); err != nil || got.ID != a.ID {
		t.Fatalf("by prefix: %v %v", got.ID, err)
	}
	if _, err := d.Find("Twin", false); !errors.Is(err, ErrAmbiguous) {
		t.Fatalf("ambiguous: %v", err)
	}
	if _, err := d.Find("nope", false); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing: %v", err)
	}
}

func TestPaperStatus(t *testing.T) {
	d := NewData(t0)
	a := addItem(t, d, KindNote, "A", "1")
	b := addItem(t, d, KindNote, "B", "2")
	addItem(t, d, KindNote, "C", "3")
	d.RecordBackup(BackupRecord{ID: "B1", Created: t0, Items: []BackupItem{{a.ID, a.Modified}, {b.ID, b.Modified}}})
	b.Secret = "22"
	if _, _, err := d.Update(b, t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	st := d.PaperStatus()
	if len(st.OnlyPrinted) != 1 || len(st.ChangedSince) != 1 || len(st.NotOnPaper) != 1 || st.NotOnPaper[0].Title != "C" ||
		len(st.UpToDate) != 0 {
		t.Fatalf("status %+v", st)
	}
	if err := d.SetBackupLocation("B1", "fire safe"); err != nil {
		t.Fatal(err)
	}
	if r, ok := d.Backup("B1"); !ok || r.Location != "fire safe" {
		t.Fatalf("backup B1: %+v %v", r, ok)
	}
	if _, ok := d.Backup("nope"); ok || d.SetBackupLocation("nope", "x") == nil {
		t.Fatal("an unknown backup was found")
	}
	if got := d.BackupsOf(a.ID); len(got) != 1 {
		t.Fatalf("backups of a: %d", len(got))
	}
}
