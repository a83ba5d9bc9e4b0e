package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"coffer/vault"
)

// resolveVaultPath returns --vault, else $COFFER_VAULT, else the default location.
func (c *cli) resolveVaultPath() (string, error) {
	if c.vaultPath != "" {
		return c.vaultPath, nil
	}
	if p := c.io.Getenv("COFFER_VAULT"); p != "" {
		return p, nil
	}
	return vault.DefaultPath()
}

// options returns the vault options of this run.
func (c *cli) options(readOnly bool) vault.Options {
	return vault.Options{Keyring: c.io.Keyring, Now: c.io.Now, ReadOnly: readOnly,
		AllowWeakWorkFactor: c.io.TestWorkFactors, MarkerDir: c.io.MarkerDir}
}

// explicitPassphrase reads the passphrase given by file or environment, if any.
func (c *cli) explicitPassphrase(file, envName string) (string, bool, error) {
	if file != "" {
		p, err := readPassphraseFile(file)
		return p, true, err
	}
	if p := c.secret(envName); p != "" {
		return p, true, nil
	}
	return "", false, nil
}

// promptPassphrase asks on the terminal, or explains how to give one without it.
func (c *cli) promptPassphrase(prompt, hint string) (string, error) {
	if c.io.ReadPassword == nil {
		return "", fmt.Errorf("no passphrase given: %s", hint)
	}
	p, err := c.io.ReadPassword(prompt)
	if err != nil {
		return "", fmt.Errorf("reading passphrase: %w", err)
	}
	if p == "" {
		return "", errors.New("no passphrase given: the passphrase is empty")
	}
	return p, nil
}

// openVault unlocks the vault: explicit passphrase, else the remembered key, else a prompt.
func (c *cli) openVault(cf *commonFlags, readOnly bool) (*vault.Vault, error) {
	path, err := c.resolveVaultPath()
	if err != nil {
		return nil, err
	}
	opts := c.options(readOnly)
	pass, given, err := c.explicitPassphrase(cf.passphraseFile, "COFFER_PASSPHRASE")
	if err != nil {
		return nil, err
	}
	if given {
		c.passphrase = pass
		return vault.Open(path, pass, opts)
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no vault at %s: %w", path, fs.ErrNotExist)
	} else if err != nil {
		return nil, fmt.Errorf("open vault: %w", err)
	}
	v, err := vault.OpenRemembered(path, opts)
	if err == nil {
		return v, nil
	}
	if errors.Is(err, vault.ErrReminderDue) {
		fmt.Fprintln(c.io.Stderr, "coffer: it has been a while since you typed your passphrase; please enter it once so you don't forget it")
	} else if !errors.Is(err, vault.ErrNotRemembered) && !errors.Is(err, vault.ErrNoKeyring) {
		return nil, err
	}
	pass, err = c.promptPassphrase("Vault passphrase: ", "use --passphrase-file FILE or set COFFER_PASSPHRASE")
	if err != nil {
		return nil, err
	}
	c.passphrase = pass
	return vault.Open(path, pass, opts)
}

// readPassphraseFile returns the first line of a passphrase file.
func readPassphraseFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("passphrase file: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, 64<<10))
	if err != nil {
		return "", fmt.Errorf("passphrase file: %w", err)
	}
	line, _, _ := strings.Cut(string(b), "\n")
	line = strings.TrimSuffix(line, "\r")
	if line == "" {
		return "", fmt.Errorf("passphrase file %s: first line is empty", path)
	}
	return line, nil
}
