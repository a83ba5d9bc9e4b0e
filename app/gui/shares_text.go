package gui

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2/widget"

	"coffer/app/internal/explain"
	"coffer/export"
	"coffer/export/restore"
	"coffer/vault/slip39"
)

// sharesFailed says in plain words why share sheets did not open a shared backup.
func sharesFailed(err error) string {
	var few *slip39.NotEnoughError
	switch {
	case errors.As(err, &few):
		return fmt.Sprintf("not enough share sheets yet: %d of %d read, %d more %s needed.", few.Have, few.Need, few.More(), pluralWord(few.More(), "is", "are"))
	case errors.Is(err, restore.ErrNoShares):
		return "no share sheet read yet. Add photos or scans of the share sheets, or type their words."
	case errors.Is(err, export.ErrWrongShares):
		return "these share sheets do not open this backup: they belong to another shared backup, or the shares were " +
			"made with a SLIP-39 passphrase that is missing or wrong (SLIP-39 cannot tell which). Use the sheets printed " +
			"with these code pages, and their passphrase if they have one."
	case errors.Is(err, slip39.ErrDigest), errors.Is(err, slip39.ErrMixedSets):
		return "these share sheets do not belong together (different sets, or a sheet that was changed), so they " +
			"were not combined. Use sheets printed together, with the same backup ID."
	case errors.Is(err, export.ErrBackupMismatch):
		return "these codes are labelled as one backup but hold another (relabelled or mixed codes). Add the pages of one backup only."
	}
	return sentence(explain.Error(err))
}

// sharesSummary says what was read of the share sheets ("Shares: 2 of 3 needed"),
// naming sets that do not go together; "" when no share was read.
func sharesSummary(sets []restore.ShareSet) (string, widget.Importance) {
	if len(sets) == 0 {
		return "", widget.MediumImportance
	}
	imp := widget.WarningImportance
	for _, set := range sets {
		if set.Enough() {
			imp = widget.SuccessImportance
		}
	}
	if len(sets) == 1 {
		set := sets[0]
		text := capitalised(set.String()) + fmt.Sprintf(" (%s %s read).", pluralWord(len(set.Members), "share", "shares"), joinInts(set.Members))
		if set.Enough() {
			return text + " Enough share sheets to open the backup.", imp
		}
		more := set.Needed - len(set.Members)
		return text + fmt.Sprintf(" %d more share %s needed.", more, pluralWord(more, "sheet is", "sheets are")), imp
	}
	parts := make([]string, len(sets))
	for i, set := range sets {
		parts[i] = fmt.Sprintf("set %05d (%s)", set.Identifier, set)
	}
	return fmt.Sprintf("Share sheets of %d different sets were read: %s. Sheets of different sets are never combined: "+
		"only the set printed with these code pages opens them.", len(sets), joinAnd(parts)), imp
}

// joinInts is "1, 3 and 4".
func joinInts(ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = fmt.Sprint(n)
	}
	return joinAnd(parts)
}

// joinAnd is "a, b and c".
func joinAnd(parts []string) string {
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// shareFileLine says what a file of share sheets gave; ok is false when it held none.
func shareFileLine(name string, r restore.FileReport) (line string, bad bool, ok bool) {
	if r.Shares == 0 || r.Codes > 0 {
		return "", false, false
	}
	if r.Err != nil {
		return name + ": " + strings.TrimSuffix(sentence(explain.Error(r.Err)), ".") + ".", true, true
	}
	line = fmt.Sprintf("%s: %s read", name, plural(r.Shares, "share sheet", "share sheets"))
	if r.NewShares < r.Shares {
		line += fmt.Sprintf(", %d new", r.NewShares)
	}
	return line + ".", false, true
}
