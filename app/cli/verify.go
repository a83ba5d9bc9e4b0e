package cli

import (
	"errors"
	"fmt"

	"coffer/export"
	"coffer/export/restore"
	"coffer/vault"
)

// fileJSON is one input's result in --json output.
type fileJSON struct {
	Path   string `json:"path"`
	Page   int    `json:"page,omitempty"`
	Codes  int    `json:"codes"`
	Shares int    `json:"shares,omitempty"`
	// TextPage names a Coffer text page (list of items, typed lines): no codes on
	// it, and no error either.
	TextPage *export.TextMark `json:"text_page,omitempty"`
	Error    string           `json:"error,omitempty"`
}

// shareSetJSON is what was read of one set of share sheets, in --json output.
type shareSetJSON struct {
	Identifier uint16 `json:"identifier"`
	Needed     int    `json:"needed"`
	Members    []int  `json:"members_read"`
}

// backupJSON is one backup's status in --json output.
type backupJSON struct {
	BackupID    string `json:"backup_id"`
	Found       int    `json:"frames_found"`
	Needed      int    `json:"frames_needed"`
	Total       int    `json:"frames_total"`
	Missing     []int  `json:"missing_codes"`
	Recoverable bool   `json:"recoverable"`
	// ParityChecked: spare codes confirm the codes read; Inconsistent: they disagree
	// and too few agree to tell which are right.
	ParityChecked bool     `json:"parity_checked"`
	Inconsistent  bool     `json:"inconsistent"`
	BadCodes      []string `json:"bad_codes"`
	MoreNeeded    int      `json:"more_needed"`
	Decrypted     *bool    `json:"decrypted,omitempty"`
	Items         *int     `json:"items,omitempty"`
}

// restoreJSON is the --json output of verify and restore.
type restoreJSON struct {
	Files    []fileJSON         `json:"files"`
	Backups  []backupJSON       `json:"backups"`
	Shares   []shareSetJSON     `json:"share_sets,omitempty"`
	Restored *restoredJSON      `json:"restored,omitempty"`
	Ledger   string             `json:"ledger,omitempty"`
	Merge    *vault.MergeReport `json:"merge,omitempty"`
}

// restoredJSON says where restore put the items.
type restoredJSON struct {
	BackupID string `json:"backup_id"`
	Items    int    `json:"items"`
	Vault    string `json:"vault"`
	New      bool   `json:"new_vault"`
}

func reportJSON(s *restore.Session) restoreJSON {
	out := restoreJSON{Files: []fileJSON{}, Backups: []backupJSON{}}
	for _, r := range s.Reports() {
		out.Files = append(out.Files, fileJSON{Path: r.Path, Page: r.Page, Codes: r.Codes, Shares: r.Shares, TextPage: r.TextPage, Error: r.Problem()})
	}
	for _, set := range s.ShareSets() {
		out.Shares = append(out.Shares, shareSetJSON{Identifier: set.Identifier, Needed: set.Needed, Members: set.Members})
	}
	for _, st := range s.Backups() {
		missing := st.Missing
		if missing == nil {
			missing = []int{}
		}
		out.Backups = append(out.Backups, backupJSON{BackupID: st.BackupID, Found: st.Found, Needed: st.Needed,
			Total: st.Total, Missing: missing, Recoverable: st.Recoverable, MoreNeeded: st.MoreNeeded,
			ParityChecked: st.ParityChecked, Inconsistent: st.Inconsistent, BadCodes: badCodes(st.BadCodes)})
	}
	return out
}

// badCodes describes the codes set aside, never nil so JSON prints [].
func badCodes(bad []export.BadCode) []string {
	out := make([]string, len(bad))
	for i, b := range bad {
		out[i] = b.String()
	}
	return out
}

func (c *cli) cmdVerify(args []string) error {
	rf, cf, paths, err := c.parseRestoreFlags("verify", args)
	if err != nil {
		return err
	}
	s := c.gather(paths, rf.asJSON || rf.quiet)
	out := reportJSON(s)
	chosen, err := c.verifyChoice(s, rf)
	var p *export.Payload
	if err == nil {
		p, err = c.verifyDecrypt(s, rf, chosen, &out)
	}
	if err == nil {
		out.Ledger, err = c.recordCheck(cf, chosen.BackupID, p)
	}
	if err == nil && p == nil {
		err = errNotDecrypted(chosen.BackupID)
	}
	if rf.asJSON {
		if jerr := writeJSON(c.io.Stdout, out); jerr != nil {
			return jerr
		}
	} else {
		writeBackupStatus(c.io.Stdout, s.Backups())
		writeShareStatus(c.io.Stdout, s.ShareSets())
		if out.Ledger != "" {
			fmt.Fprintln(c.io.Stdout, out.Ledger)
		}
	}
	return err
}

// errNotDecrypted is verify's failure when every code is there but nothing proved
// that the passphrase the user will have opens them.
func errNotDecrypted(id string) error {
	return fmt.Errorf("codes read, not decrypted: backup %s has enough codes, but only decrypting shows that it opens; "+
		"give the backup passphrase to check it (%s)", id, backupPassphraseHint)
}

