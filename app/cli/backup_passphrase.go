package cli

import (
	"fmt"

	"coffer/vault"
)

// backupPassphraseHint says how to give a backup passphrase without a prompt.
const backupPassphraseHint = "use --backup-passphrase-file FILE or set COFFER_BACKUP_PASSPHRASE"

// backupPassphrase returns the passphrase a new backup is encrypted with: the one
// given, else the vault passphrase of this run, else one typed twice. It must pass
// the strength rule, and stderr says which one it is.
func (c *cli) backupPassphrase(v *vault.Vault, file string) (string, error) {
	p, given, err := c.explicitPassphrase(file, "COFFER_BACKUP_PASSPHRASE")
	switch {
	case err != nil:
		return "", err
	case given:
		fmt.Fprintln(c.io.Stderr, "coffer: using the separate backup passphrase you gave; you will need it to restore")
	case c.passphrase != "":
		p = c.passphrase
	default:
		p, err = c.promptTwice("Backup passphrase (you will need it to restore)", "backup passphrase",
			"the vault was unlocked from the keyring; "+backupPassphraseHint)
		if err != nil {
			return "", err
		}
		fmt.Fprintln(c.io.Stderr, "coffer: using the backup passphrase you typed; you will need it to restore")
	}
	if err := checkStrength("backup passphrase", p); err != nil {
		return "", fmt.Errorf("%w; %s", err, backupPassphraseHint)
	}
	if c.sameAsVault(v, p) {
		c.warnSameAsVault()
	}
	return p, nil
}

// sameAsVault reports whether p is the vault passphrase (one scrypt when the vault
// was opened from the keyring).
func (c *cli) sameAsVault(v *vault.Vault, p string) bool {
	if c.passphrase != "" {
		return p == c.passphrase
	}
	return v.CheckPassphrase(p) == nil
}

// warnSameAsVault says why a backup should have its own passphrase.
func (c *cli) warnSameAsVault() {
	fmt.Fprintln(c.io.Stderr, "coffer: warning: the backup is encrypted with your vault passphrase: "+
		"anyone who finds a sheet can test guesses at your vault passphrase offline, "+
		"and after 'coffer passwd' the old sheets still open with the old one; "+
		"to give the backup its own passphrase, "+backupPassphraseHint)
}
