package vault

import (
	"fmt"
	"time"
)

// kept records, per item ID, how many old values the item keeps: enough to tell
// whether a new version of the document dropped anything the file on disk holds.
type kept map[string]int

// keptOf lists what d holds.
func keptOf(d *Data) kept {
	if d == nil {
		return nil
	}
	k := make(kept, len(d.Items))
	for i := range d.Items {
		k[d.Items[i].ID] = len(d.Items[i].History)
	}
	return k
}

// droppedIn reports whether now lacks an item, or old values, that k holds.
func (k kept) droppedIn(now kept) bool {
	for id, n := range k {
		if m, ok := now[id]; !ok || m < n {
			return true
		}
	}
	return false
}

// purgeOnOpen removes trash items past TrashRetention from a document just
// opened, and saves at once if it removed any (unless read-only), so that an
// expired item is gone from the file, and from <path>.bak, even if nothing else
// is saved. A failed save is not an error: the next save writes the purge.
func (v *Vault) purgeOnOpen() {
	if v.data.PurgeTrash(v.Now()) > 0 && !v.opts.ReadOnly {
		_, _ = v.save(false)
	}
}

// DeleteForever removes an item in the trash from the vault at once, history and
// all. An item not in the trash must be deleted first.
func (d *Data) DeleteForever(id string) error {
	i := d.index(id)
	switch {
	case i < 0:
		return fmt.Errorf("item %s: %w", id, ErrNotFound)
	case !d.Items[i].InTrash():
		return fmt.Errorf("item %s: not in the trash; delete it first", id)
	}
	d.removeItems(func(it *Item) bool { return it.ID == id })
	return nil
}

// EmptyTrash removes every item in the trash and returns how many it removed.
func (d *Data) EmptyTrash() int { return d.removeItems((*Item).InTrash) }

// PurgeTrash removes items that have been in the trash longer than TrashRetention and
// returns how many it removed. Saving and opening a vault call it.
func (d *Data) PurgeTrash(now time.Time) int {
	return d.removeItems(func(it *Item) bool {
		return it.InTrash() && now.Sub(*it.Deleted) > TrashRetention
	})
}

// ClearHistory drops the old values of an item (in the trash or not).
func (d *Data) ClearHistory(id string) error {
	i := d.index(id)
	if i < 0 {
		return fmt.Errorf("item %s: %w", id, ErrNotFound)
	}
	clear(d.Items[i].History)
	d.Items[i].History = nil
	return nil
}

// removeItems drops the items drop picks and returns how many. The slots left
// behind are zeroed so that the dropped secrets are not kept reachable.
func (d *Data) removeItems(drop func(*Item) bool) int {
	kept := d.Items[:0]
	for i := range d.Items {
		if !drop(&d.Items[i]) {
			kept = append(kept, d.Items[i])
		}
	}
	n := len(d.Items) - len(kept)
	clear(d.Items[len(kept):])
	d.Items = kept
	return n
}
