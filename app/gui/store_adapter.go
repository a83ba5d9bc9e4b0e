package gui

import "coffer/vault"

// txVault gives today's *vault.Vault (Data and Save) the store's Snapshot and
// Update. It goes once vault has them itself (issue 10, vault side).
type txVault struct{ *vault.Vault }

// openStore wraps a freshly opened vault for the screens.
func openStore(v *vault.Vault) store { return txVault{v} }

// Snapshot returns a deep copy of the document.
func (t txVault) Snapshot() *vault.Data { return cloneData(t.Data()) }

// Update runs f on a copy; the copy replaces the document only when f succeeds,
// and the document goes back to how it was when the save fails.
func (t txVault) Update(f func(*vault.Data) error) error {
	live := t.Data()
	before := cloneData(live)
	next := cloneData(live)
	if err := f(next); err != nil {
		return err
	}
	*live = *next
	if err := t.Save(); err != nil {
		*live = *before
		return err
	}
	return nil
}

// cloneData deep-copies a document: every item and every ledger record.
func cloneData(d *vault.Data) *vault.Data {
	c := *d
	c.Items = make([]vault.Item, len(d.Items))
	for i, it := range d.Items {
		c.Items[i] = it.Clone()
	}
	c.Backups = make([]vault.BackupRecord, len(d.Backups))
	for i, b := range d.Backups {
		b.Items = append([]vault.BackupItem(nil), b.Items...)
		if b.Verified != nil {
			at := *b.Verified
			b.Verified = &at
		}
		c.Backups[i] = b
	}
	if d.Backups == nil {
		c.Backups = nil
	}
	return &c
}
