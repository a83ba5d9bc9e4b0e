package restore

import (
	"time"

	"coffer/export"
	"coffer/vault"
)

// MergeChecked adds a decrypted backup's items to d and records in the ledger that
// the backup is checked (it was decrypted): a backup this vault made is marked
// with vault.(*Data).MarkChecked, one made elsewhere gets a new ledger record,
// checked at now, that says it was restored from paper.
//
// A backup whose ID is in the ledger but whose items are not the record's is
// refused before anything changes: the error wraps vault.ErrBackupMismatch.
func MergeChecked(d *vault.Data, p *export.Payload, now time.Time) (vault.MergeReport, error) {
	if _, known := d.Backup(p.Meta.BackupID); known {
		if err := d.MarkChecked(p.Meta.BackupID, p.Items, now); err != nil {
			return vault.MergeReport{}, err
		}
		return d.Merge(p.Items, p.Meta.BackupID, now), nil
	}
	report := d.Merge(p.Items, p.Meta.BackupID, now)
	d.RecordBackup(restoredLedgerRecord(p, now))
	return report, nil
}

// restoredLedgerRecord records a backup restored into a vault that did not make it,
// so the ledger knows these items are on that paper, already checked.
func restoredLedgerRecord(p *export.Payload, now time.Time) vault.BackupRecord {
	now = now.UTC()
	return vault.BackupRecord{ID: p.Meta.BackupID, Created: p.Meta.Created, Verified: &now, Checked: &now,
		Location: "restored from paper on " + now.Format("2006-01-02"), Items: vault.BackupItemsOf(p.Items)}
}
