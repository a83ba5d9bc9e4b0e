package gui

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/vault"
)

// The item view's record of the item: its earlier values, its incident log and the
// paper backups that hold it.

// recordSections returns the history, incident log and paper backup sections that
// have something to show.
func (s *detailScreen) recordSections() []fyne.CanvasObject {
	var out []fyne.CanvasObject
	if len(s.item.History) > 0 {
		out = append(out, s.historySection())
	}
	if len(s.item.Incidents) > 0 {
		out = append(out, s.incidentSection())
	}
	return append(out, s.backupsSection())
}

// historySection lists earlier values, hidden until revealed, each with a button to
// bring it back.
func (s *detailScreen) historySection() fyne.CanvasObject {
	s.showOld = &widget.Button{Text: "Show old values", Icon: theme.VisibilityIcon(), OnTapped: s.onShowOld}
	rows := []fyne.CanvasObject{container.NewBorder(nil, nil, nil, s.showOld,
		kit.Para("Earlier values are kept, so a mistaken edit never loses a key."))}
	n := len(s.item.History)
	s.restore, s.oldValues = make([]*widget.Button, n), make([]*widget.Label, n)
	for i := n - 1; i >= 0; i-- {
		h := s.item.History[i]
		s.restore[i] = &widget.Button{Text: "Restore this version", Icon: theme.HistoryIcon(), OnTapped: func() { s.onRestore(i) }}
		s.oldValues[i] = widget.NewLabelWithStyle(h.Secret, fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
		s.oldValues[i].Wrapping = fyne.TextWrapBreak
		s.oldValues[i].Hide()
		when := widget.NewLabel("Replaced " + s.e.date(h.Replaced))
		rows = append(rows, container.NewBorder(nil, nil, nil, container.NewCenter(s.restore[i]), container.NewVBox(when, s.oldValues[i])))
	}
	s.clearHist = &widget.Button{Text: "Clear history", Icon: theme.DeleteIcon(), OnTapped: s.onClearHistory}
	rows = append(rows, container.NewHBox(s.clearHist))
	return widget.NewCard("", "History", container.NewVBox(rows...))
}

// onShowOld shows or hides the old values of the history.
func (s *detailScreen) onShowOld() {
	s.nav.activity()
	show := !s.oldValues[0].Visible()
	for _, l := range s.oldValues {
		l.Hidden = !show
	}
	if show {
		s.showOld.SetText("Hide old values")
		s.showOld.SetIcon(theme.VisibilityOffIcon())
	} else {
		s.showOld.SetText("Show old values")
		s.showOld.SetIcon(theme.VisibilityIcon())
	}
	s.root.Refresh()
}

// incidentSection lists the item's incident log, newest first, with dates.
func (s *detailScreen) incidentSection() fyne.CanvasObject {
	rows := []fyne.CanvasObject{kit.Hint("What was done about this key, with dates: the lost-key guide's ticks and restores.")}
	for i := len(s.item.Incidents) - 1; i >= 0; i-- {
		in := s.item.Incidents[i]
		when := widget.NewLabelWithStyle(s.e.date(in.Time), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		rows = append(rows, container.New(&kit.TightVBox{}, when, kit.Para(incidentText(in.Note))))
	}
	return widget.NewCard("", "Incident log", container.NewVBox(rows...))
}

// incidentText is how an incident-log note reads: a guide tick as the step done.
func incidentText(note string) string {
	if rest, ok := strings.CutPrefix(note, reviewPrefix); ok {
		if _, do, ok := strings.Cut(rest, " — "); ok {
			return "Ticked in the lost-key guide: " + do
		}
	}
	return capitalised(note)
}

// backupsSection lists the paper backups that hold the item and how far each was
// read back, from the vault's ledger.
func (s *detailScreen) backupsSection() fyne.CanvasObject {
	recs := s.st.Snapshot().BackupsOf(s.item.ID)
	if len(recs) == 0 {
		return widget.NewCard("", "Paper backups", kit.Para("This key is on no paper backup yet."))
	}
	var rows []fyne.CanvasObject
	for _, r := range recs {
		rows = append(rows, kit.Para("• "+backupLine(s.e, r, s.item)))
	}
	return widget.NewCard("", "Paper backups", container.NewVBox(rows...))
}

// backupLine describes one paper backup of it: made when, on what, how far it was
// read back, whether it holds the item as it is now, and where it is kept.
func backupLine(e *env, r vault.BackupRecord, it vault.Item) string {
	parts := []string{fmt.Sprintf("Backup %s, made %s", r.ID, e.date(r.Created))}
	if r.Paper != "" {
		parts = append(parts, fmt.Sprintf("%s on %s paper", plural(r.Pages, "page", "pages"), paperName(r.Paper)))
	}
	parts = append(parts, backupStateText(e, r))
	if held, ok := heldVersion(r, it.ID); ok && it.Modified.After(held) {
		parts = append(parts, "holds an older version of this key")
	}
	if r.Location != "" {
		parts = append(parts, "kept: "+r.Location)
	}
	return strings.Join(parts, ", ")
}

// backupStateText says how far a backup was read back, in the ledger's three states.
func backupStateText(e *env, r vault.BackupRecord) string {
	switch r.State() {
	case vault.BackupChecked:
		return "checked " + e.date(*r.Checked)
	case vault.BackupCodesRead:
		return "codes read " + e.date(*r.Verified) + " but never decrypted, so not checked"
	}
	return "saved as PDF or printed, not checked yet"
}

// heldVersion is the modified time the backup holds of the item.
func heldVersion(r vault.BackupRecord, id string) (t time.Time, ok bool) {
	for _, bi := range r.Items {
		if bi.ID == id {
			return bi.Modified, true
		}
	}
	return t, false
}
