package vault

import (
	"fmt"
	"time"
)

// BackupRecord is the ledger entry of one paper backup: what went on paper and when.
type BackupRecord struct {
	ID       string       `json:"id"`
	Created  time.Time    `json:"created"`
	Paper    string       `json:"paper"`
	Pages    int          `json:"pages"`
	Items    []BackupItem `json:"items"`
	Verified *time.Time   `json:"verified,omitempty"`
	Location string       `json:"location,omitempty"`
}

// Clone returns a deep copy of the record.
func (r BackupRecord) Clone() BackupRecord {
	c := r
	c.Items = cloneSlice(r.Items)
	c.Verified = clonePtr(r.Verified)
	return c
}

// BackupItem is one item on a paper backup, with the modified time it had then.
type BackupItem struct {
	ID       string    `json:"id"`
	Modified time.Time `json:"modified"`
}

// BackupItemsOf lists items as a ledger records them: ID and modified time.
func BackupItemsOf(items []Item) []BackupItem {
	out := make([]BackupItem, len(items))
	for i, it := range items {
		out[i] = BackupItem{ID: it.ID, Modified: it.Modified}
	}
	return out
}

// PaperStatus says which active items are not on any paper backup and which changed
// after their newest backup.
type PaperStatus struct {
	NotOnPaper   []Item
	ChangedSince []Item
	UpToDate     []Item
}

// RecordBackup adds a backup to the ledger.
func (d *Data) RecordBackup(r BackupRecord) { d.Backups = append(d.Backups, r) }

// MarkVerified records that the backup with this ID was read back successfully.
func (d *Data) MarkVerified(backupID string, now time.Time) error {
	r, err := d.backupRecord(backupID)
	if err != nil {
		return err
	}
	t := now.UTC()
	r.Verified = &t
	return nil
}

// SetBackupLocation changes the note of where a backup's sheets are kept.
func (d *Data) SetBackupLocation(backupID, note string) error {
	r, err := d.backupRecord(backupID)
	if err != nil {
		return err
	}
	r.Location = note
	return nil
}

// Backup returns a copy of the ledger entry with this ID.
func (d *Data) Backup(backupID string) (BackupRecord, bool) {
	r, err := d.backupRecord(backupID)
	if err != nil {
		return BackupRecord{}, false
	}
	return *r, true
}

// backupRecord finds the ledger entry with this ID.
func (d *Data) backupRecord(backupID string) (*BackupRecord, error) {
	for i := range d.Backups {
		if d.Backups[i].ID == backupID {
			return &d.Backups[i], nil
		}
	}
	return nil, fmt.Errorf("backup %s: not in this vault's ledger", backupID)
}

// BackupsOf returns the ledger entries whose backup holds the item, newest first.
func (d *Data) BackupsOf(itemID string) []BackupRecord {
	var out []BackupRecord
	for i := len(d.Backups) - 1; i >= 0; i-- {
		for _, bi := range d.Backups[i].Items {
			if bi.ID == itemID {
				out = append(out, d.Backups[i])
				break
			}
		}
	}
	return out
}

// PaperStatus compares the active items with the ledger.
func (d *Data) PaperStatus() PaperStatus {
	newest := map[string]time.Time{}
	for _, b := range d.Backups {
		for _, bi := range b.Items {
			if t, ok := newest[bi.ID]; !ok || bi.Modified.After(t) {
				newest[bi.ID] = bi.Modified
			}
		}
	}
	var st PaperStatus
	for _, it := range d.Active() {
		t, ok := newest[it.ID]
		switch {
		case !ok:
			st.NotOnPaper = append(st.NotOnPaper, it)
		case it.Modified.After(t):
			st.ChangedSince = append(st.ChangedSince, it)
		default:
			st.UpToDate = append(st.UpToDate, it)
		}
	}
	return st
}
