package cli

import (
	"fmt"
	"io"

	"coffer/vault"
)

// statusJSON is the paper-backup status as `coffer status --json` prints it.
type statusJSON struct {
	NotOnPaper   []itemJSON           `json:"not_on_paper"`
	ChangedSince []itemJSON           `json:"changed_since"`
	UpToDate     int                  `json:"up_to_date"`
	Backups      []vault.BackupRecord `json:"backups"`
}

func (c *cli) cmdStatus(args []string) error {
	return c.report("status", args, func(d *vault.Data, asJSON bool) error {
		st := d.PaperStatus()
		if asJSON {
			return writeJSON(c.io.Stdout, statusJSON{NotOnPaper: summaries(st.NotOnPaper),
				ChangedSince: summaries(st.ChangedSince), UpToDate: len(st.UpToDate), Backups: nonNilBackups(d.Backups)})
		}
		writeStatus(c.io.Stdout, d, st)
		return nil
	})
}

func nonNilBackups(b []vault.BackupRecord) []vault.BackupRecord {
	if b == nil {
		return []vault.BackupRecord{}
	}
	return b
}

func writeStatus(w io.Writer, d *vault.Data, st vault.PaperStatus) {
	fmt.Fprintf(w, "Paper backups: %d\n", len(d.Backups))
	for _, b := range d.Backups {
		verified := "not checked yet"
		if b.Verified != nil {
			verified = "checked " + b.Verified.Local().Format("2006-01-02")
		}
		fmt.Fprintf(w, "  %s  %s  %-6s %d page(s), %d item(s), %s\n", b.ID, b.Created.Local().Format("2006-01-02 15:04"),
			b.Paper, b.Pages, len(b.Items), verified)
		if b.Location != "" {
			fmt.Fprintf(w, "            kept: %s\n", b.Location)
		}
	}
	fmt.Fprintf(w, "Up to date on paper: %d item(s)\n", len(st.UpToDate))
	listTitles(w, "Not on paper yet", st.NotOnPaper)
	listTitles(w, "Changed since their last paper backup", st.ChangedSince)
	if len(st.NotOnPaper)+len(st.ChangedSince) > 0 {
		fmt.Fprintln(w, "Run 'coffer backup --out FILE.pdf' and print it to protect them.")
	}
}

func listTitles(w io.Writer, heading string, items []vault.Item) {
	fmt.Fprintf(w, "%s: %d item(s)\n", heading, len(items))
	for _, it := range items {
		fmt.Fprintf(w, "  %s  %s\n", it.ID[:8], it.Title)
	}
}
