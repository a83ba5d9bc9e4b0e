package cli

import (
	"fmt"
	"io"

	"coffer/vault"
)

// statusJSON is the paper-backup status as `coffer status --json` prints it.
type statusJSON struct {
	NotOnPaper    []itemJSON `json:"not_on_paper"`
	ChangedSince  []itemJSON `json:"changed_since"`
	OnlyPrinted   []itemJSON `json:"only_printed"`
	OnlyCodesRead []itemJSON `json:"only_codes_read"`
	// UpToDate counts the items on a checked backup as they are now.
	UpToDate int                `json:"up_to_date"`
	Backups  []ledgerRecordJSON `json:"backups"`
}

// ledgerRecordJSON is a ledger record with its state: "printed", "codes-read" or
// "checked".
type ledgerRecordJSON struct {
	vault.BackupRecord
	State string `json:"state"`
}

func (c *cli) cmdStatus(args []string) error {
	return c.report("status", args, func(d *vault.Data, asJSON bool) error {
		st := d.PaperStatus()
		if asJSON {
			return writeJSON(c.io.Stdout, statusJSON{NotOnPaper: summaries(st.NotOnPaper),
				ChangedSince: summaries(st.ChangedSince), OnlyPrinted: summaries(st.OnlyPrinted),
				OnlyCodesRead: summaries(st.OnlyCodesRead), UpToDate: len(st.UpToDate), Backups: ledgerJSON(d.Backups)})
		}
		writeStatus(c.io.Stdout, d, st)
		return nil
	})
}

func ledgerJSON(records []vault.BackupRecord) []ledgerRecordJSON {
	out := make([]ledgerRecordJSON, len(records))
	for i, b := range records {
		out[i] = ledgerRecordJSON{BackupRecord: b, State: b.State().String()}
	}
	return out
}

func writeStatus(w io.Writer, d *vault.Data, st vault.PaperStatus) {
	fmt.Fprintf(w, "Paper backups: %d\n", len(d.Backups))
	for _, b := range d.Backups {
		fmt.Fprintf(w, "  %s  %s  %-6s %d page(s), %d item(s), %s\n", b.ID, b.Created.Local().Format("2006-01-02 15:04"),
			b.Paper, b.Pages, len(b.Items), stateText(b))
		if b.Location != "" {
			fmt.Fprintf(w, "            kept: %s\n", b.Location)
		}
		if b.Shared != nil {
			fmt.Fprintf(w, "            shared: no passphrase; any %d of its %d share sheets open it\n", b.Shared.K, b.Shared.N)
			if b.Shared.Passphrase {
				fmt.Fprintln(w, "            the shares also need their SLIP-39 passphrase (not recorded)")
			}
			for i, h := range b.Shared.Holders {
				fmt.Fprintf(w, "            share %d held by: %s\n", i+1, h)
			}
		}
	}
	fmt.Fprintf(w, "Up to date on paper (on a checked backup): %d item(s)\n", len(st.UpToDate))
	listTitles(w, "On paper, codes read but never decrypted", st.OnlyCodesRead)
	listTitles(w, "On paper, never read back", st.OnlyPrinted)
	listTitles(w, "Not on paper yet", st.NotOnPaper)
	listTitles(w, "Changed since their last paper backup", st.ChangedSince)
	if len(st.NotOnPaper)+len(st.ChangedSince) > 0 {
		fmt.Fprintln(w, "Run 'coffer backup --out FILE.pdf' and print it to protect them.")
	}
	if len(st.OnlyPrinted)+len(st.OnlyCodesRead) > 0 {
		fmt.Fprintln(w, "Scan the printed sheets and run 'coffer verify SCANS...' with the backup passphrase to check them.")
	}
}

func listTitles(w io.Writer, heading string, items []vault.Item) {
	fmt.Fprintf(w, "%s: %d item(s)\n", heading, len(items))
	for _, it := range items {
		fmt.Fprintf(w, "  %s  %s\n", it.ID[:8], it.Title)
	}
}
