package cli

import (
	"errors"
	"fmt"
	"image/png"
	"io"
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
	shares, sharesOut, sharePass string
	items, holders               stringList
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
	fs.StringVar(&f.shares, "shares", "", "a shared backup: no passphrase, any `K-of-N` share sheets open it (2 ≤ K ≤ N ≤ 16)")
	fs.Var(&f.holders, "holder", "who keeps the next share sheet, noted in the vault's ledger (repeatable, in share order; never printed)")
	registerSharePassphrase(fs, &f.sharePass, "with --shares: an optional SLIP-39 passphrase from `file`, needed with the shares (SLIP-39 never says it is wrong)")
	fs.StringVar(&f.sharesOut, "shares-out", "", "write the share sheets to `file` (default: the --out name with -shares)")
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
	sharing, err := f.checkShares()
	if err != nil {
		return err
	}
	if err := c.checkWorkFactor(f.workFactor, minBackupWorkFactor, "a backup"); err != nil {
		return err
	}
	if err := refuseExisting(f.out); err != nil {
		return err
	}
	if sharing.On() {
		if err := refuseExisting(f.sharesOut); err != nil {
			return err
		}
	}
	if err := checkFolder(f.pngDir); err != nil {
		return err
	}
	v, err := c.openVault(cf, false)
	if err != nil {
		return err
	}
	defer v.Close()
	return c.printBackup(v, f, paper, sharing)
}

// checkShares reads --shares and fills the default --shares-out; a shared backup has
// no passphrase, so the passphrase options are refused with it.
func (f *backupFlags) checkShares() (export.Shares, error) {
	if f.shares == "" {
		if f.sharesOut != "" || len(f.holders) > 0 || f.sharePass != "" {
			return export.Shares{}, fmt.Errorf("%w: --shares-out, --holder and --%s need --shares K-of-N", errUsage, sharePassFlag)
		}
		return export.Shares{}, nil
	}
	s, err := export.ParseShares(f.shares)
	if err != nil {
		return s, fmt.Errorf("%w: --shares: %w", errUsage, err)
	}
	if len(f.holders) > s.N {
		return s, fmt.Errorf("%w: %d --holder labels for %d share sheets", errUsage, len(f.holders), s.N)
	}
	if f.passFile != "" || f.hint {
		return s, fmt.Errorf("%w: a shared backup has no passphrase: --shares does not go with --backup-passphrase-file or --hint-line", errUsage)
	}
	if f.sharesOut == "" {
		f.sharesOut = strings.TrimSuffix(f.out, filepath.Ext(f.out)) + "-shares.pdf"
	}
	s.Passphrase, err = readSharePassphrase(f.sharePass)
	return s, err
}

func (c *cli) printBackup(v *vault.Vault, f backupFlags, paper export.Paper, sharing export.Shares) error {
	items, err := pickItems(v.Snapshot(), f.items)
	if err != nil {
		return err
	}
	pass := ""
	if !sharing.On() {
		if pass, err = c.backupPassphrase(v, f.passFile); err != nil {
			return err
		}
	}
	b, err := export.Create(items, v.ID(), pass, export.Options{Paper: paper, WorkFactor: f.workFactor,
		AllowWeakWorkFactor: c.io.TestWorkFactors, Now: c.io.Now, NoText: f.noText, ListTitles: f.listTitles, HintLine: f.hint,
		Shares: sharing})
	if err != nil {
		return err
	}
	if err := writeBackupFiles(b, f); err != nil {
		return err
	}
	rec := b.LedgerRecord(items)
	rec.Location = f.location
	if rec.Shared != nil && len(f.holders) > 0 {
		rec.Shared.Holders = append([]string(nil), f.holders...)
	}
	err = v.Update(func(d *vault.Data) error {
		d.RecordBackup(rec)
		return nil
	})
	if err != nil {
		return fmt.Errorf("the backup was written to %s but the vault could not record it: %w", f.out, err)
	}
	fmt.Fprintf(c.io.Stdout, "backup %s: %d item(s), %d page(s) (%d with codes), %d encrypted bytes, %d codes of which any %d rebuild it\n",
		b.ID, len(items), rec.Pages, len(b.Pages), b.CiphertextLen, len(b.Frames), b.DataFrames)
	if b.Shared() {
		fmt.Fprintf(c.io.Stdout, "wrote %s (code pages) and %s (%d share sheets, any %d of which open the backup with the code pages)\n",
			f.out, f.sharesOut, sharing.N, sharing.K)
		fmt.Fprintf(c.io.Stdout, "print both at 100%% scale, give each share sheet to a different person, then delete %s: it holds every share\n", f.sharesOut)
		if sharing.Passphrase != "" {
			fmt.Fprintln(c.io.Stdout, "the shares also need their SLIP-39 passphrase, on no sheet: a wrong one gives no error in SLIP-39 tools, only a key that opens nothing")
		}
		return nil
	}
	fmt.Fprintf(c.io.Stdout, "wrote %s; print it at 100%% scale and keep it apart from the passphrase\n", f.out)
	return nil
}

// writeBackupFiles writes the PDF, the share sheets of a shared backup and the
// optional PNG pages.
func writeBackupFiles(b *export.Backup, f backupFlags) error {
	if err := vault.WriteNewFile(f.out, 0o600, b.WritePDF); err != nil {
		return err
	}
	if b.Shared() {
		if err := vault.WriteNewFile(f.sharesOut, 0o600, b.WriteShareSheets); err != nil {
			return err
		}
	}
	if f.pngDir == "" {
		return nil
	}
	if err := writePNGPages(f.pngDir, b); err != nil {
		return err
	}
	if b.Shared() {
		return writePNGShareSheets(f.pngDir, b)
	}
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

// refuseExisting refuses to write over a file the user already has.
func refuseExisting(path string) error {
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("%s already exists; Coffer never overwrites files: choose another name", path)
	}
	return nil
}

// checkFolder refuses a --png folder that does not exist (Coffer creates files only
// through vault.WriteNewFile, and folders not at all).
func checkFolder(dir string) error {
	if dir == "" {
		return nil
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return fmt.Errorf("--png %s: no such folder; create it first", dir)
	}
	return nil
}

// writePNGShareSheets writes every share sheet as DIR/<backup ID>-share-N.png at 150 dpi.
func writePNGShareSheets(dir string, b *export.Backup) error {
	imgs, err := b.ShareSheetImages(150)
	if err != nil {
		return err
	}
	for i, img := range imgs {
		path := filepath.Join(dir, fmt.Sprintf("%s-share-%d.png", b.ID, i+1))
		if err := vault.WriteNewFile(path, 0o600, func(w io.Writer) error { return png.Encode(w, img) }); err != nil {
			return err
		}
	}
	return nil
}

// writePNGPages writes every page as DIR/<backup ID>-page-N.png at 150 dpi.
func writePNGPages(dir string, b *export.Backup) error {
	imgs, err := b.PageImages(150)
	if err != nil {
		return err
	}
	for i, img := range imgs {
		path := filepath.Join(dir, fmt.Sprintf("%s-page-%d.png", b.ID, i+1))
		if err := vault.WriteNewFile(path, 0o600, func(w io.Writer) error { return png.Encode(w, img) }); err != nil {
			return err
		}
	}
	return nil
}
