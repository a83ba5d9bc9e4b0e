package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"coffer/vault"
)

// itemJSON is an item as the command line prints it; the secret only in details.
type itemJSON struct {
	ID           string               `json:"id"`
	Kind         vault.Kind           `json:"kind"`
	Title        string               `json:"title"`
	Username     string               `json:"username,omitempty"`
	URL          string               `json:"url,omitempty"`
	Tags         []string             `json:"tags,omitempty"`
	Created      time.Time            `json:"created"`
	Modified     time.Time            `json:"modified"`
	Deleted      *time.Time           `json:"deleted,omitempty"`
	Secret       string               `json:"secret,omitempty"`
	Notes        string               `json:"notes,omitempty"`
	Recovery     *vault.RecoveryRoute `json:"recovery,omitempty"`
	History      []vault.HistoryEntry `json:"history,omitempty"`
	RestoredFrom string               `json:"restored_from,omitempty"`
}

func summaryJSON(it vault.Item) itemJSON {
	return itemJSON{ID: it.ID, Kind: it.Kind, Title: it.Title, Username: it.Username, URL: it.URL,
		Tags: it.Tags, Created: it.Created, Modified: it.Modified, Deleted: it.Deleted}
}

// summaries returns the items as list entries, never nil, so JSON prints [].
func summaries(items []vault.Item) []itemJSON {
	out := make([]itemJSON, len(items))
	for i, it := range items {
		out[i] = summaryJSON(it)
	}
	return out
}

func detailJSON(it vault.Item) itemJSON {
	j := summaryJSON(it)
	j.Secret, j.Notes, j.History, j.RestoredFrom = it.Secret, it.Notes, it.History, it.RestoredFrom
	if !it.Recovery.IsZero() {
		r := it.Recovery
		j.Recovery = &r
	}
	return j
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// writeDetail prints one item for a person to read.
func writeDetail(w io.Writer, it vault.Item) {
	line := func(label, value string) {
		if value != "" {
			fmt.Fprintf(w, "%-15s %s\n", label+":", value)
		}
	}
	line("Title", it.Title)
	line("Kind", it.Kind.Label())
	line("ID", it.ID)
	if it.InTrash() {
		line("In trash since", it.Deleted.Local().Format(time.DateTime))
	}
	line("Username", it.Username)
	line("URL", it.URL)
	line("Tags", strings.Join(it.Tags, ", "))
	line("Created", it.Created.Local().Format(time.DateTime))
	line("Modified", it.Modified.Local().Format(time.DateTime))
	line("Recovery email", it.Recovery.Email)
	line("Recovery phone", it.Recovery.Phone)
	line("Security hint", it.Recovery.SecurityHint)
	line("Support page", it.Recovery.SupportURL)
	line("Restored from", it.RestoredFrom)
	if len(it.History) > 0 {
		line("History", fmt.Sprintf("%d earlier value(s); see --json", len(it.History)))
	}
	if it.Notes != "" {
		fmt.Fprintf(w, "Notes:\n%s\n", indent(it.Notes))
	}
	fmt.Fprintf(w, "Secret:\n%s\n", indent(it.Secret))
}

func indent(s string) string {
	return "  " + strings.ReplaceAll(s, "\n", "\n  ")
}
