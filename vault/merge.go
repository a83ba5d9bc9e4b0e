package vault

import (
	"reflect"
	"strings"
	"time"
)

// MergeReport counts what a restore did with each item of a backup.
type MergeReport struct {
	// Added items were not in the vault (or only in its trash) and are now active.
	Added int `json:"added"`
	// Skipped items were already in the vault with the same content.
	Skipped int `json:"skipped"`
	// KeptBoth items had the ID of a vault item with different content; the restored
	// copy was added beside it under a new ID, marked with RestoredFrom.
	KeptBoth int `json:"kept_both"`
}

// Merge adds restored items from the paper backup backupID. It never overwrites or
// drops an item: an item with a known ID and the same content is skipped, one with
// different content is kept beside the existing one and marked.
func (d *Data) Merge(items []Item, backupID string, now time.Time) MergeReport {
	var r MergeReport
	for _, in := range items {
		i := d.index(in.ID)
		switch {
		case i < 0:
			it := in.Clone()
			it.Deleted = nil
			d.Items = append(d.Items, it)
			r.Added++
		case sameContent(d.Items[i], in) && d.Items[i].InTrash():
			d.Items[i].Deleted = nil
			r.Added++
		case sameContent(d.Items[i], in) || d.restoredBefore(in, backupID):
			r.Skipped++
		default:
			it := in.Clone()
			it.ID, it.Deleted, it.RestoredFrom = NewID(), nil, backupID
			it.Title += restoredSuffix
			it.Incidents = append(it.Incidents, Incident{Time: now.UTC(),
				Note: "restored from paper backup " + backupID + " beside a different item with the same ID"})
			d.Items = append(d.Items, it)
			r.KeptBoth++
		}
	}
	return r
}

const restoredSuffix = " (restored)"

// restoredBefore reports whether an earlier restore of the same backup already kept
// this item beside its namesake.
func (d *Data) restoredBefore(in Item, backupID string) bool {
	for _, it := range d.Items {
		if it.RestoredFrom == backupID {
			it.Title = strings.TrimSuffix(it.Title, restoredSuffix)
			if sameContent(it, in) {
				return true
			}
		}
	}
	return false
}

// sameContent compares what the user typed, ignoring times, history and trash state.
func sameContent(a, b Item) bool {
	return a.Kind == b.Kind && a.Title == b.Title && a.Secret == b.Secret &&
		a.Username == b.Username && a.URL == b.URL && a.Notes == b.Notes &&
		a.Recovery == b.Recovery && reflect.DeepEqual(nonNil(a.Tags), nonNil(b.Tags))
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
