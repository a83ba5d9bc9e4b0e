package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"coffer/vault"
	"coffer/vault/importer"
)

// importFlags are the options of the import command.
type importFlags struct {
	format   importer.Format
	dryRun   bool
	asJSON   bool
	passFile string
}

func (c *cli) parseImportFlags(args []string) (*importFlags, *commonFlags, []string, error) {
	fs, cf := c.flags("import")
	f := &importFlags{}
	format := fs.String("format", "", "the export's `format` instead of detecting it: "+formatNames())
	fs.BoolVar(&f.dryRun, "dry-run", false, "print what would be imported; change nothing")
	fs.BoolVar(&f.asJSON, "json", false, "print JSON")
	fs.StringVar(&f.passFile, "import-passphrase-file", "", "password of encrypted exports from `file` (else $COFFER_IMPORT_PASSPHRASE, else a prompt)")
	if err := c.parse(fs, args); err != nil {
		return nil, nil, nil, err
	}
	if fs.NArg() == 0 {
		return nil, nil, nil, fmt.Errorf("%w: import needs at least one export file (or screenshots of Google Authenticator's transfer codes)", errUsage)
	}
	if *format != "" {
		ff, err := importer.ParseFormat(*format)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		f.format = ff
	}
	return f, cf, fs.Args(), nil
}

func formatNames() string {
	names := make([]string, len(importer.Formats))
	for i, f := range importer.Formats {
		names[i] = string(f)
	}
	return strings.Join(names, ", ")
}

// cmdImport reads every file, then adds the new entries to the vault in one save.
// Duplicates are skipped; an entry whose title matches a different item is kept
// beside it, marked "(imported)". Nothing is written if any file cannot be read.
func (c *cli) cmdImport(args []string) error {
	f, cf, paths, err := c.parseImportFlags(args)
	if err != nil {
		return err
	}
	var results []importer.Result
	for _, p := range paths {
		r, err := c.readExport(p, f)
		if err != nil {
			return fmt.Errorf("%s: %w; nothing was imported", p, err)
		}
		results = append(results, r)
	}
	all := importer.Join(results...)
	v, err := c.openVault(cf, f.dryRun)
	if err != nil {
		return err
	}
	defer v.Close()
	rows := importer.Preview(v.Snapshot().Active(), all.Entries)
	out := importJSON{DryRun: f.dryRun, Vault: v.Path(), Warnings: nonNilStrings(all.Warnings), Rows: rowsJSON(rows)}
	for i, r := range results {
		out.Files = append(out.Files, importFileJSON{Path: paths[i], Format: r.Format, Encrypted: r.Encrypted,
			Description: r.Describe(), Entries: len(r.Entries)})
	}
	if !f.dryRun {
		var rep importer.ImportReport
		err := v.Update(func(d *vault.Data) error {
			var err error
			rep, err = importer.Apply(d, rows, v.Now())
			return err
		})
		if err != nil {
			return fmt.Errorf("%w; nothing was imported", err)
		}
		out.Report = &rep
	}
	if f.asJSON {
		return writeJSON(c.io.Stdout, out)
	}
	c.writeImport(c.io.Stdout, out)
	return nil
}

// readExport reads and parses one file, asking for its password when it is
// encrypted (again after a wrong typed password, up to three times).
func (c *cli) readExport(path string, f *importFlags) (importer.Result, error) {
	data, err := importer.ReadFile(path)
	if err != nil {
		if errors.Is(err, importer.ErrTooLarge) {
			return importer.Result{}, err
		}
		return importer.Result{}, fmt.Errorf("cannot read the file: %v", unwrapPath(err))
	}
	opts := importer.Options{Format: f.format}
	r, err := importer.Parse(path, data, opts)
	if !errors.Is(err, importer.ErrPasswordNeeded) {
		return r, err
	}
	for attempt := 1; ; attempt++ {
		pass, given, err := c.explicitPassphrase(f.passFile, "COFFER_IMPORT_PASSPHRASE")
		if err != nil {
			return importer.Result{}, err
		}
		if !given {
			prompt := fmt.Sprintf("Password of %s (%s): ", path, r.Detection)
			if pass, err = c.promptPassphrase(prompt, "use --import-passphrase-file FILE or set COFFER_IMPORT_PASSPHRASE"); err != nil {
				return importer.Result{}, err
			}
		}
		opts.Password = pass
		res, err := importer.Parse(path, data, opts)
		if err == nil || !errors.Is(err, importer.ErrWrongPassword) || given || c.io.ReadPassword == nil || attempt == 3 {
			return res, err
		}
		fmt.Fprintln(c.io.Stderr, "coffer: wrong password for this export (or the file was changed); try again")
	}
}