// verifyChoice picks the backup and fails unless it can be rebuilt.
func (c *cli) verifyChoice(s *restore.Session, rf *restoreFlags) (export.Status, error) {
	chosen, err := chooseBackup(s.Backups(), rf.backupID)
	if err != nil {
		return chosen, err
	}
	if !chosen.Recoverable {
		return chosen, fmt.Errorf("backup %s cannot be rebuilt yet: %d more code(s) needed", chosen.BackupID, chosen.MoreNeeded)
	}
	return chosen, nil
}

// verifyDecrypt decrypts the chosen backup when a backup passphrase is given or
// typed; it returns a nil payload when none was (Enter alone at the prompt).
func (c *cli) verifyDecrypt(s *restore.Session, rf *restoreFlags, chosen export.Status, out *restoreJSON) (*export.Payload, error) {
	p, _, err := c.decrypt(s, chosen.BackupID, rf.passFile, true)
	if p == nil && err == nil {
		return nil, nil
	}
	ok := err == nil
	for i := range out.Backups {
		if out.Backups[i].BackupID == chosen.BackupID {
			out.Backups[i].Decrypted = &ok
			if ok {
				n := len(p.Items)
				out.Backups[i].Items = &n
			}
		}
	}
	if err != nil {
		return nil, err
	}
	if !rf.asJSON {
		fmt.Fprintf(c.io.Stdout, "decrypted backup %s: %d item(s)\n", chosen.BackupID, len(p.Items))
	}
	return p, nil
}

func (c *cli) cmdRestore(args []string) error {
	rf, cf, paths, err := c.parseRestoreFlags("restore", args)
	if err != nil {
		return err
	}
	if rf.newPath != "" {
		if err := refuseExisting(rf.newPath); err != nil {
			return err
		}
	}
	s := c.gather(paths, rf.asJSON || rf.quiet)
	out := reportJSON(s)
	chosen, err := c.verifyChoice(s, rf)
	if err != nil {
		c.finishRestoreOutput(rf, s, out)
		return err
	}
	p, pass, err := c.decrypt(s, chosen.BackupID, rf.passFile, false)
	if err != nil {
		c.finishRestoreOutput(rf, s, out)
		return err
	}
	merge, where, err := c.restoreInto(cf, rf, p, pass)
	if err != nil {
		return err
	}
	out.Merge = &merge
	out.Restored = &restoredJSON{BackupID: chosen.BackupID, Items: len(p.Items), Vault: where, New: rf.newPath != ""}
	c.finishRestoreOutput(rf, s, out)
	return nil
}

func (c *cli) finishRestoreOutput(rf *restoreFlags, s *restore.Session, out restoreJSON) {
	if rf.asJSON {
		_ = writeJSON(c.io.Stdout, out)
		return
	}
	writeBackupStatus(c.io.Stdout, s.Backups())
	writeShareStatus(c.io.Stdout, s.ShareSets())
	if out.Restored != nil {
		m := out.Merge
		fmt.Fprintf(c.io.Stdout, "restored backup %s into %s: %d added, %d already there (skipped), %d kept beside a different item with the same ID (marked \"restored\")\n",
			out.Restored.BackupID, out.Restored.Vault, m.Added, m.Skipped, m.KeptBoth)
	}
}

// restoreInto merges the items into the current vault, or creates the --new vault.
func (c *cli) restoreInto(cf *commonFlags, rf *restoreFlags, p *export.Payload, backupPass string) (vault.MergeReport, string, error) {
	var v *vault.Vault
	var err error
	if rf.newPath != "" {
		v, err = c.createRestoreVault(rf, backupPass)
	} else {
		v, err = c.openVault(cf, false)
	}
	if err != nil {
		return vault.MergeReport{}, "", err
	}
	defer v.Close()
	var report vault.MergeReport
	err = v.Update(func(d *vault.Data) error {
		var err error
		report, err = restore.MergeChecked(d, p, v.Now())
		return err
	})
	if err != nil {
		return report, "", err
	}
	return report, v.Path(), nil
}

// createRestoreVault makes the --new vault, with COFFER_NEW_PASSPHRASE or the backup
// passphrase.
func (c *cli) createRestoreVault(rf *restoreFlags, backupPass string) (*vault.Vault, error) {
	pass := c.secret("COFFER_NEW_PASSPHRASE")
	if pass == "" && backupPass == "" {
		return nil, errors.New("a shared backup has no passphrase to reuse: set COFFER_NEW_PASSPHRASE for the new vault")
	}
	if pass == "" {
		pass = backupPass
		fmt.Fprintln(c.io.Stderr, "coffer: the new vault uses the backup passphrase")
	}
	if err := checkStrength("new vault passphrase", pass); err != nil {
		return nil, fmt.Errorf("%w; set COFFER_NEW_PASSPHRASE to a stronger one", err)
	}
	opts := c.options(false)
	opts.WorkFactor = rf.workFactor
	return vault.Create(rf.newPath, pass, opts)
}
