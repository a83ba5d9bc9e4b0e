package gui

import "coffer/vault"

// change applies f to the vault's data and saves. If f or the save fails, the items
// and the backup ledger go back to how they were, the error is shown, and change
// returns false so the screen keeps what the user typed.
func (g *gui) change(f func(d *vault.Data) error) bool {
	d := g.v.Data()
	before, ledger := cloneItems(d.Items), append([]vault.BackupRecord(nil), d.Backups...)
	err := f(d)
	if err == nil {
		err = g.v.Save()
	}
	if err != nil {
		d.Items, d.Backups = before, ledger
		g.showError(err)
		return false
	}
	return true
}

// cloneItems deep-copies a slice of items.
func cloneItems(items []vault.Item) []vault.Item {
	out := make([]vault.Item, len(items))
	for i, it := range items {
		out[i] = it.Clone()
	}
	return out
}
