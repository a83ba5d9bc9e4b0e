package cli

import (
	"fmt"
	"io"

	"coffer/vault"
)

// statusJSON is the paper-backup status as `coffer status --json` prints it.
type statusJSON struct {
	NotOnPaper   []itemJSON         `json:"not_on_paper"`
	ChangedSince []itemJSON         `json:"changed_since"`
	NotChecked   []itemJSON         `json:"on_paper_not_checked"`
	UpToDate     int                `json:"up_to_date"`
	Backups      []ledgerRecordJSON `json:"backups"`
}

// ledgerRecordJSON is a ledger record with its state: "printed", "codes read" or "checked".
type ledgerRecordJSON struct {
	vault.BackupRecord
	State string `json:"state"`
}

func (c *cli) cmdStatus(args []string) error {
	return c.report("status", args, func(d *vault.Data, asJSON bool) error {
		v := viewPaper(d)
		if asJSON {
			return writeJSON(c.io.Stdout, statusJSON{NotOnPaper: summaries(v.NotOnPaper),
				ChangedSince: summaries(v.Changed), NotChecked: summaries(v.NotChecked),
				UpToDate: len(v.UpToDate), Backups: ledgerJSON(d.Backups)})
		}
		writeStatus(c.io.Stdout, d, v)
		return nil
	})
}

func ledgerJSON(records []vault.BackupRecord) []ledgerRecordJSON {
	out := make([]ledgerRecordJSON, len(records))
	for i, b := range records {
		out[i] = ledgerRecordJSON{BackupRecord: b, State: backupState(b)}
	}
	return out
}

// stateText says in words what a backup's state means.
func stateText(b vault.BackupRecord) string {
	switch backupState(b) {
	case stateChecked:
		return "checked " + b.Verified.Local().Format("2006-01-02") + " (read back and decrypted)"
	case stateCodesRead:
		return "codes read, not decrypted"
	}
	return "printed, never read back"
}

func writeStatus(w io.Writer, d *vault.Data, v paperView) {
	fmt.Fprintf(w, "Paper backups: %d\n", len(d.Backups))
	for _, b := range d.Backups {
		fmt.Fprintf(w, "  %s  %s  %-6s %d page(s), %d item(s), %s\n", b.ID, b.Created.Local().Format("2006-01-02 15:04"),
			b.Paper, b.Pages, len(b.Items), stateText(b))
		if b.Location != "" {
			fmt.Fprintf(w, "            kept: %s\n", b.Location)
		}
	}
	fmt.Fprintf(w, "Up to date on paper (on a checked backup): %d item(s)\n", len(v.UpToDate))
	listTitles(w, "On paper but not checked yet", v.NotChecked)
	listTitles(w, "Not on paper yet", v.NotOnPaper)
	listTitles(w, "Changed since their last paper backup", v.Changed)
	if len(v.NotOnPaper)+len(v.Changed) > 0 {
		fmt.Fprintln(w, "Run 'coffer backup --out FILE.pdf' and print it to protect them.")
	}
	if len(v.NotChecked) > 0 {
		fmt.Fprintln(w, "Scan the printed sheets and run 'coffer verify SCANS...' with the backup passphrase to check them.")
	}
}

func listTitles(w io.Writer, heading string, items []vault.Item) {
	fmt.Fprintf(w, "%s: %d item(s)\n", heading, len(items))
	for _, it := range items {
		fmt.Fprintf(w, "  %s  %s\n", it.ID[:8], it.Title)
	}
}
