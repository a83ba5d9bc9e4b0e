package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"coffer/vault"
)

func itemCommands() []command {
	return []command{
		{"add", "--kind K --title T [options]", "add an item; the secret is read from standard input", (*cli).cmdAdd},
		{"list", "[--json]", "list the items", (*cli).cmdList},
		{"show", "ID|TITLE [--json]", "show one item with its secret", (*cli).cmdShow},
		{"edit", "ID|TITLE [options]", "change an item; --secret reads a new secret from standard input", (*cli).cmdEdit},
		{"totp", "ID|TITLE", "print the current code of a TOTP item", (*cli).cmdTOTP},
		{"rm", "ID|TITLE", "move an item to the trash (kept 30 days)", (*cli).cmdRemove},
		{"trash", "[--json] [--empty]", "list the items in the trash; --empty deletes them for good", (*cli).cmdTrash},
		{"undelete", "ID|TITLE", "take an item out of the trash", (*cli).cmdUndelete},
		{"purge", "ID|TITLE [--yes]", "delete an item in the trash for good (asks first)", (*cli).cmdPurge},
		{"history", "ID|TITLE [--clear] [--json]", "show an item's earlier secrets; --clear deletes them for good", (*cli).cmdHistory},
		{"import", "FILE... [--format F] [--dry-run]", "import from Aegis, Google Authenticator, 2FAS, andOTP, Bitwarden, KeePassXC, 1Password", (*cli).cmdImport},
		slip39CheckCommand,
	}
}

// itemFlags are the options that set an item's descriptive fields.
type itemFlags struct {
	title, username, url, notes         string
	tags                                stringList
	recEmail, recPhone, recHint, recURL string
}

func (f *itemFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.title, "title", "", "title")
	fs.StringVar(&f.username, "username", "", "user name or account")
	fs.StringVar(&f.url, "url", "", "web address")
	fs.StringVar(&f.notes, "notes", "", "notes")
	fs.Var(&f.tags, "tag", "tag (repeat for several)")
	fs.StringVar(&f.recEmail, "recovery-email", "", "recovery route: e-mail address")
	fs.StringVar(&f.recPhone, "recovery-phone", "", "recovery route: phone number")
	fs.StringVar(&f.recHint, "recovery-hint", "", "recovery route: security question hint")
	fs.StringVar(&f.recURL, "recovery-url", "", "recovery route: support or reset page")
}

// apply copies the flags that were given on the command line into the item.
func (f *itemFlags) apply(fs *flag.FlagSet, it *vault.Item) {
	fs.Visit(func(fl *flag.Flag) {
		switch fl.Name {
		case "title":
			it.Title = f.title
		case "username":
			it.Username = f.username
		case "url":
			it.URL = f.url
		case "notes":
			it.Notes = f.notes
		case "tag":
			it.Tags = append([]string(nil), f.tags...)
		case "recovery-email":
			it.Recovery.Email = f.recEmail
		case "recovery-phone":
			it.Recovery.Phone = f.recPhone
		case "recovery-hint":
			it.Recovery.SecurityHint = f.recHint
		case "recovery-url":
			it.Recovery.SupportURL = f.recURL
		}
	})
}

