package importer

import (
	"fmt"
	"strings"

	"coffer/vault"
)

// Entry is one record of an export: an item ready for [vault.Data.Add] (no ID,
// no times), or, when Skip is set, the reason it cannot be imported. A skipped
// entry still has Kind and Title (and for TOTP Username, the account) so a
// preview can show which record it was; its Secret is empty.
type Entry struct {
	Item vault.Item
	// Skip says in plain words why the entry is not imported; empty if it is.
	Skip string
}

// Skipped reports whether the entry cannot be imported.
func (e Entry) Skipped() bool { return e.Skip != "" }

// Result is what Parse read from one export.
type Result struct {
	Detection
	// Name is the file name the export was read from (may be empty).
	Name string
	// Entries are in the order of the export.
	Entries []Entry
	// Warnings say what the export lacks as a whole (a Google Authenticator
	// batch with QR codes missing); they never hold secrets.
	Warnings []string
	batches  []batch // Google Authenticator batches seen, for Join
}

// Importable counts the entries that are not skipped.
func (r Result) Importable() int {
	n := 0
	for _, e := range r.Entries {
		if !e.Skipped() {
			n++
		}
	}
	return n
}

// Describe says what the export is in one line, as a wizard shows it after
// reading: "Aegis encrypted export, 7 entries (4 cannot be imported)".
func (r Result) Describe() string {
	s := fmt.Sprintf("%s, %s", r.Detection, plural(len(r.Entries), "entry", "entries"))
	if skipped := len(r.Entries) - r.Importable(); skipped > 0 {
		s += fmt.Sprintf(" (%d cannot be imported)", skipped)
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// importedTag marks every imported item.
const importedTag = "imported"

// source holds what is written on every item of one export about its origin.
type source struct {
	format Format
	name   string
}

// stamp adds the origin note and tags to an item.
func (s source) stamp(it vault.Item, extraTags ...string) vault.Item {
	line := "Imported from " + s.format.Label()
	if s.name != "" {
		line += " (" + s.name + ")"
	}
	line += "."
	if strings.TrimSpace(it.Notes) == "" {
		it.Notes = line
	} else {
		it.Notes = strings.TrimRight(it.Notes, "\n") + "\n\n" + line
	}
	it.Tags = appendTags(it.Tags, append([]string{importedTag, string(s.format)}, extraTags...)...)
	return it
}

// appendTags adds the non-empty tags not already present.
func appendTags(tags []string, more ...string) []string {
	for _, t := range more {
		t = strings.TrimSpace(t)
		if t == "" || contains(tags, t) {
			continue
		}
		tags = append(tags, t)
	}
	return tags
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// skipped returns an entry that cannot be imported, for display.
func skipped(kind vault.Kind, title, account, reason string) Entry {
	return Entry{Item: vault.Item{Kind: kind, Title: title, Username: account}, Skip: reason}
}

// titleOr returns title, or fallback when title is blank.
func titleOr(title, fallback string) string {
	if t := strings.TrimSpace(title); t != "" {
		return t
	}
	return fallback
}
