package restore

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"coffer/export"
	"coffer/vault"
)

var mergeNow = time.Date(2026, 2, 3, 4, 5, 6, 0, time.UTC)

func mergeFixture(t *testing.T) (*vault.Data, []vault.Item) {
	t.Helper()
	d := vault.NewData(mergeNow)
	var items []vault.Item
	for _, title := range []string{"A", "B"} {
		it, _, err := d.Add(vault.Item{Kind: vault.KindNote, Title: title, Secret: "s-" + title}, mergeNow)
		if err != nil {
			t.Fatal(err)
		}
		items = append(items, it)
	}
	d.RecordBackup(vault.BackupRecord{ID: "B1", Created: mergeNow, Items: vault.BackupItemsOf(items)})
	return d, items
}

func payload(id string, items []vault.Item) *export.Payload {
	return &export.Payload{Meta: export.Meta{FormatVersion: 1, BackupID: id, ItemCount: len(items)}, Items: items}
}

// A backup the vault made becomes checked, not only "codes read".
func TestMergeCheckedMarksOwnBackupChecked(t *testing.T) {
	d, items := mergeFixture(t)
	report, err := MergeChecked(d, payload("B1", items), mergeNow)
	if err != nil || report != (vault.MergeReport{Skipped: 2}) {
		t.Fatalf("MergeChecked = %+v, %v", report, err)
	}
	if r, _ := d.Backup("B1"); r.State() != vault.BackupChecked {
		t.Fatalf("backup is %v, want checked", r.State())
	}
	if st := d.PaperStatus(); len(st.UpToDate) != 2 {
		t.Fatalf("status %+v", st)
	}
}

// A backup from elsewhere gets a new, checked record.
func TestMergeCheckedRecordsForeignBackup(t *testing.T) {
	d := vault.NewData(mergeNow)
	_, items := mergeFixture(t)
	if _, err := MergeChecked(d, payload("B9", items), mergeNow); err != nil {
		t.Fatal(err)
	}
	r, ok := d.Backup("B9")
	if !ok || r.State() != vault.BackupChecked || len(r.Items) != 2 {
		t.Fatalf("record %+v, %v", r, ok)
	}
}

// A backup with a known ID but other items changes nothing.
func TestMergeCheckedRefusesMismatch(t *testing.T) {
	d, items := mergeFixture(t)
	before := d.Clone()
	stray := vault.Item{ID: vault.NewID(), Kind: vault.KindNote, Title: "C", Secret: "s-C", Modified: mergeNow}
	_, err := MergeChecked(d, payload("B1", []vault.Item{items[0], stray}), mergeNow)
	if !errors.Is(err, vault.ErrBackupMismatch) {
		t.Fatalf("MergeChecked = %v, want ErrBackupMismatch", err)
	}
	if !reflect.DeepEqual(d, before) {
		t.Fatal("a refused backup changed the vault")
	}
}