func (c *cli) cmdAdd(args []string) error {
	fs, cf := c.flags("add")
	kindName := fs.String("kind", "", "kind: seed, slip39, private-key, password, recovery-codes, totp, note")
	var f itemFlags
	f.register(fs)
	if err := c.parse(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	kind, err := vault.ParseKind(*kindName)
	if err != nil {
		return fmt.Errorf("%w: --kind: %v", errUsage, err)
	}
	if f.title == "" {
		return fmt.Errorf("%w: add needs --title", errUsage)
	}
	secret, err := c.readSecret()
	if err != nil {
		return err
	}
	it := vault.Item{Kind: kind}
	f.apply(fs, &it)
	it.Secret = secret
	if _, err := vault.Validate(kind, secret); err != nil {
		return err // before unlocking: a typo should not cost a passphrase prompt
	}
	return c.mutate(cf, func(d *vault.Data, now time.Time) (string, error) {
		added, warnings, err := d.Add(it, now)
		c.warn(warnings)
		return "added " + added.ID, err
	})
}

// mutate opens the vault for writing, applies change, saves and prints change's message.
func (c *cli) mutate(cf *commonFlags, change func(d *vault.Data, now time.Time) (string, error)) error {
	msg, err := c.update(cf, change)
	if err != nil {
		return err
	}
	fmt.Fprintln(c.io.Stdout, msg)
	return nil
}

// update opens the vault for writing and applies change in one transaction; it
// returns change's message.
func (c *cli) update(cf *commonFlags, change func(d *vault.Data, now time.Time) (string, error)) (string, error) {
	v, err := c.openVault(cf, false)
	if err != nil {
		return "", err
	}
	defer v.Close()
	var msg string
	err = v.Update(func(d *vault.Data) error {
		var err error
		msg, err = change(d, v.Now())
		return err
	})
	return msg, err
}

func (c *cli) warn(warnings []string) {
	for _, w := range warnings {
		fmt.Fprintf(c.io.Stderr, "coffer: warning: %s\n", w)
	}
}

// maxSecret is the largest secret add and edit accept.
const maxSecret = 1 << 20

// readSecret reads the secret: from a terminal without echo, line by line until an
// empty line; from a pipe or file, all of standard input without its final newline.
func (c *cli) readSecret() (string, error) {
	var secret string
	var err error
	if c.io.ReadPassword != nil {
		secret, err = c.typeSecret()
	} else {
		secret, err = c.pipedSecret()
	}
	if err != nil {
		return "", err
	}
	if strings.TrimSpace(secret) == "" {
		return "", errors.New("no secret given: type it at the prompt, or pipe it in, e.g. coffer add ... < secret.txt")
	}
	return secret, nil
}

// pipedSecret reads all of standard input.
func (c *cli) pipedSecret() (string, error) {
	b, err := io.ReadAll(io.LimitReader(c.io.Stdin, maxSecret+1))
	if err != nil {
		return "", fmt.Errorf("reading secret: %w", err)
	}
	if len(b) > maxSecret {
		return "", errors.New("reading secret: more than 1 MiB on standard input")
	}
	return strings.TrimRight(string(b), "\r\n"), nil
}

// typeSecret reads lines from the terminal without echo until an empty line or
// end of input (Ctrl-D), so a secret never shows on screen or in scrollback.
func (c *cli) typeSecret() (string, error) {
	prompt := "Secret (not shown; several lines are fine, an empty line ends it): "
	var lines []string
	size := 0
	for {
		line, err := c.io.ReadPassword(prompt)
		if err != nil && !errors.Is(err, io.EOF) {
			return "", fmt.Errorf("reading secret: %w", err)
		}
		line = strings.TrimRight(line, "\r")
		if line != "" {
			lines = append(lines, line)
			size += len(line) + 1
		}
		if size > maxSecret {
			return "", errors.New("reading secret: more than 1 MiB typed")
		}
		if line == "" || err != nil {
			return strings.Join(lines, "\n"), nil
		}
		prompt = "  next line (empty line ends it): "
	}
}

func (c *cli) cmdEdit(args []string) error {
	fs, cf := c.flags("edit")
	var f itemFlags
	f.register(fs)
	newSecret := fs.Bool("secret", false, "read a new secret from standard input (the old one is kept in history)")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	ref, err := oneArg(fs, "item ID or title")
	if err != nil {
		return err
	}
	var secret string
	if *newSecret {
		if secret, err = c.readSecret(); err != nil {
			return err
		}
	}
	return c.mutate(cf, func(d *vault.Data, now time.Time) (string, error) {
		it, err := d.Find(ref, false)
		if err != nil {
			return "", err
		}
		f.apply(fs, &it)
		if *newSecret {
			it.Secret = secret
		}
		updated, warnings, err := d.Update(it, now)
		c.warn(warnings)
		return "updated " + updated.ID, err
	})
}

func (c *cli) cmdRemove(args []string) error {
	return c.trashMove("rm", args, func(d *vault.Data, ref string, now time.Time) (string, error) {
		it, err := d.Find(ref, false)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("moved %q to the trash; 'coffer undelete %s' brings it back within 30 days", it.Title, it.ID), d.Delete(it.ID, now)
	})
}

func (c *cli) cmdUndelete(args []string) error {
	return c.trashMove("undelete", args, func(d *vault.Data, ref string, now time.Time) (string, error) {
		it, err := d.Find(ref, true)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("restored %q from the trash", it.Title), d.Undelete(it.ID)
	})
}

func (c *cli) trashMove(name string, args []string, move func(*vault.Data, string, time.Time) (string, error)) error {
	fs, cf := c.flags(name)
	if err := c.parse(fs, args); err != nil {
		return err
	}
	ref, err := oneArg(fs, "item ID or title")
	if err != nil {
		return err
	}
	return c.mutate(cf, func(d *vault.Data, now time.Time) (string, error) { return move(d, ref, now) })
}

// readOnly opens the vault without the write lock and hands its data to read.
func (c *cli) readOnly(cf *commonFlags, read func(d *vault.Data, now time.Time) error) error {
	v, err := c.openVault(cf, true)
	if err != nil {
		return err
	}
	defer v.Close()
	return read(v.Snapshot(), v.Now())
}

func (c *cli) cmdList(args []string) error { return c.listItems("list", args, (*vault.Data).Active) }

func (c *cli) cmdTrash(args []string) error {
	fs, cf := c.flags("trash")
	asJSON := fs.Bool("json", false, "print JSON")
	empty := fs.Bool("empty", false, "delete every item in the trash for good (asks first)")
	yes := fs.Bool("yes", false, "with --empty: do not ask for confirmation")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	if *empty {
		return c.emptyTrash(cf, *yes)
	}
	return c.readOnly(cf, func(d *vault.Data, _ time.Time) error { return c.printItems(d.Trash(), *asJSON) })
}

func (c *cli) listItems(name string, args []string, pick func(*vault.Data) []vault.Item) error {
	return c.report(name, args, func(d *vault.Data, asJSON bool) error { return c.printItems(pick(d), asJSON) })
}

// printItems prints item summaries as a table or JSON.
func (c *cli) printItems(items []vault.Item, asJSON bool) error {
	if asJSON {
		return writeJSON(c.io.Stdout, summaries(items))
	}
	return writeTable(c.io.Stdout, items)
}

// report runs a read-only command that takes only --json and prints from the data.
func (c *cli) report(name string, args []string, print func(d *vault.Data, asJSON bool) error) error {
	fs, cf := c.flags(name)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	return c.readOnly(cf, func(d *vault.Data, _ time.Time) error { return print(d, *asJSON) })
}

func writeTable(w io.Writer, items []vault.Item) error {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tKIND\tTITLE\tUSERNAME\tMODIFIED")
	for _, it := range items {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", it.ID[:8], it.Kind, it.Title, it.Username, it.Modified.Local().Format("2006-01-02 15:04"))
	}
	return tw.Flush()
}

func (c *cli) cmdShow(args []string) error {
	fs, cf := c.flags("show")
	asJSON := fs.Bool("json", false, "print JSON (includes the secret)")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	ref, err := oneArg(fs, "item ID or title")
	if err != nil {
		return err
	}
	return c.readOnly(cf, func(d *vault.Data, _ time.Time) error {
		it, err := d.Find(ref, false)
		if errors.Is(err, vault.ErrNotFound) {
			it, err = d.Find(ref, true)
		}
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(c.io.Stdout, detailJSON(it))
		}
		writeDetail(c.io.Stdout, it)
		return nil
	})
}

func (c *cli) cmdTOTP(args []string) error {
	fs, cf := c.flags("totp")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	ref, err := oneArg(fs, "item ID or title")
	if err != nil {
		return err
	}
	return c.readOnly(cf, func(d *vault.Data, now time.Time) error {
		it, err := d.Find(ref, false)
		if err != nil {
			return err
		}
		if it.Kind != vault.KindTOTP {
			return fmt.Errorf("item %q is a %s, not a TOTP secret", it.Title, it.Kind.Label())
		}
		k, err := vault.ParseTOTP(it.Secret)
		if err != nil {
			return err
		}
		code, remaining, err := k.Code(now)
		if err != nil {
			return err
		}
		fmt.Fprintf(c.io.Stdout, "%s (valid %d more seconds)\n", code, remaining)
		return nil
	})
}