// unwrapPath drops the path from an os error: the caller names the file.
func unwrapPath(err error) error {
	var pe interface{ Unwrap() error }
	if errors.As(err, &pe) && pe.Unwrap() != nil {
		return pe.Unwrap()
	}
	return err
}

// importJSON is what import prints with --json.
type importJSON struct {
	DryRun   bool                   `json:"dry_run"`
	Vault    string                 `json:"vault"`
	Files    []importFileJSON       `json:"files"`
	Warnings []string               `json:"warnings"`
	Rows     []rowJSON              `json:"rows"`
	Report   *importer.ImportReport `json:"report,omitempty"`
}

type importFileJSON struct {
	Path        string          `json:"path"`
	Format      importer.Format `json:"format"`
	Encrypted   bool            `json:"encrypted"`
	Description string          `json:"description"`
	Entries     int             `json:"entries"`
}

// rowJSON is one preview row; it never holds the secret.
type rowJSON struct {
	Status   string     `json:"status"`
	Kind     vault.Kind `json:"kind"`
	Title    string     `json:"title"`
	Username string     `json:"username,omitempty"`
	Match    string     `json:"match,omitempty"`
	Reason   string     `json:"reason,omitempty"`
	Import   bool       `json:"import"`
}

var statusCodes = map[importer.Status]string{importer.StatusNew: "new", importer.StatusDuplicate: "duplicate",
	importer.StatusConflict: "conflict", importer.StatusSkipped: "skipped"}

func rowsJSON(rows []importer.Row) []rowJSON {
	out := make([]rowJSON, len(rows))
	for i, r := range rows {
		out[i] = rowJSON{Status: statusCodes[r.Status], Kind: r.Item.Kind, Title: r.Item.Title,
			Username: r.Item.Username, Match: r.Match, Reason: r.Skip, Import: r.Import && !r.Skipped()}
	}
	return out
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// writeImport prints the preview and, after a real import, what was done.
func (c *cli) writeImport(w io.Writer, out importJSON) {
	for _, f := range out.Files {
		fmt.Fprintf(w, "%s: %s\n", f.Path, f.Description)
	}
	for _, warn := range out.Warnings {
		fmt.Fprintf(c.io.Stderr, "coffer: warning: %s\n", warn)
	}
	for _, r := range out.Rows {
		line := fmt.Sprintf("  %-10s %-14s %s", r.Status, r.Kind, r.Title)
		if r.Username != "" && !strings.Contains(r.Title, r.Username) {
			line += " [" + r.Username + "]"
		}
		switch r.Status {
		case "skipped":
			line += ": " + r.Reason
		case "duplicate":
			line += ": already in the vault, not imported again"
		case "conflict":
			line += ": an item with this title holds a different secret; kept beside it as \"" + r.Title + " (imported)\""
		}
		fmt.Fprintln(w, line)
	}
	if out.Report == nil {
		fmt.Fprintln(w, "dry run: nothing was written")
		return
	}
	rep := out.Report
	fmt.Fprintf(w, "imported into %s: %d added, %d kept beside a different item (marked \"imported\"), %d already there (skipped), %d cannot be imported\n",
		out.Vault, rep.Added, rep.KeptBoth, rep.Duplicates, rep.Skipped)
	if rep.Added+rep.KeptBoth > 0 {
		fmt.Fprintln(w, "Delete the export file(s) now: they hold these secrets unencrypted or under a weaker password.")
		fmt.Fprintln(w, "These keys are on no paper backup yet: print one with 'coffer backup --out FILE.pdf'.")
	}
}
