package vault

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
)

// ledgerData holds two items and the printed backup B1 of both.
func ledgerData(t *testing.T) (*Data, []Item) {
	t.Helper()
	d := NewData(t0)
	a := addItem(t, d, KindNote, "A", "secret-a")
	b := addItem(t, d, KindNote, "B", "secret-b")
	d.RecordBackup(BackupRecord{ID: "B1", Created: t0, Items: BackupItemsOf([]Item{a, b})})
	return d, []Item{a, b}
}

func TestBackupStates(t *testing.T) {
	d, items := ledgerData(t)
	state := func() BackupState { r, _ := d.Backup("B1"); return r.State() }
	if state() != BackupPrinted {
		t.Fatalf("new backup is %v", state())
	}
	if err := d.MarkCodesRead("B1", t0); err != nil || state() != BackupCodesRead {
		t.Fatalf("after MarkCodesRead: %v, %v", state(), err)
	}
	if st := d.PaperStatus(); len(st.OnlyCodesRead) != 2 || len(st.UpToDate) != 0 {
		t.Fatalf("codes read counted as up to date: %+v", st)
	}
	if err := d.MarkChecked("B1", items, t0.Add(time.Hour)); err != nil || state() != BackupChecked {
		t.Fatalf("after MarkChecked: %v, %v", state(), err)
	}
	if st := d.PaperStatus(); len(st.UpToDate) != 2 {
		t.Fatalf("checked backup not up to date: %+v", st)
	}
	if err := d.MarkCodesRead("B1", t0.Add(2*time.Hour)); err != nil || state() != BackupChecked {
		t.Fatalf("a later codes-only read downgraded the backup: %v, %v", state(), err)
	}
	if d.MarkCodesRead("nope", t0) == nil || d.MarkChecked("nope", items, t0) == nil {
		t.Fatal("an unknown backup was marked")
	}
	b, _ := json.Marshal(map[string]BackupState{"a": BackupPrinted, "b": BackupCodesRead, "c": BackupChecked})
	if string(b) != `{"a":"printed","b":"codes-read","c":"checked"}` {
		t.Fatalf("JSON %s", b)
	}
}

// A backup that decrypts to other items than its record lists is not checked.
func TestMarkCheckedRefusesOtherItems(t *testing.T) {
	d, items := ledgerData(t)
	later := items[1]
	later.Modified = later.Modified.Add(time.Minute)
	other := Item{ID: NewID(), Secret: "secret-c"}
	for name, got := range map[string][]Item{
		"missing":   items[:1],
		"extra":     {items[0], items[1], other},
		"version":   {items[0], later},
		"duplicate": {items[0], items[0]},
		"none":      nil,
	} {
		err := d.MarkChecked("B1", got, t0)
		if !errors.Is(err, ErrBackupMismatch) {
			t.Errorf("%s: %v, want ErrBackupMismatch", name, err)
			continue
		}
		if strings.Contains(err.Error(), "secret-") {
			t.Errorf("%s: error shows a secret: %v", name, err)
		}
		if r, _ := d.Backup("B1"); r.State() != BackupPrinted {
			t.Errorf("%s: backup marked %v", name, r.State())
		}
	}
	err := d.MarkChecked("B1", items[:1], t0)
	if !strings.Contains(err.Error(), "1 missing ("+items[1].ID[:8]+")") {
		t.Errorf("error does not name the missing item: %v", err)
	}
}

// Older Coffer set "verified" without decrypting: such a record reads as codes
// read, never as checked, and does not make its items up to date.
func TestOldVerifiedIsCodesRead(t *testing.T) {
	d, items := ledgerData(t)
	var r BackupRecord
	old := `{"id":"B0","created":"2025-01-01T00:00:00Z","paper":"A4","pages":1,` +
		`"items":[{"id":"` + items[0].ID + `","modified":"` + items[0].Modified.Format(time.RFC3339Nano) + `"}],` +
		`"verified":"2025-01-02T00:00:00Z"}`
	if err := json.Unmarshal([]byte(old), &r); err != nil {
		t.Fatal(err)
	}
	if r.State() != BackupCodesRead {
		t.Fatalf("old verified record is %v, want codes-read", r.State())
	}
	d.Backups = []BackupRecord{r}
	if st := d.PaperStatus(); len(st.UpToDate) != 0 || len(st.OnlyCodesRead) != 1 || len(st.NotOnPaper) != 1 {
		t.Fatalf("status %+v", st)
	}
}

// The newest version decides: an item checked on paper and changed since is not
// up to date, and one on a checked old backup and a printed new one is only printed.
func TestPaperStatusUsesTheCurrentVersion(t *testing.T) {
	d, items := ledgerData(t)
	if err := d.MarkChecked("B1", items, t0); err != nil {
		t.Fatal(err)
	}
	it := items[0]
	it.Secret = "secret-a2"
	it, _, _ = d.Update(it, t0.Add(time.Hour))
	if st := d.PaperStatus(); len(st.ChangedSince) != 1 || st.ChangedSince[0].ID != it.ID || len(st.UpToDate) != 1 {
		t.Fatalf("status %+v", st)
	}
	d.RecordBackup(BackupRecord{ID: "B2", Items: BackupItemsOf([]Item{it})})
	if st := d.PaperStatus(); len(st.OnlyPrinted) != 1 || st.OnlyPrinted[0].ID != it.ID {
		t.Fatalf("status %+v", st)
	}
}
