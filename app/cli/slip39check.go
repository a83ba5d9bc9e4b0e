package cli

import (
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"coffer/vault"
	"coffer/vault/slip39"
)

// slip39CheckCommand is `coffer slip39`: do stored SLIP-39 shares form a set?
var slip39CheckCommand = command{"slip39", "ID|TITLE... [--show-secret]",
	"check that stored SLIP-39 shares form a valid set (the secret only if asked)", (*cli).cmdSLIP39Check}

func (c *cli) cmdSLIP39Check(args []string) error {
	fs, cf := c.flags("slip39")
	show := fs.Bool("show-secret", false, "also print the master secret (hex), for the SLIP-39 passphrase given")
	passFile := fs.String("slip39-passphrase-file", "", "with --show-secret: the SLIP-39 passphrase from `file` (default: empty)")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	refs := fs.Args()
	if len(refs) == 0 {
		return fmt.Errorf("%w: slip39 needs the shares' item IDs or titles", errUsage)
	}
	if *passFile != "" && !*show {
		return fmt.Errorf("%w: --slip39-passphrase-file goes with --show-secret", errUsage)
	}
	pass := ""
	if *passFile != "" {
		var err error
		if pass, err = readPassphraseFile(*passFile); err != nil {
			return err
		}
	}
	return c.readOnly(cf, func(d *vault.Data, _ time.Time) error {
		items, err := pickItems(d, refs)
		if err != nil {
			return err
		}
		set, err := vault.CheckShareSet(items)
		var few *slip39.NotEnoughError
		if errors.As(err, &few) {
			return fmt.Errorf("not a complete set: %s", few)
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(c.io.Stdout, "valid set: %s\n", set)
		if !*show {
			fmt.Fprintln(c.io.Stdout, "the master secret is not shown (add --show-secret to print it)")
			return nil
		}
		return c.printMasterSecret(items, pass)
	})
}

// printMasterSecret prints the set's master secret for the passphrase, with the
// caveat that SLIP-39 accepts any passphrase.
func (c *cli) printMasterSecret(items []vault.Item, pass string) error {
	secret, err := vault.RecoverShareSet(items, pass)
	if err != nil {
		return err
	}
	defer clear(secret)
	which := "an empty SLIP-39 passphrase"
	if pass != "" {
		which = "the SLIP-39 passphrase given"
	}
	fmt.Fprintf(c.io.Stdout, "master secret (%s): %s\n", which, hex.EncodeToString(secret))
	fmt.Fprintln(c.io.Stdout, "SLIP-39 never reports a wrong passphrase: another passphrase gives another secret, and another wallet")
	return nil
}
