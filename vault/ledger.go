package vault

import (
	"fmt"
	"time"
)

// BackupRecord is the ledger entry of one paper backup: what went on paper and when,
// and how far it was read back since (State).
type BackupRecord struct {
	ID      string       `json:"id"`
	Created time.Time    `json:"created"`
	Paper   string       `json:"paper"`
	Pages   int          `json:"pages"`
	Items   []BackupItem `json:"items"`
	// Verified is when every code of the backup was last read back (codes read),
	// by a check that decrypted or not. The name is kept from older Coffer, which
	// set it without decrypting; it never means checked: see Checked.
	Verified *time.Time `json:"verified,omitempty"`
	// Checked is when the backup was last decrypted and its items matched Items.
	Checked  *time.Time `json:"checked,omitempty"`
	Location string     `json:"location,omitempty"`
	// Shared is set for a backup that opens with SLIP-39 shares instead of a
	// passphrase: how many shares exist and how many restore it (never the shares).
	Shared *SharedBackup `json:"shared,omitempty"`
}

// SharedBackup is what the ledger knows of a shared backup's shares.
type SharedBackup struct {
	K       int      `json:"k"`                 // shares needed
	N       int      `json:"n"`                 // shares printed
	Holders []string `json:"holders,omitempty"` // labels the user typed, share order
	// Passphrase: the shares were made with a SLIP-39 passphrase, needed with them
	// (never the passphrase itself).
	Passphrase bool `json:"passphrase,omitempty"`
}

// BackupState says how far a paper backup has been read back.
type BackupState int

// The states of a backup, from least to most trusted.
const (
	// BackupPrinted: made, never read back.
	BackupPrinted BackupState = iota
	// BackupCodesRead: every code was read back, but the backup was not decrypted,
	// so a mistyped backup passphrase would not have been noticed.
	BackupCodesRead
	// BackupChecked: decrypted with its passphrase, and the items matched the ledger.
	BackupChecked
)

var backupStateNames = [...]string{"printed", "codes-read", "checked"}

// String returns "printed", "codes-read" or "checked"; the JSON of a state is the same.
func (s BackupState) String() string {
	if s < 0 || int(s) >= len(backupStateNames) {
		return fmt.Sprintf("BackupState(%d)", int(s))
	}
	return backupStateNames[s]
}

// MarshalText makes a state's JSON its name.
func (s BackupState) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// State says how far the backup was read back: only BackupChecked means its
// passphrase and content are known to be good.
func (r BackupRecord) State() BackupState {
	switch {
	case r.Checked != nil:
		return BackupChecked
	case r.Verified != nil:
		return BackupCodesRead
	}
	return BackupPrinted
}

// Clone returns a deep copy of the record.
func (r BackupRecord) Clone() BackupRecord {
	c := r
	c.Items = cloneSlice(r.Items)
	c.Verified = clonePtr(r.Verified)
	c.Checked = clonePtr(r.Checked)
	if r.Shared != nil {
		sh := *r.Shared
		sh.Holders = cloneSlice(r.Shared.Holders)
		c.Shared = &sh
	}
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

// PaperStatus sorts the active items by what paper holds of them. Only a checked
// backup (decrypted, items matching) makes an item up to date.
type PaperStatus struct {
	// NotOnPaper items are on no backup at all.
	NotOnPaper []Item
	// ChangedSince items changed after their newest backup.
	ChangedSince []Item
	// OnlyPrinted items are on paper as they are now, but no backup holding this
	// version was read back.
	OnlyPrinted []Item
	// OnlyCodesRead items are on paper as they are now and a backup holding this
	// version had all its codes read, but none was decrypted.
	OnlyCodesRead []Item
	// UpToDate items are, as they are now, on a checked backup.
	UpToDate []Item
}

// RecordBackup adds a backup to the ledger.
func (d *Data) RecordBackup(r BackupRecord) { d.Backups = append(d.Backups, r) }

// MarkCodesRead records that every code of the backup was read back, without a
// decrypt. A checked backup stays checked.
func (d *Data) MarkCodesRead(backupID string, now time.Time) error {
	r, err := d.backupRecord(backupID)
	if err != nil {
		return err
	}
	r.Verified = utcPtr(now)
	return nil
}

// MarkChecked records that the backup was decrypted into the items decrypted.
// They must be the record's items (same IDs, same modified times); otherwise
// nothing is marked and the error wraps ErrBackupMismatch and says what differs
// (item IDs and counts, never content).
func (d *Data) MarkChecked(backupID string, decrypted []Item, now time.Time) error {
	r, err := d.backupRecord(backupID)
	if err != nil {
		return err
	}
	if err := matchItems(r.Items, BackupItemsOf(decrypted)); err != nil {
		return fmt.Errorf("backup %s: %w", backupID, err)
	}
	r.Verified, r.Checked = utcPtr(now), utcPtr(now)
	return nil
}

func utcPtr(t time.Time) *time.Time {
	t = t.UTC()
	return &t
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
	var st PaperStatus
	for _, it := range d.Active() {
		onPaper, best := d.paperOf(it)
		switch {
		case !onPaper:
			st.NotOnPaper = append(st.NotOnPaper, it)
		case best < 0:
			st.ChangedSince = append(st.ChangedSince, it)
		case best == BackupPrinted:
			st.OnlyPrinted = append(st.OnlyPrinted, it)
		case best == BackupCodesRead:
			st.OnlyCodesRead = append(st.OnlyCodesRead, it)
		default:
			st.UpToDate = append(st.UpToDate, it)
		}
	}
	return st
}

// paperOf reports whether any backup holds the item, and the best state of the
// backups holding it as it is now (-1 if none does).
func (d *Data) paperOf(it Item) (onPaper bool, best BackupState) {
	best = -1
	for _, b := range d.Backups {
		for _, bi := range b.Items {
			if bi.ID != it.ID {
				continue
			}
			onPaper = true
			if !it.Modified.After(bi.Modified) && b.State() > best {
				best = b.State()
			}
		}
	}
	return onPaper, best
}
