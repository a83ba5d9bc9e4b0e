package restore

import (
	"time"

	"coffer/export"
	"coffer/vault"
)

// Merge adds a decrypted backup's items to d and records the backup in the ledger as
// checked: a backup this vault made is marked verified, one made elsewhere gets a new
// ledger record that says it was restored from paper at now.
func Merge(d *vault.Data, p *export.Payload, now time.Time) vault.MergeReport {
	report := d.Merge(p.Items, p.Meta.BackupID, now)
	if d.MarkVerified(p.Meta.BackupID, now) != nil {
		d.RecordBackup(restoredLedgerRecord(p, now))
	}
	return report
}

// restoredLedgerRecord records a backup restored into a vault that did not make it,
// so the ledger knows these items are on that paper, already checked.
func restoredLedgerRecord(p *export.Payload, now time.Time) vault.BackupRecord {
	now = now.UTC()
	return vault.BackupRecord{ID: p.Meta.BackupID, Created: p.Meta.Created, Verified: &now,
		Location: "restored from paper on " + now.Format("2006-01-02"), Items: vault.BackupItemsOf(p.Items)}
}
