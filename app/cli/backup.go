package cli

import (
	"errors"
	"fmt"
	"image/png"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"coffer/export"
	"coffer/vault"
)

func paperCommands() []command {
	return []command{
		{"backup", "--out FILE.pdf [options]", "print a paper backup (PDF; PNG pages with --png DIR)", (*cli).cmdBackup},
		{"status", "[--json]", "which items are on no paper backup yet, or changed since", (*cli).cmdStatus},
		{"verify", "FILE... [--json]", "check that scans of a paper backup can be restored", (*cli).cmdVerify},
		{"restore", "FILE... [--new PATH] [--json]", "restore items from scans, photos, PDFs or typed lines", (*cli).cmdRestore},
		kitCommand,
	}
}

// backupFlags are the options of the backup command.
type backupFlags struct {
	out, paper, pngDir, passFile string
	location                     string
	items                        stringList
	noText, listTitles, hint     bool
	workFactor                   int
}

func (c *cli) cmdBackup(args []string) error {
	fs, cf := c.flags("backup")
	var f backupFlags
	fs.StringVar(&f.out, "out", "", "write the PDF to `file` (never overwritten)")
	fs.StringVar(&f.paper, "paper", "a4", "paper size: a4 or letter")
	fs.Var(&f.items, "item", "put only this item ID or title on paper (repeatable; default: every item)")
	fs.StringVar(&f.pngDir, "png", "", "also write each page as a PNG image into `dir`")
	fs.BoolVar(&f.noText, "no-text", false, "leave out the typed-fallback text pages")
	fs.BoolVar(&f.listTitles, "list-titles", false, "print the item titles (not secrets) on the sheet")
	fs.BoolVar(&f.hint, "hint-line", false, "print a blank passphrase-hint line")
	fs.StringVar(&f.passFile, "backup-passphrase-file", "", "backup passphrase from `file` (else $COFFER_BACKUP_PASSPHRASE, else the vault passphrase)")
	fs.IntVar(&f.workFactor, "work-factor", export.DefaultWorkFactor, "scrypt work factor (log2 N) of the backup passphrase")
	fs.StringVar(&f.location, "location", "", "where the sheets will be kept, noted in the vault's ledger (never printed)")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	if f.out == "" {
		return fmt.Errorf("%w: backup needs --out FILE.pdf", errUsage)
	}
	paper := export.Paper(strings.ToLower(f.paper))
	if paper != export.A4 && paper != export.Letter {
		return fmt.Errorf("%w: --paper must be a4 or letter", errUsage)
	}
	if err := refuseExisting(f.out); err != nil {
		return err
	}
	v, err := c.openVault(cf, false)
	if err != nil {
		return err
	}
	defer v.Close()
	return c.printBackup(v, f, paper)
}

func (c *cli) printBackup(v *vault.Vault, f backupFlags, paper export.Paper) error {
	items, err := pickItems(v.Data(), f.items)
	if err != nil {
		return err
	}
	pass, err := c.backupPassphrase(f.passFile)
	if err != nil {
		return err
	}
	b, err := export.Create(items, v.ID(), pass, export.Options{Paper: paper, WorkFactor: f.workFactor,
		Now: c.io.Now, NoText: f.noText, ListTitles: f.listTitles, HintLine: f.hint})
	if err != nil {
		return err
	}
	if err := writeNew(f.out, b.WritePDF); err != nil {
		return err
	}
	if f.pngDir != "" {
		if err := writePNGPages(f.pngDir, b); err != nil {
			return err
		}
	}
	rec := b.LedgerRecord(items)
	rec.Location = f.location
	v.Data().RecordBackup(rec)
	if err := v.Save(); err != nil {
		return fmt.Errorf("the backup was written to %s but the vault could not record it: %w", f.out, err)
	}
	fmt.Fprintf(c.io.Stdout, "backup %s: %d item(s), %d page(s) (%d with codes), %d encrypted bytes, %d codes of which any %d rebuild it\n",
		b.ID, len(items), rec.Pages, len(b.Pages), b.CiphertextLen, len(b.Frames), b.DataFrames)
	fmt.Fprintf(c.io.Stdout, "wrote %s; print it at 100%% scale and keep it apart from the passphrase\n", f.out)
	return nil
}

// pickItems returns the active items named by refs, or all of them.
func pickItems(d *vault.Data, refs []string) ([]vault.Item, error) {
	if len(refs) == 0 {
		items := d.Active()
		if len(items) == 0 {
			return nil, errors.New("the vault has no items to back up")
		}
		return items, nil
	}
	var items []vault.Item
	seen := map[string]bool{}
	for _, ref := range refs {
		it, err := d.Find(ref, false)
		if err != nil {
			return nil, err
		}
		if !seen[it.ID] {
			seen[it.ID] = true
			items = append(items, it)
		}
	}
	return items, nil
}

// backupPassphrase returns the backup passphrase and says on stderr which one it is.
func (c *cli) backupPassphrase(file string) (string, error) {
	p, given, err := c.explicitPassphrase(file, "COFFER_BACKUP_PASSPHRASE")
	if err != nil {
		return "", err
	}
	if given {
		fmt.Fprintln(c.io.Stderr, "coffer: using the separate backup passphrase you gave; you will need it to restore")
		return p, nil
	}
	if c.passphrase != "" {
		fmt.Fprintln(c.io.Stderr, "coffer: the backup is encrypted with your vault passphrase")
		return c.passphrase, nil
	}
	p, err = c.promptPassphrase("Backup passphrase (you will need it to restore): ",
		"the vault was unlocked from the keyring; use --backup-passphrase-file FILE or set COFFER_BACKUP_PASSPHRASE")
	if err == nil {
		fmt.Fprintln(c.io.Stderr, "coffer: using the backup passphrase you typed; you will need it to restore")
	}
	return p, err
}

// refuseExisting refuses to write over a file the user already has.
func refuseExisting(path string) error {
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("%s already exists; Coffer never overwrites files: choose another name", path)
	}
	return nil
}

// writeNew writes a new file through a temporary file in the same folder, so a failed
// write never leaves half a backup under the final name.
func writeNew(path string, write func(io.Writer) error) error {
	if err := refuseExisting(path); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".coffer-backup-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return linkOrRename(tmp.Name(), path)
}

// linkOrRename puts tmp at path without replacing a file that appeared meanwhile: a
// hard link fails if path exists; file systems without links (FAT on USB sticks) fall
// back to a checked rename.
func linkOrRename(tmp, path string) error {
	err := os.Link(tmp, path)
	if err == nil || errors.Is(err, fs.ErrExist) {
		if err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		return nil
	}
	if err := refuseExisting(path); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// writePNGPages writes every page as DIR/<backup ID>-page-N.png at 150 dpi.
func writePNGPages(dir string, b *export.Backup) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("png pages: %w", err)
	}
	imgs, err := b.PageImages(150)
	if err != nil {
		return err
	}
	for i, img := range imgs {
		path := filepath.Join(dir, fmt.Sprintf("%s-page-%d.png", b.ID, i+1))
		if err := writeNew(path, func(w io.Writer) error { return png.Encode(w, img) }); err != nil {
			return err
		}
	}
	return nil
}
