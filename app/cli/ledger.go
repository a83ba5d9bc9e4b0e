package cli

import (
	"errors"
	"fmt"
	"time"

	"coffer/export"
	"coffer/vault"
)

// recordCheck notes in the vault's ledger what verify found, when the vault can be
// opened without asking (explicit passphrase or the keyring): "codes read" without a
// decrypt, "checked" only when the backup decrypted (p != nil) into the items the
// ledger recorded for it.
func (c *cli) recordCheck(cf *commonFlags, id string, p *export.Payload) (string, error) {
	var mismatch error
	msg := c.updateLedger(cf, func(d *vault.Data, now time.Time) (string, error) {
		if _, ok := d.Backup(id); !ok {
			return "this backup is not in the vault's ledger (made by another vault?)", nil
		}
		if p == nil {
			if err := d.MarkCodesRead(id, now); err != nil {
				return "", err
			}
			return "the vault's ledger records this backup as codes read, not checked: only a decrypt checks it", nil
		}
		if err := d.MarkChecked(id, p.Items, now); err != nil {
			if errors.Is(err, vault.ErrBackupMismatch) {
				mismatch = err
			}
			return "", err
		}
		return "the vault's ledger now records this backup as checked", nil
	})
	if mismatch != nil {
		return "", fmt.Errorf("the decrypted backup is not what the ledger recorded for it, so it is not marked checked: %w", mismatch)
	}
	return msg, nil
}

// stateText says in words what a backup's ledger state means.
func stateText(b vault.BackupRecord) string {
	switch b.State() {
	case vault.BackupChecked:
		return "checked " + b.Checked.Local().Format("2006-01-02") + " (read back and decrypted)"
	case vault.BackupCodesRead:
		return "codes read " + b.Verified.Local().Format("2006-01-02") + ", not decrypted"
	}
	return "printed, never read back"
}
