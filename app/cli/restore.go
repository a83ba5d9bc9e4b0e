package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"coffer/app/internal/explain"
	"coffer/export"
	"coffer/export/restore"
	"coffer/export/scan"
	"coffer/vault"
)

// restoreFlags are the options shared by verify and restore.
type restoreFlags struct {
	asJSON     bool
	quiet      bool // no progress on the terminal
	backupID   string
	passFile   string
	sharePass  string // --share-passphrase-file
	newPath    string // restore --new: a new vault instead of the current one
	workFactor int    // scrypt work factor of the --new vault
}

// parseRestoreFlags parses the options of verify or restore and returns the files.
func (c *cli) parseRestoreFlags(name string, args []string) (*restoreFlags, *commonFlags, []string, error) {
	fs, cf := c.flags(name)
	rf := &restoreFlags{}
	fs.BoolVar(&rf.asJSON, "json", false, "print JSON")
	fs.BoolVar(&rf.quiet, "quiet", false, "no progress on the terminal while the files are read")
	fs.StringVar(&rf.backupID, "backup", "", "the backup `ID` to use when the files hold several")
	fs.StringVar(&rf.passFile, "backup-passphrase-file", "", "backup passphrase from `file` (else $COFFER_BACKUP_PASSPHRASE)")
	registerSharePassphrase(fs, &rf.sharePass, "a shared backup made with a SLIP-39 passphrase: the passphrase from `file`")
	fs.StringVar(&rf.newPath, "new", "", "restore into a new vault at `path` instead of the current one")
	fs.IntVar(&rf.workFactor, "work-factor", vault.DefaultWorkFactor, "scrypt work factor of a --new vault")
	if err := c.parse(fs, args); err != nil {
		return nil, nil, nil, err
	}
	if fs.NArg() == 0 {
		return nil, nil, nil, fmt.Errorf("%w: %s needs at least one file (photos, scans, PDFs or typed lines)", errUsage, name)
	}
	var err error
	if c.sharePass, err = readSharePassphrase(rf.sharePass); err != nil {
		return nil, nil, nil, err
	}
	if name == "verify" && rf.newPath != "" {
		return nil, nil, nil, fmt.Errorf("%w: verify does not take --new", errUsage)
	}
	if rf.newPath != "" {
		if err := c.checkWorkFactor(rf.workFactor, minVaultWorkFactor, "a vault"); err != nil {
			return nil, nil, nil, err
		}
	}
	return rf, cf, fs.Args(), nil
}

// gather scans the files and reports per-file problems on stderr. On a
// terminal, unless quiet, it also shows the file being read and how far, on
// one line rewritten in place, and what each file gave.
func (c *cli) gather(paths []string, quiet bool) *restore.Session {
	s := restore.NewSession()
	var line *progressLine
	if !quiet && c.io.StderrTerminal {
		line = &progressLine{w: c.io.Stderr, now: time.Now}
	}
	for i, p := range paths {
		line.start(p, i+1, len(paths))
		reports := s.AddFiles([]string{p}, scan.Options{OnProgress: line.show})
		line.clear()
		for _, r := range reports {
			switch {
			case r.Err != nil:
				fmt.Fprintf(c.io.Stderr, "coffer: %s: %v\n", pageName(r), r.Err)
			case line != nil:
				fmt.Fprintf(c.io.Stderr, "coffer: %d/%d %s: %s\n", i+1, len(paths), pageName(r), readSummary(r))
			}
		}
	}
	return s
}

// progressLine shows on a terminal which file is being read, how long it has
// taken and how many codes it gave so far, rewriting one line. A nil
// *progressLine shows nothing.
type progressLine struct {
	w     io.Writer
	now   func() time.Time
	file  string
	num   string // "2/5"
	begin time.Time
}

// start shows that file number i of n is being read.
func (l *progressLine) start(path string, i, n int) {
	if l == nil {
		return
	}
	l.file, l.num, l.begin = path, fmt.Sprintf("%d/%d", i, n), l.now()
	l.write(fmt.Sprintf("coffer: reading %s %s", l.num, path))
}

// show redraws the line for a progress report of package scan.
func (l *progressLine) show(p scan.FileProgress) {
	if l == nil {
		return
	}
	where := l.file
	if p.Page > 0 {
		where = fmt.Sprintf("%s page %d", l.file, p.Page)
	}
	l.write(fmt.Sprintf("coffer: reading %s %s: %s so far, %.1f s", l.num, where,
		plural(p.Codes, "code", "codes"), l.now().Sub(l.begin).Seconds()))
}

// clear erases the line, so the next output starts on a clean one.
func (l *progressLine) clear() {
	if l != nil {
		fmt.Fprint(l.w, "\r\x1b[K")
	}
}

func (l *progressLine) write(s string) { fmt.Fprintf(l.w, "\r\x1b[K%s", s) }

// plural is "1 code" or "n codes".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// readSummary says what one file or page gave, for the terminal.
func readSummary(r restore.FileReport) string {
	switch {
	case r.Shares > 0:
		return plural(r.Shares, "share sheet", "share sheets")
	case r.Codes == 0 && r.TextPage != nil:
		return r.TextPageLine()
	case r.Codes == 0 && r.Others > 0:
		return plural(r.Others, "QR code, not Coffer's", "QR codes, not Coffer's")
	}
	return plural(r.Codes, "code", "codes")
}

func pageName(r restore.FileReport) string {
	if r.Page > 0 {
		return fmt.Sprintf("%s page %d", r.Path, r.Page)
	}
	return r.Path
}

