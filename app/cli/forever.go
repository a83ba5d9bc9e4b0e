package cli

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
	"time"

	"coffer/vault"
)

// purge, trash --empty and history --clear delete for good: one item of the trash,
// the whole trash, or an item's earlier secrets. Each asks first (or needs --yes),
// since nothing brings them back.

// errNeedYes is returned when a deletion for good cannot be confirmed at a terminal.
var errNeedYes = errors.New("this deletes for good and there is no terminal to ask: add --yes to confirm")

// confirm asks a yes/no question on the terminal; yes (--yes) skips it.
func (c *cli) confirm(yes bool, question string) error {
	if yes {
		return nil
	}
	if c.io.ReadPassword == nil {
		return errNeedYes
	}
	fmt.Fprintf(c.io.Stderr, "%s Nothing can bring it back. Type yes to go on: ", question)
	line, err := bufio.NewReader(c.io.Stdin).ReadString('\n')
	if err != nil && line == "" {
		return fmt.Errorf("reading the answer: %w", err)
	}
	if !strings.EqualFold(strings.TrimSpace(line), "yes") {
		return errors.New("not confirmed; nothing was deleted")
	}
	return nil
}

func (c *cli) cmdPurge(args []string) error {
	fs, cf := c.flags("purge")
	yes := fs.Bool("yes", false, "do not ask for confirmation")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	ref, err := oneArg(fs, "item ID or title")
	if err != nil {
		return err
	}
	return c.mutate(cf, func(d *vault.Data, _ time.Time) (string, error) {
		it, err := d.Find(ref, true)
		if errors.Is(err, vault.ErrNotFound) {
			if active, aerr := d.Find(ref, false); aerr == nil {
				return "", fmt.Errorf("%q is not in the trash: 'coffer rm %s' first, then purge it", active.Title, active.ID[:8])
			}
		}
		if err != nil {
			return "", err
		}
		if err := c.confirm(*yes, fmt.Sprintf("Delete %q and its history for good?", it.Title)); err != nil {
			return "", err
		}
		if err := d.DeleteForever(it.ID); err != nil {
			return "", err
		}
		return fmt.Sprintf("deleted %q for good; the .bak copy beside the vault no longer holds it either", it.Title), nil
	})
}

// emptyTrash is `coffer trash --empty`.
func (c *cli) emptyTrash(cf *commonFlags, yes bool) error {
	return c.mutate(cf, func(d *vault.Data, _ time.Time) (string, error) {
		n := len(d.Trash())
		if n == 0 {
			return "the trash is empty", nil
		}
		if err := c.confirm(yes, fmt.Sprintf("Delete the %d item(s) in the trash for good?", n)); err != nil {
			return "", err
		}
		return fmt.Sprintf("deleted %d item(s) from the trash for good", d.EmptyTrash()), nil
	})
}

func (c *cli) cmdHistory(args []string) error {
	fs, cf := c.flags("history")
	clearIt := fs.Bool("clear", false, "delete the item's earlier secrets for good")
	yes := fs.Bool("yes", false, "with --clear: do not ask for confirmation")
	asJSON := fs.Bool("json", false, "print JSON (includes the earlier secrets)")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	ref, err := oneArg(fs, "item ID or title")
	if err != nil {
		return err
	}
	if !*clearIt {
		return c.readOnly(cf, func(d *vault.Data, _ time.Time) error {
			it, err := findAnywhere(d, ref)
			if err != nil {
				return err
			}
			return c.writeHistory(it, *asJSON)
		})
	}
	return c.mutate(cf, func(d *vault.Data, _ time.Time) (string, error) {
		it, err := findAnywhere(d, ref)
		if err != nil {
			return "", err
		}
		if len(it.History) == 0 {
			return fmt.Sprintf("%q has no earlier secrets", it.Title), nil
		}
		if err := c.confirm(*yes, fmt.Sprintf("Delete the %d earlier secret(s) of %q for good?", len(it.History), it.Title)); err != nil {
			return "", err
		}
		if err := d.ClearHistory(it.ID); err != nil {
			return "", err
		}
		return fmt.Sprintf("deleted the %d earlier secret(s) of %q for good", len(it.History), it.Title), nil
	})
}

// findAnywhere finds an active item, else one in the trash.
func findAnywhere(d *vault.Data, ref string) (vault.Item, error) {
	it, err := d.Find(ref, false)
	if errors.Is(err, vault.ErrNotFound) {
		it, err = d.Find(ref, true)
	}
	return it, err
}

// writeHistory prints an item's earlier secrets, newest last.
func (c *cli) writeHistory(it vault.Item, asJSON bool) error {
	if asJSON {
		h := it.History
		if h == nil {
			h = []vault.HistoryEntry{}
		}
		return writeJSON(c.io.Stdout, h)
	}
	if len(it.History) == 0 {
		fmt.Fprintf(c.io.Stdout, "%q has no earlier secrets\n", it.Title)
		return nil
	}
	for _, h := range it.History {
		fmt.Fprintf(c.io.Stdout, "replaced %s:\n%s\n", h.Replaced.Local().Format(time.DateTime), indent(h.Secret))
	}
	return nil
}
