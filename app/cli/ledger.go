package cli

import (
	"slices"

	"coffer/vault"
)

// Ledger states of a paper backup, as status prints them. Only a checked backup (its
// codes read back and decrypted) counts for "up to date on paper".
const (
	statePrinted   = "printed"
	stateCodesRead = "codes-read"
	stateChecked   = "checked"
)

// backupState is the ledger state of a backup record.
func backupState(b vault.BackupRecord) string {
	if b.Verified != nil {
		return stateChecked
	}
	return statePrinted
}

// paperView sorts the active items by what the paper backups promise about them.
type paperView struct {
	UpToDate   []vault.Item // on a checked backup, unchanged since
	NotChecked []vault.Item // unchanged on paper, but on no checked backup
	Changed    []vault.Item // changed since their newest backup
	NotOnPaper []vault.Item // on no backup
}

// viewPaper compares the items with every backup and with the checked ones only.
func viewPaper(d *vault.Data) paperView {
	all := d.PaperStatus()
	checked := *d
	checked.Backups = slices.DeleteFunc(slices.Clone(d.Backups), func(b vault.BackupRecord) bool {
		return backupState(b) != stateChecked
	})
	good := checked.PaperStatus()
	v := paperView{UpToDate: good.UpToDate, Changed: all.ChangedSince, NotOnPaper: all.NotOnPaper}
	for _, it := range all.UpToDate {
		if !slices.ContainsFunc(good.UpToDate, func(g vault.Item) bool { return g.ID == it.ID }) {
			v.NotChecked = append(v.NotChecked, it)
		}
	}
	return v
}
