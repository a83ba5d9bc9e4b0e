package gui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
)

// sheetsAdvice is said beside the share sheets' buttons: the file holds every share.
const sheetsAdvice = "The share sheets file holds every share: with it and the code pages anyone can open the backup. " +
	"Print it, check the sheets, then delete the file. Give each sheet to a different person, and keep the code pages apart."

// sheetSave saves and prints the share sheets of a shared backup, apart from the code
// pages: they go to different people.
type sheetSave struct {
	s      *printScreen
	save   *widget.Button
	print  *widget.Button
	viewer *widget.Button
	path   string // where the share sheets were saved, "" until then
	msg    kit.Message
}

func newSheetSave(s *printScreen) *sheetSave {
	ss := &sheetSave{s: s, msg: kit.NewMessage()}
	ss.save = &widget.Button{Text: "Save the share sheets…", Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: ss.onSave}
	ss.print = &widget.Button{Text: "Print the share sheets", Icon: theme.DocumentPrintIcon(),
		OnTapped: func() { s.sendToPrinter(ss.path, ss.print, ss.msg) }}
	ss.viewer = &widget.Button{Text: "Open them in the PDF viewer", Icon: theme.FileApplicationIcon(),
		OnTapped: func() { s.openInViewer(ss.path, ss.msg) }}
	return ss
}

// shared: the backup on show has share sheets.
func (ss *sheetSave) shared() bool { return ss.s.backup != nil && ss.s.backup.Shared() }

// done reports whether nothing is left to save: a passphrase backup has no sheets.
func (ss *sheetSave) done() bool { return !ss.shared() || ss.path != "" }

// section is the save step's part for the share sheets; empty for a passphrase backup.
func (ss *sheetSave) section() fyne.CanvasObject {
	if !ss.shared() {
		return container.NewVBox()
	}
	sh := ss.s.backup.Sharing()
	advice := kit.Para(sheetsAdvice)
	advice.Importance = widget.WarningImportance
	return kit.Section(fmt.Sprintf("2. Save the %d share sheets", sh.N),
		kit.Para(fmt.Sprintf("They are a PDF of their own, one page per person: any %d of them, with the code pages, open the backup.", sh.K)),
		advice, container.NewHBox(ss.save, ss.print, ss.viewer), ss.msg.Label)
}

// refresh enables printing the sheets once they and the code pages are saved.
func (ss *sheetSave) refresh(pagesSaved bool) {
	kit.SetEnabled(ss.path != "", ss.viewer)
	kit.SetEnabled(ss.path != "" && ss.s.printers.Selected != "" && !ss.s.printerBox.Hidden, ss.print)
	kit.SetEnabled(pagesSaved, ss.save)
}

func (ss *sheetSave) onSave() {
	ss.s.nav.activity()
	askSavePDF(ss.s.e.win, fmt.Sprintf("coffer-backup-%s-shares.pdf", ss.s.backup.ID), ss.onChosen)
}

// onChosen writes the share sheets where the user chose.
func (ss *sheetSave) onChosen(w fyne.URIWriteCloser, err error) {
	path, ok := savePDFTo(ss.s.nav, w, err, ss.s.backup.WriteShareSheets, "The share sheets were not saved: ", ss.msg)
	if !ok {
		return
	}
	ss.path = path
	ss.msg.Set("Share sheets saved as "+displayPath(ss.path)+". Print them, then delete the file.", widget.SuccessImportance)
	ss.s.refreshSave()
}

// saveTitle is the title of the save step's section i (0: the code pages, 2: print),
// numbered around the share sheets' own section when the backup has one.
func (s *printScreen) saveTitle(i int, plain string) string {
	if !s.sheets.shared() {
		return plain
	}
	return [...]string{"1. Save the code pages", "", "3. Print them"}[i]
}
