package app

import (
	"coffer/export"
	"coffer/vault"
)

// mergeBackup adds the backup's items and records the backup in the ledger as
// checked, the way the command line does.
func mergeBackup(d *vault.Data, p *export.Payload, v *vault.Vault) vault.MergeReport {
	report := d.Merge(p.Items, p.Meta.BackupID, v.Now())
	if d.MarkVerified(p.Meta.BackupID, v.Now()) != nil {
		d.RecordBackup(restoredLedgerRecord(p, v))
	}
	return report
}

// restoredLedgerRecord records a backup restored into a vault that did not make it,
// so the ledger knows these items are on that paper, already checked.
func restoredLedgerRecord(p *export.Payload, v *vault.Vault) vault.BackupRecord {
	now := v.Now().UTC()
	return vault.BackupRecord{ID: p.Meta.BackupID, Created: p.Meta.Created, Verified: &now,
		Location: "restored from paper on " + now.Format("2006-01-02"), Items: vault.BackupItemsOf(p.Items)}
}
