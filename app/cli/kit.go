package cli

import (
	"fmt"
	"path/filepath"
	"strings"

	"coffer/export"
	"coffer/vault"
)

// kitCommand is `coffer kit`: print the emergency kit page.
var kitCommand = command{"kit", "--out FILE.pdf [options]",
	"print an emergency kit: one page (no secrets) for the people who will need your vault", (*cli).cmdKit}

func (c *cli) cmdKit(args []string) error {
	fs, cf := c.flags("kit")
	out := fs.String("out", "", "write the PDF to `file` (never overwritten)")
	paperName := fs.String("paper", "a4", "paper size: a4 or letter")
	titles := fs.Bool("list-titles", false, "also print the item titles (never secrets; titles can tell a thief what is worth stealing)")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("%w: kit needs --out FILE.pdf", errUsage)
	}
	paper := export.Paper(strings.ToLower(*paperName))
	if paper != export.A4 && paper != export.Letter {
		return fmt.Errorf("%w: --paper must be a4 or letter", errUsage)
	}
	if err := refuseExisting(*out); err != nil {
		return err
	}
	v, err := c.openVault(cf, true)
	if err != nil {
		return err
	}
	defer v.Close()
	kit := kitOf(v, paper, *titles)
	if err := vault.WriteNewFile(*out, 0o600, kit.WritePDF); err != nil {
		return err
	}
	fmt.Fprintf(c.io.Stdout, "wrote %s: emergency kit listing %d paper backup(s)%s; it holds no secret and no passphrase.\n",
		*out, len(kit.Backups), titleNote(kit))
	fmt.Fprintln(c.io.Stdout, "Print it, fill in the blank lines by hand, and keep it where your family will look.")
	return nil
}

// kitOf gathers what the kit page says from the open vault (export.NewKit), with
// the vault's absolute path.
func kitOf(v *vault.Vault, paper export.Paper, listTitles bool) export.Kit {
	path := v.Path()
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return export.NewKit(v.Snapshot(), path, v.Now(), paper, listTitles)
}

func titleNote(k export.Kit) string {
	if k.Titles == nil {
		return ""
	}
	return fmt.Sprintf(" and %d item title(s)", len(k.Titles))
}
