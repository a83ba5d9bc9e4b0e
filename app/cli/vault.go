package cli

import (
	"fmt"

	"coffer/vault"
)

func vaultCommands() []command {
	return []command{
		{"init", "[--work-factor N] [--remember]", "create a new vault", (*cli).cmdInit},
		{"passwd", "[--work-factor N]", "change the vault passphrase", (*cli).cmdPasswd},
		{"remember", "", "remember the vault key in the system keyring (quick unlock)", (*cli).cmdRemember},
		{"forget", "", "remove the vault key from the system keyring", (*cli).cmdForget},
	}
}

func (c *cli) cmdInit(args []string) error {
	fs, cf := c.flags("init")
	workFactor := fs.Int("work-factor", vault.DefaultWorkFactor, "scrypt work factor (log2 N); higher is slower and safer")
	remember := fs.Bool("remember", false, "also remember the key in the system keyring")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	if err := c.checkWorkFactor(*workFactor, minVaultWorkFactor, "a vault"); err != nil {
		return err
	}
	path, err := c.resolveVaultPath()
	if err != nil {
		return err
	}
	pass, err := c.newPassphrase(cf.passphraseFile, "COFFER_PASSPHRASE")
	if err != nil {
		return err
	}
	opts := c.options(false)
	opts.WorkFactor = *workFactor
	v, err := vault.Create(path, pass, opts)
	if err != nil {
		return err
	}
	defer v.Close()
	fmt.Fprintf(c.io.Stdout, "created vault %s\n", path)
	if *remember {
		return c.remember(v)
	}
	return nil
}

func (c *cli) cmdPasswd(args []string) error {
	fs, cf := c.flags("passwd")
	workFactor := fs.Int("work-factor", vault.DefaultWorkFactor, "scrypt work factor (log2 N) for the new passphrase")
	newFile := fs.String("new-passphrase-file", "", "read the new passphrase from `file` (else $COFFER_NEW_PASSPHRASE, else a prompt)")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	if err := c.checkWorkFactor(*workFactor, minVaultWorkFactor, "a vault"); err != nil {
		return err
	}
	v, err := c.openVault(cf, false)
	if err != nil {
		return err
	}
	defer v.Close()
	if err := c.confirmCurrent(v, "passwd"); err != nil {
		return err
	}
	pass, err := c.newPassphrase(*newFile, "COFFER_NEW_PASSPHRASE")
	if err != nil {
		return err
	}
	if err := v.ChangePassphrase(pass, *workFactor); err != nil {
		return err
	}
	fmt.Fprintf(c.io.Stdout, "passphrase changed; the previous-version copy %s.bak was re-encrypted with it too, so the old passphrase opens neither file\n", v.Path())
	return nil
}

func (c *cli) cmdRemember(args []string) error {
	return c.withVault("remember", args, c.remember)
}

// withVault runs a command that takes no arguments on the unlocked vault.
func (c *cli) withVault(name string, args []string, run func(v *vault.Vault) error) error {
	fs, cf := c.flags(name)
	if err := c.parse(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	v, err := c.openVault(cf, true)
	if err != nil {
		return err
	}
	defer v.Close()
	return run(v)
}

func (c *cli) remember(v *vault.Vault) error {
	if err := v.Remember(); err != nil {
		return err
	}
	fmt.Fprintln(c.io.Stdout, "this device now remembers the vault key; you will be asked for the passphrase now and then so you don't forget it")
	return nil
}

func (c *cli) cmdForget(args []string) error {
	return c.withVault("forget", args, func(v *vault.Vault) error {
		if err := c.confirmCurrent(v, "forget"); err != nil {
			return err
		}
		if err := v.Forget(); err != nil {
			return err
		}
		fmt.Fprintln(c.io.Stdout, "this device no longer remembers the vault key")
		return nil
	})
}

// confirmCurrent makes sure the person at the keyboard knows the vault passphrase
// before passwd or forget, also when the vault opened from the keyring: otherwise
// anyone at an unlocked session could lock the owner out (passwd, then forget), and an
// owner who forgot the passphrase would lose the vault by forgetting the key.
func (c *cli) confirmCurrent(v *vault.Vault, command string) error {
	if c.passphrase != "" {
		return nil // the vault was just opened with it
	}
	pass, err := c.promptPassphrase("Current vault passphrase: ", fmt.Sprintf(
		"%s asks for the current passphrase even when this device remembers the key: use --passphrase-file FILE or set COFFER_PASSPHRASE", command))
	if err != nil {
		return err
	}
	if err := v.CheckPassphrase(pass); err != nil {
		return fmt.Errorf("%s: %w; nothing was changed", command, err)
	}
	c.passphrase = pass
	return nil
}
