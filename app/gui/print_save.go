package gui

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/app/internal/explain"
	"coffer/export"
	"coffer/vault"
)

// printAdvice is shown on the save step, beside the print buttons (once: no dialog repeats it).
const printAdvice = "Print at 100% (\"actual size\"), never \"fit to page\": shrunk codes are harder to read. " +
	"Keep the sheets in a safe place apart from the passphrase: someone who finds both can open your keys."

// saveFirst is shown under the print buttons until the PDF is saved.
const saveFirst = "Save the PDF first, then print it."

// buildSave creates the widgets of step 4.
func (s *printScreen) buildSave() {
	s.save = &widget.Button{Text: "Save the PDF…", Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: s.onSave}
	s.saveMsg = kit.NewMessage()
	s.location = widget.NewEntry()
	s.location.SetPlaceHolder("e.g. fire safe at home; not next to the passphrase")
	s.location.OnChanged = func(string) { s.nav.activity(); s.refreshLocation() }
	s.location.OnSubmitted = func(string) { s.keepLocation() }
	s.keepLoc = &widget.Button{Text: "Keep this note", Icon: theme.ConfirmIcon(), OnTapped: func() { s.keepLocation() }}
	s.keepLoc.Hide()
	s.locMsg = kit.NewMessage()
	s.printers = widget.NewSelect(nil, nil)
	s.printBtn = &widget.Button{Text: "Print", Icon: theme.DocumentPrintIcon(), OnTapped: s.onPrint}
	s.printerBox = container.NewBorder(nil, nil, widget.NewLabel("Printer"), s.printBtn, s.printers)
	s.printerBox.Hide()
	s.viewer = &widget.Button{Text: "Open in the PDF viewer", Icon: theme.FileApplicationIcon(), OnTapped: s.onViewer}
	s.printMsg = kit.NewMessage()
	s.sheets = newSheetSave(s)
}

// saveStep is step 4's content.
func (s *printScreen) saveStep() fyne.CanvasObject {
	s.refreshSave()
	advice := kit.Para(s.printAdvice())
	advice.Importance = widget.WarningImportance
	return container.NewVBox(
		kit.Section(s.saveTitle(0, "1. Save the PDF"), kit.Para("Save it where you can find it to print, for example on a USB stick. "+
			"The file is encrypted like the paper."),
			widget.NewLabelWithStyle("Where will you keep these sheets? (optional)", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			container.NewBorder(nil, nil, nil, s.keepLoc, s.location),
			kit.Hint("Your vault keeps this note with the backup, so the \"I lost a key\" guide can tell you where to look. "+
				"Write a place only, never a passphrase or a key."),
			s.locMsg.Label, container.NewHBox(s.save), s.saveMsg.Label),
		s.sheets.section(),
		kit.Section(s.saveTitle(2, "2. Print it"), advice, s.printerBox, container.NewHBox(s.viewer),
			kit.Hint("The PDF viewer prints on any computer: choose 100% or \"actual size\" in its print dialog."), s.printMsg.Label))
}

// refreshSave enables printing once the PDF is saved.
func (s *printScreen) refreshSave() {
	saved := s.savedPath != ""
	kit.SetEnabled(saved, s.viewer)
	kit.SetEnabled(saved && s.printers.Selected != "", s.printBtn)
	if !saved {
		s.printMsg.Set(saveFirst, widget.MediumImportance)
	} else if s.printMsg.Text == saveFirst {
		s.printMsg.Set("", widget.MediumImportance)
	}
	s.wiz.SetNext(saved && s.sheets.done())
	s.sheets.refresh(saved)
	s.refreshLocation()
}

// onSave asks where to save the PDF; Fyne's dialog asks before replacing a file.
func (s *printScreen) onSave() {
	s.nav.activity()
	askSavePDF(s.e.win, fmt.Sprintf("coffer-backup-%s.pdf", s.backup.ID), s.onSaveChosen)
}

// askSavePDF shows the save dialog for a PDF named name; Fyne's dialog asks before
// replacing a file. The wizards and the kit screen save through it.
func askSavePDF(win fyne.Window, name string, then func(fyne.URIWriteCloser, error)) {
	d := dialog.NewFileSave(then, win)
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".pdf"}))
	showFileDialog(d, win)
}

// savePDFTo writes a PDF into the file the save dialog gave and returns its path;
// ok is false when the dialog failed or was cancelled, or writing failed, which msg
// then says, after notSaved ("The PDF was not saved: ").
func savePDFTo(n nav, w fyne.URIWriteCloser, err error, write func(io.Writer) error, notSaved string, msg kit.Message) (string, bool) {
	if err != nil {
		msg.Set(sentence(explain.Error(err)), widget.DangerImportance)
		return "", false
	}
	if w == nil {
		return "", false // cancelled
	}
	n.activity()
	if err := writePDF(write, w); err != nil {
		msg.Set(notSaved+sentence(explain.Error(err)), widget.DangerImportance)
		return "", false
	}
	return w.URI().Path(), true
}

// onSaveChosen writes the PDF and records the backup in the vault's ledger.
func (s *printScreen) onSaveChosen(w fyne.URIWriteCloser, err error) {
	path, ok := savePDFTo(s.nav, w, err, s.backup.WritePDF, "The PDF was not saved: ", s.saveMsg)
	if !ok {
		return
	}
	s.savedPath = path
	msg := "Saved as PDF, not checked yet: " + displayPath(s.savedPath) + "."
	if s.record() {
		msg += " Your vault now records which keys are on this backup"
		if s.ledger.Location != "" {
			msg += ", and where you keep it"
		}
		msg += "."
	} else {
		msg += " Your vault could not record it, so the reminder banner will stay."
	}
	s.saveMsg.Set(msg, widget.SuccessImportance)
	s.refreshSave()
}