// chooseBackup picks the backup to restore: the one asked for, or the only one.
func chooseBackup(all []export.Status, id string) (export.Status, error) {
	if len(all) == 0 {
		return export.Status{}, errors.New("no Coffer codes were found in these files")
	}
	if id != "" {
		for _, st := range all {
			if strings.EqualFold(st.BackupID, id) {
				return st, nil
			}
		}
		return export.Status{}, fmt.Errorf("backup %s: %w", id, restore.ErrUnknownBackup)
	}
	if len(all) > 1 {
		ids := make([]string, len(all))
		for i, st := range all {
			ids[i] = st.BackupID
		}
		return export.Status{}, fmt.Errorf("these files hold %d different backups (%s); choose one with --backup ID",
			len(all), strings.Join(ids, ", "))
	}
	return all[0], nil
}

// writeBackupStatus says in words what was found of each backup.
func writeBackupStatus(w io.Writer, all []export.Status) {
	for _, st := range all {
		fmt.Fprintf(w, "backup %s: %d of %d codes read, any %d rebuild it\n", st.BackupID, st.Found, st.Total, st.Needed)
		for _, pg := range st.Pages {
			if len(pg.Missing) == 0 {
				fmt.Fprintf(w, "  page %d: all %d codes read\n", pg.Page, len(pg.Codes))
			} else {
				fmt.Fprintf(w, "  page %d: missing code(s) %s\n", pg.Page, explain.Numbers(pg.Missing))
			}
		}
		switch {
		case st.Recoverable && st.ParityChecked:
			fmt.Fprintln(w, "  this backup can be rebuilt (the spare codes confirm the others)")
		case st.Recoverable:
			fmt.Fprintln(w, "  this backup can be rebuilt (no spare code read to confirm the others: only decrypting checks them)")
		case st.Inconsistent:
			fmt.Fprintln(w, "  NOT restorable yet: the codes read disagree and too few agree; read more codes, or leave out the scans named below")
		default:
			fmt.Fprintf(w, "  NOT restorable yet: read %d more code(s) from any page, or type their lines\n", st.MoreNeeded)
		}
		for _, b := range st.BadCodes {
			fmt.Fprintf(w, "  set aside: %s\n", b)
		}
	}
}

// restorePassphrase reads the backup passphrase to decrypt with: file, environment or
// a prompt. optional (verify) lets Enter alone at the prompt skip the decrypt: it then
// returns "" and no error.
func (c *cli) restorePassphrase(file string, optional bool) (pass string, given bool, err error) {
	p, given, err := c.explicitPassphrase(file, "COFFER_BACKUP_PASSPHRASE")
	if err != nil || given {
		return p, given, err
	}
	if optional {
		if c.io.ReadPassword == nil {
			return "", false, nil
		}
		p, err = c.io.ReadPassword("Backup passphrase, to check that it decrypts (Enter alone: check the codes only): ")
		if err != nil && !errors.Is(err, io.EOF) {
			return "", false, fmt.Errorf("reading passphrase: %w", err)
		}
		return p, false, nil
	}
	p, err = c.promptPassphrase("Backup passphrase: ", backupPassphraseHint)
	return p, false, err
}

// decrypt opens the chosen backup, asking again on a wrong typed passphrase. With
// optional and no passphrase it returns nil, "", nil.
func (c *cli) decrypt(s *restore.Session, id, file string, optional bool) (*export.Payload, string, error) {
	if s.Shared(id) {
		p, err := openShared(s, id, c.sharePass)
		return p, "", err
	}
	for attempt := 1; ; attempt++ {
		pass, given, err := c.restorePassphrase(file, optional)
		if err != nil || pass == "" {
			return nil, "", err
		}
		p, err := s.Open(id, pass)
		if err == nil {
			return p, pass, nil
		}
		if !errors.Is(err, export.ErrBadPassphrase) || given || c.io.ReadPassword == nil || attempt == 3 {
			return nil, "", err
		}
		fmt.Fprintln(c.io.Stderr, "coffer: wrong backup passphrase; try again (the codes are kept, nothing is rescanned)")
	}
}

// openShared opens a shared backup with the share sheets read and the SLIP-39
// passphrase of the shares, usually none.
func openShared(s *restore.Session, id, sharePass string) (*export.Payload, error) {
	if len(s.ShareSets()) == 0 {
		return nil, fmt.Errorf("backup %s is shared: it opens with its share sheets, not a passphrase; "+
			"add photos, scans or PDFs of enough share sheets, or a text file of their typed words", id)
	}
	p, err := s.OpenSharedWith(id, sharePass)
	if errors.Is(err, export.ErrWrongShares) {
		return nil, fmt.Errorf("%w (or, if the shares were made with a SLIP-39 passphrase, it is missing or wrong: "+
			"SLIP-39 cannot tell; give it with --%s)", err, sharePassFlag)
	}
	return p, err
}

// writeShareStatus says what was read of each set of share sheets.
func writeShareStatus(w io.Writer, sets []restore.ShareSet) {
	for _, set := range sets {
		fmt.Fprintf(w, "share set %05d: %s (share(s) %s read)\n", set.Identifier, set, explain.Numbers(set.Members))
	}
}

// updateLedger opens the vault without prompting, applies change and saves; it
// returns what to tell the user.
func (c *cli) updateLedger(cf *commonFlags, change func(d *vault.Data, now time.Time) (string, error)) string {
	path, err := c.resolveVaultPath()
	if err != nil {
		return ""
	}
	if _, err := os.Stat(path); err != nil {
		return ""
	}
	saved := c.io.ReadPassword
	c.io.ReadPassword = nil // never prompt just for the ledger
	defer func() { c.io.ReadPassword = saved }()
	msg, err := c.update(cf, change)
	if err != nil {
		return "the vault's ledger was not updated: " + explain.Error(err)
	}
	return msg
}
