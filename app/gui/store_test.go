package gui

import (
	"errors"
	"testing"

	"coffer/vault"
)

// A failed change leaves the document as it was, and a snapshot is a copy: what a
// screen does to it never reaches the vault.
func TestStoreUpdateRollsBackAndSnapshotIsACopy(t *testing.T) {
	h := newHarness(t)
	h.unlocked(sampleItems()...)
	st := h.g.v
	boom := errors.New("boom")
	err := st.Update(func(d *vault.Data) error {
		d.Items[0].Title = "changed"
		d.Backups = append(d.Backups, vault.BackupRecord{ID: "X"})
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Update returned %v", err)
	}
	snap := st.Snapshot()
	for _, it := range snap.Items {
		if it.Title == "changed" {
			t.Fatal("a failed change reached the document")
		}
	}
	if len(snap.Backups) != 0 {
		t.Fatalf("a failed change added to the ledger: %+v", snap.Backups)
	}
	snap.Items[0].Title = "edited copy"
	snap.Items[0].Tags = append(snap.Items[0].Tags[:0], "edited")
	if again := st.Snapshot(); again.Items[0].Title == "edited copy" || len(again.Items[0].Tags) > 0 && again.Items[0].Tags[0] == "edited" {
		t.Fatal("a snapshot shares memory with the document")
	}
	if err := st.Update(func(d *vault.Data) error { d.Items[0].Title = "saved"; return nil }); err != nil {
		t.Fatal(err)
	}
	v := reopen(t, h)
	if v.Snapshot().Items[0].Title != "saved" {
		t.Fatal("a committed change was not saved")
	}
}
