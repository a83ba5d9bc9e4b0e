package vault

import (
	"testing"
	"time"
)

func TestMergeAddsSkipsAndKeepsBoth(t *testing.T) {
	backup := NewData(t0)
	same := addItem(t, backup, KindNote, "Same", "s")
	changed := addItem(t, backup, KindNote, "Changed", "old")
	fresh := addItem(t, backup, KindNote, "Fresh", "f")
	trashed := addItem(t, backup, KindNote, "Trashed", "t")

	d := NewData(t0)
	d.Items = append(d.Items, same.Clone(), changed.Clone(), trashed.Clone())
	c, _ := d.Get(changed.ID)
	c.Secret = "new"
	if _, _, err := d.Update(c, t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	_ = d.Delete(trashed.ID, t0)

	r := d.Merge(backup.Active(), "BK1", t0.Add(2*time.Hour))
	if r != (MergeReport{Added: 2, Skipped: 1, KeptBoth: 1}) {
		t.Fatalf("report %+v", r)
	}
	if got, _ := d.Get(fresh.ID); got.Secret != "f" {
		t.Fatal("fresh item not added")
	}
	if got, _ := d.Get(changed.ID); got.Secret != "new" {
		t.Fatal("existing item was overwritten")
	}
	var restored *Item
	for i := range d.Items {
		if d.Items[i].RestoredFrom == "BK1" {
			restored = &d.Items[i]
		}
	}
	if restored == nil || restored.Secret != "old" || restored.ID == changed.ID || restored.Title != "Changed (restored)" {
		t.Fatalf("kept-both copy: %+v", restored)
	}
	if got, _ := d.Get(trashed.ID); got.InTrash() {
		t.Fatal("restoring a trashed item left it in the trash")
	}
	if r2 := d.Merge(backup.Active(), "BK1", t0); r2 != (MergeReport{Skipped: 4}) {
		t.Fatalf("second merge %+v", r2)
	}
}