// record adds the backup to the ledger, with the note of where the sheets are kept,
// and saves the vault, once; saved again, only a changed note is written.
func (s *printScreen) record() bool {
	if s.st == nil {
		return false
	}
	if _, ok := s.recordedLocation(); ok {
		return s.keepLocation()
	}
	rec := s.ledger
	rec.Location = s.locationText()
	if !commit(s.st, s.nav, func(d *vault.Data) error { d.RecordBackup(rec); return nil }) {
		return false
	}
	s.ledger.Location = rec.Location
	return true
}

// locationText is the note typed, on one line without extra blanks.
func (s *printScreen) locationText() string {
	return strings.Join(strings.Fields(s.location.Text), " ")
}

// recordedLocation is the note the vault's ledger has for this backup, if the
// backup is recorded.
func (s *printScreen) recordedLocation() (string, bool) {
	if s.st == nil || s.backup == nil {
		return "", false
	}
	r, ok := s.st.Snapshot().Backup(s.ledger.ID)
	return r.Location, ok
}

// refreshLocation offers to keep the note when it differs from the recorded one.
func (s *printScreen) refreshLocation() {
	recorded, ok := s.recordedLocation()
	s.keepLoc.Hidden = !ok || recorded == s.locationText()
	s.keepLoc.Refresh()
}

// keepLocation writes a changed note into the ledger record of a saved backup.
// Before the PDF is saved there is nothing to do: the note goes in with the record.
// It reports false only when the vault could not be saved.
func (s *printScreen) keepLocation() bool {
	recorded, ok := s.recordedLocation()
	note := s.locationText()
	if !ok || note == recorded {
		return true
	}
	s.nav.activity()
	id := s.ledger.ID
	if !commit(s.st, s.nav, func(d *vault.Data) error { return d.SetBackupLocation(id, note) }) {
		return false
	}
	s.ledger.Location = note
	if note == "" {
		s.locMsg.Set("Your vault no longer notes where these sheets are kept.", widget.MediumImportance)
	} else {
		s.locMsg.Set("Your vault notes where these sheets are kept: "+note+".", widget.SuccessImportance)
	}
	s.refreshLocation()
	return true
}

// loadPrinters lists CUPS printers off the UI goroutine; without CUPS only the PDF
// viewer is offered.
func (s *printScreen) loadPrinters() {
	list := s.e.paper.printers
	var ps []export.Printer
	var err error
	s.e.bg.do(job{owner: &s.life, work: func() { ps, err = list() }, done: func() {
		if err != nil || len(ps) == 0 {
			if err != nil && !errors.Is(err, export.ErrNoCUPS) {
				fyne.LogError("listing printers", err)
			}
			s.printerBox.Hide()
			return
		}
		names := make([]string, len(ps))
		for i, p := range ps {
			names[i] = p.Name
			if p.Default || s.printers.Selected == "" {
				s.printers.Selected = p.Name
			}
		}
		s.printers.Options = names
		s.printers.OnChanged = func(string) { s.refreshSave() }
		s.printers.Refresh()
		s.printerBox.Show()
		s.refreshSave()
	}})
}

// onPrint sends the saved PDF to the chosen printer at 100% scale.
func (s *printScreen) onPrint() { s.sendToPrinter(s.savedPath, s.printBtn, s.printMsg) }

// sendToPrinter sends a saved PDF to the chosen printer at 100% scale, saying how
// it went in msg; btn is disabled meanwhile.
func (s *printScreen) sendToPrinter(path string, btn *widget.Button, msg kit.Message) {
	s.nav.activity()
	printer, send := s.printers.Selected, s.e.paper.print
	var jobID string
	var err error
	btn.Disable()
	msg.Set("Sending to "+printer+"…", widget.MediumImportance)
	s.e.bg.do(job{owner: &s.life, work: func() { jobID, err = send(printer, path) }, done: func() {
		s.refreshSave()
		if err != nil {
			msg.Set("Not printed: "+sentence(explain.Error(err))+" Open the PDF in your viewer and print from there.", widget.DangerImportance)
			return
		}
		text := "Sent to " + printer + "."
		if jobID != "" {
			text += " (" + jobID + ")"
		}
		msg.Set(text+" When the sheets are out, check them in the next step.", widget.SuccessImportance)
	}})
}

// onViewer opens the saved PDF in the system viewer, to print from there.
func (s *printScreen) onViewer() { s.openInViewer(s.savedPath, s.printMsg) }

// openInViewer opens a saved PDF in the system viewer, saying how it went in msg.
func (s *printScreen) openInViewer(path string, msg kit.Message) { viewPDF(s.e, s.nav, path, msg) }

// viewPDF opens a saved PDF in the system viewer, to print from there, saying how it
// went in msg. The wizards and the kit screen share it.
func viewPDF(e *env, n nav, path string, msg kit.Message) {
	n.activity()
	if err := e.paper.openViewer(path); err != nil {
		msg.Set("The PDF viewer did not open: "+sentence(explain.Error(err))+" Open "+displayPath(path)+" yourself.", widget.DangerImportance)
		return
	}
	msg.Set("Opened in your PDF viewer. Print at 100% (\"actual size\").", widget.MediumImportance)
}
