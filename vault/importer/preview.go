package importer

import (
	"fmt"
	"strings"
	"time"

	"coffer/vault"
)

// Status says how an entry relates to the vault, for a preview.
type Status int

// The statuses of a preview row.
const (
	// StatusNew: nothing like it is in the vault.
	StatusNew Status = iota
	// StatusDuplicate: the vault already holds the same secret.
	StatusDuplicate
	// StatusConflict: the vault holds an item of that kind and title with a
	// different secret; importing keeps both.
	StatusConflict
	// StatusSkipped: Coffer cannot import the entry (Entry.Skip says why).
	StatusSkipped
)

// String is the status in the words a preview shows.
func (s Status) String() string {
	switch s {
	case StatusNew:
		return "new"
	case StatusDuplicate:
		return "already in the vault"
	case StatusConflict:
		return "same title, different secret"
	case StatusSkipped:
		return "cannot be imported"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

// Row is one entry of a preview.
type Row struct {
	Entry
	Status Status
	// Match is the ID of the vault item a duplicate or conflict row matches,
	// or "" when the match is an earlier row of the same import.
	Match string
	// Import is the row's checkbox: preset for new and conflict rows; a caller
	// may change it (a skipped row is never imported).
	Import bool
}

// Preview marks each entry against the vault's active items and the entries
// before it in the same import (so two exports of the same codes import once).
func Preview(existing []vault.Item, entries []Entry) []Row {
	seen := make([]vault.Item, 0, len(existing)+len(entries))
	for _, it := range existing {
		if !it.InTrash() {
			seen = append(seen, it)
		}
	}
	rows := make([]Row, len(entries))
	for i, e := range entries {
		rows[i] = row(seen, e)
		if !e.Skipped() {
			seen = append(seen, e.Item)
		}
	}
	return rows
}

func row(seen []vault.Item, e Entry) Row {
	if e.Skipped() {
		return Row{Entry: e, Status: StatusSkipped}
	}
	conflict := -1
	for i, it := range seen {
		if sameSecret(it, e.Item) {
			return Row{Entry: e, Status: StatusDuplicate, Match: it.ID}
		}
		if conflict < 0 && it.Kind == e.Item.Kind && strings.EqualFold(strings.TrimSpace(it.Title), strings.TrimSpace(e.Item.Title)) {
			conflict = i
		}
	}
	if conflict >= 0 {
		return Row{Entry: e, Status: StatusConflict, Match: seen[conflict].ID, Import: true}
	}
	return Row{Entry: e, Status: StatusNew, Import: true}
}

// sameSecret reports whether two items hold the same secret: the same TOTP
// key (however it is written), or the same text (for passwords, with the same
// username too, since one password is often reused on several sites).
func sameSecret(a, b vault.Item) bool {
	if a.Kind != b.Kind {
		return false
	}
	if a.Kind == vault.KindTOTP {
		ka, errA := vault.ParseTOTP(a.Secret)
		kb, errB := vault.ParseTOTP(b.Secret)
		return errA == nil && errB == nil && ka.Secret == kb.Secret
	}
	if vault.NormalizeSecret(a.Kind, a.Secret) != vault.NormalizeSecret(b.Kind, b.Secret) {
		return false
	}
	return a.Kind != vault.KindPassword || strings.EqualFold(strings.TrimSpace(a.Username), strings.TrimSpace(b.Username))
}

// ImportReport counts what Apply did.
type ImportReport struct {
	// Added rows were new and are now in the vault.
	Added int `json:"added"`
	// KeptBoth rows had the title of a different vault item; they were added
	// beside it with " (imported)" after the title.
	KeptBoth int `json:"kept_both"`
	// Duplicates were already in the vault and not added.
	Duplicates int `json:"duplicates"`
	// Unchecked rows were left out by the caller.
	Unchecked int `json:"unchecked"`
	// Skipped rows could not be imported.
	Skipped int `json:"skipped"`
	// IDs are the IDs of the items added, in row order.
	IDs []string `json:"ids"`
}

// importedSuffix marks an imported item kept beside a namesake.
const importedSuffix = " (imported)"

// Apply adds the rows whose Import is set to d, all or none: every item is
// checked before the first is added, so an error leaves d unchanged. The
// caller saves the vault once afterwards.
func Apply(d *vault.Data, rows []Row, now time.Time) (ImportReport, error) {
	var r ImportReport
	var add []vault.Item
	for i, row := range rows {
		switch {
		case row.Skipped():
			r.Skipped++
			continue
		case !row.Import && row.Status == StatusDuplicate:
			r.Duplicates++
			continue
		case !row.Import:
			r.Unchecked++
			continue
		}
		it := row.Item.Clone()
		it.ID = ""
		if row.Status == StatusConflict {
			it.Title += importedSuffix
			r.KeptBoth++
		} else {
			r.Added++
		}
		if _, err := vault.Validate(it.Kind, it.Secret); err != nil {
			// vault's message may quote part of the secret; this one does not.
			_ = err
			return ImportReport{}, fmt.Errorf("import row %d (%s %q): the secret is not valid for its kind: %w", i+1, it.Kind, it.Title, vault.ErrInvalidSecret)
		}
		if strings.TrimSpace(it.Title) == "" {
			return ImportReport{}, fmt.Errorf("import row %d: title is empty: %w", i+1, ErrMalformed)
		}
		add = append(add, it)
	}
	for _, it := range add {
		stored, _, err := d.Add(it, now)
		if err != nil { // cannot happen after the checks above
			panic("importer: add after validation failed: " + err.Error())
		}
		r.IDs = append(r.IDs, stored.ID)
	}
	return r, nil
}
