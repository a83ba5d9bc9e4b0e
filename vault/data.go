package vault

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

// DataVersion is the version of the decrypted JSON document this Coffer writes.
// A file whose document has a larger version is refused with ErrNewerVersion.
const DataVersion = 1

// TrashRetention is how long a deleted item stays restorable in the trash.
const TrashRetention = 30 * 24 * time.Hour

// ErrNotFound means no item matches the given ID or title.
var ErrNotFound = errors.New("no such item")

// ErrAmbiguous means a title matches more than one item; the caller should use the ID.
var ErrAmbiguous = errors.New("more than one item has that title; use the ID")

// Data is the decrypted content of a vault: its items and its backup ledger.
// Its methods change only memory; Vault.Save writes it to disk.
type Data struct {
	Version int            `json:"version"`
	VaultID string         `json:"vault_id"`
	Created time.Time      `json:"created"`
	Items   []Item         `json:"items"`
	Backups []BackupRecord `json:"backups,omitempty"`
}

// NewData returns an empty document for a new vault.
func NewData(now time.Time) *Data {
	return &Data{Version: DataVersion, VaultID: NewID(), Created: now.UTC(), Items: []Item{}}
}

// Clone returns a deep copy: nothing in the copy shares memory with d, so one can
// be changed without touching the other.
func (d *Data) Clone() *Data {
	if d == nil {
		return nil
	}
	c := *d
	if d.Items != nil {
		c.Items = make([]Item, len(d.Items))
		for i, it := range d.Items {
			c.Items[i] = it.Clone()
		}
	}
	if d.Backups != nil {
		c.Backups = make([]BackupRecord, len(d.Backups))
		for i, r := range d.Backups {
			c.Backups[i] = r.Clone()
		}
	}
	return &c
}

// Active returns copies of the items not in the trash, sorted by title.
func (d *Data) Active() []Item { return d.filter(func(it *Item) bool { return !it.InTrash() }) }

// Trash returns copies of the items in the trash, most recently deleted first.
func (d *Data) Trash() []Item {
	items := d.filter((*Item).InTrash)
	sort.SliceStable(items, func(i, j int) bool { return items[i].Deleted.After(*items[j].Deleted) })
	return items
}

func (d *Data) filter(keep func(*Item) bool) []Item {
	var out []Item
	for i := range d.Items {
		if keep(&d.Items[i]) {
			out = append(out, d.Items[i].Clone())
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		return strings.ToLower(out[i].Title) < strings.ToLower(out[j].Title)
	})
	return out
}

// Get returns a copy of the item with this ID, in the trash or not.
func (d *Data) Get(id string) (Item, error) {
	i := d.index(id)
	if i < 0 {
		return Item{}, fmt.Errorf("item %s: %w", id, ErrNotFound)
	}
	return d.Items[i].Clone(), nil
}

// Find returns the item whose ID, ID prefix (8+ characters) or exact title (case
// folded) matches ref. Items in the trash are found only when inTrash is true.
func (d *Data) Find(ref string, inTrash bool) (Item, error) {
	var hits []int
	for i := range d.Items {
		it := &d.Items[i]
		if it.InTrash() != inTrash {
			continue
		}
		if it.ID == ref {
			return it.Clone(), nil
		}
		if strings.EqualFold(it.Title, ref) || (len(ref) >= 8 && strings.HasPrefix(it.ID, ref)) {
			hits = append(hits, i)
		}
	}
	switch len(hits) {
	case 0:
		return Item{}, fmt.Errorf("item %q: %w", ref, ErrNotFound)
	case 1:
		return d.Items[hits[0]].Clone(), nil
	}
	return Item{}, fmt.Errorf("item %q: %w", ref, ErrAmbiguous)
}

func (d *Data) index(id string) int {
	for i := range d.Items {
		if d.Items[i].ID == id {
			return i
		}
	}
	return -1
}

// Add validates a new item, gives it an ID and times, and stores it.
// It returns the stored item and any warnings from validation.
func (d *Data) Add(it Item, now time.Time) (Item, []string, error) {
	warnings, err := Validate(it.Kind, it.Secret)
	if err != nil {
		return Item{}, nil, err
	}
	if strings.TrimSpace(it.Title) == "" {
		return Item{}, nil, errors.New("title: must not be empty")
	}
	it = it.Clone()
	it.Secret = NormalizeSecret(it.Kind, it.Secret)
	if it.ID == "" {
		it.ID = NewID()
	} else if d.index(it.ID) >= 0 {
		return Item{}, nil, fmt.Errorf("item %s: an item with this ID already exists", it.ID)
	}
	it.Created, it.Modified = now.UTC(), now.UTC()
	it.Deleted = nil
	d.Items = append(d.Items, it)
	return it.Clone(), warnings, nil
}

// Update replaces the stored item with the same ID. A changed secret is validated and
// the old value kept in the item's history; nothing is ever dropped.
func (d *Data) Update(it Item, now time.Time) (Item, []string, error) {
	i := d.index(it.ID)
	if i < 0 {
		return Item{}, nil, fmt.Errorf("item %s: %w", it.ID, ErrNotFound)
	}
	if strings.TrimSpace(it.Title) == "" {
		return Item{}, nil, errors.New("title: must not be empty")
	}
	old := &d.Items[i]
	warnings, err := Validate(it.Kind, it.Secret)
	if err != nil {
		return Item{}, nil, err
	}
	it = it.Clone()
	it.Secret = NormalizeSecret(it.Kind, it.Secret)
	it.Created, it.Deleted, it.History = old.Created, old.Deleted, append([]HistoryEntry(nil), old.History...)
	if it.Secret != old.Secret {
		it.History = append(it.History, HistoryEntry{Secret: old.Secret, Replaced: now.UTC()})
	}
	it.Modified = now.UTC()
	d.Items[i] = it
	return it.Clone(), warnings, nil
}

// Delete moves the item to the trash, where it stays restorable for TrashRetention.
func (d *Data) Delete(id string, now time.Time) error {
	i := d.index(id)
	if i < 0 {
		return fmt.Errorf("item %s: %w", id, ErrNotFound)
	}
	if d.Items[i].InTrash() {
		return fmt.Errorf("item %s: already in the trash", id)
	}
	t := now.UTC()
	d.Items[i].Deleted = &t
	return nil
}

// Undelete takes an item out of the trash.
func (d *Data) Undelete(id string) error {
	i := d.index(id)
	if i < 0 {
		return fmt.Errorf("item %s: %w", id, ErrNotFound)
	}
	if !d.Items[i].InTrash() {
		return fmt.Errorf("item %s: not in the trash", id)
	}
	d.Items[i].Deleted = nil
	return nil
}

// LogIncident appends a dated note to an item's incident log.
func (d *Data) LogIncident(id, note string, now time.Time) error {
	i := d.index(id)
	if i < 0 {
		return fmt.Errorf("item %s: %w", id, ErrNotFound)
	}
	d.Items[i].Incidents = append(d.Items[i].Incidents, Incident{Time: now.UTC(), Note: note})
	return nil
}
