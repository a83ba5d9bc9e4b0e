package cli

import (
	"errors"
	"fmt"

	"coffer/app/internal/strength"
	"coffer/export"
	"coffer/vault"
)

// Work-factor bounds of --work-factor (scrypt log2 N). Below the minimums a guess at a
// stolen vault file or a found sheet costs too little; above 20 (1 GiB, seconds per
// attempt) a home computer may fail to open its own file.
const (
	minVaultWorkFactor  = vault.MinWorkFactor
	minBackupWorkFactor = export.MinWorkFactor
	maxWorkFactor       = vault.MaxWorkFactor
	// testMinWorkFactor is how low IO.TestWorkFactors lets tests go.
	testMinWorkFactor = 10
)

// checkWorkFactor refuses a --work-factor outside min..maxWorkFactor for what ("a
// vault", "a backup").
func (c *cli) checkWorkFactor(wf, min int, what string) error {
	if c.io.TestWorkFactors {
		min = testMinWorkFactor
	}
	if wf < min || wf > maxWorkFactor {
		return fmt.Errorf("%w: --work-factor %d is outside %d..%d for %s (lower makes guessing cheap, higher may not open on a small computer)",
			errUsage, wf, min, maxWorkFactor, what)
	}
	return nil
}

// checkStrength applies the app's strength rule to a new passphrase.
func checkStrength(what, pass string) error {
	if _, err := strength.Check(pass); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// newPassphrase reads a new vault passphrase (init, passwd): file, environment, or a
// prompt asked twice; it must pass the strength rule.
func (c *cli) newPassphrase(file, envName string) (string, error) {
	p, given, err := c.explicitPassphrase(file, envName)
	if err != nil {
		return "", err
	}
	if given {
		return p, checkStrength("new passphrase", p)
	}
	hint := fmt.Sprintf("use --new-passphrase-file FILE or set %s", envName)
	return c.promptTwice("New passphrase", "new passphrase", hint)
}

// errEntriesDiffer is returned when a passphrase typed twice differs.
var errEntriesDiffer = errors.New("the two entries differ; nothing was changed or written")

// promptTwice asks for a new passphrase (prompt "Label: "), checks its strength before
// asking again (so a weak one is not typed twice), and compares the two entries.
func (c *cli) promptTwice(label, what, hint string) (string, error) {
	p, err := c.promptPassphrase(label+": ", hint)
	if err != nil {
		return "", err
	}
	if err := checkStrength(what, p); err != nil {
		return "", err
	}
	again, err := c.promptPassphrase(label+" again: ", hint)
	if err != nil {
		return "", err
	}
	if again != p {
		return "", fmt.Errorf("%s: %w", what, errEntriesDiffer)
	}
	return p, nil
}
