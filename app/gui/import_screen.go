package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/vault/importer"
)

// Steps of the import wizard.
const (
	importStepFiles = iota
	importStepPassword
	importStepPreview
	importStepDone
)

// importScreen is the "Import from another app" wizard: choose an export (or
// several screenshots of Google Authenticator's transfer codes), give its password
// when it is encrypted, tick what to import, import it in one save, then delete
// the export and print a new paper backup.
type importScreen struct {
	life
	e    *env
	nav  nav
	st   store
	done func() // back to where the wizard was opened from
	wiz  *kit.Wizard

	// Step 1: the files.
	paths    []string
	choose   *widget.Button
	path     *pathBox // a typed path, beside the open dialog
	fileList *widget.Label
	fileMsg  kit.Message
	spinner  *widget.ProgressBarInfinite
	reading  int                // counts reads started; only the latest one's result is kept
	locked   importer.Detection // the encrypted export waiting for its password

	// Step 2: the export's password.
	pass    *widget.Entry
	passMsg kit.Message

	// Step 3: what was read, and the ticks.
	result importer.Result
	rows   []importer.Row
	checks []*widget.Check

	// Step 4.
	report   importer.ImportReport
	printBtn *widget.Button
}

func newImportScreen(e *env, n nav, st store, done func()) *importScreen {
	return &importScreen{e: e, nav: n, st: st, done: done}
}

// buildUI builds the frame and shows the first step.
func (s *importScreen) buildUI() fyne.CanvasObject {
	s.choose = &widget.Button{Text: "Choose a file…", Importance: widget.HighImportance, OnTapped: s.onChoose}
	s.fileList = widget.NewLabel("")
	s.fileList.Wrapping = fyne.TextWrapWord
	s.fileList.Hide()
	s.fileMsg = kit.NewMessage()
	s.spinner = kit.NewSpinner()
	s.pass = widget.NewPasswordEntry()
	s.pass.SetPlaceHolder("Password of the export")
	s.pass.OnSubmitted = func(string) { s.nav.activity(); s.onPassword() }
	s.passMsg = kit.NewMessage()
	s.wiz = kit.NewWizard("Import from another app", s.steps(), s.nav.activity, s.onCancel, s.onBack)
	s.wiz.Show(importStepFiles)
	return s.wiz.Root
}

// steps are the wizard's pages.
func (s *importScreen) steps() []kit.Step {
	return []kit.Step{
		importStepFiles: {Name: "Choose the export", Build: s.filesStep, Next: "Next", Shown: s.filesShown, OnNext: s.onFilesNext},
		importStepPassword: {Name: "Password of the export", Build: s.passwordStep, Next: "Open the export",
			Shown: func() { s.e.win.Canvas().Focus(s.pass) }, OnNext: s.onPassword},
		importStepPreview: {Name: "Choose what to import", Build: s.previewStep, Next: "Import",
			Shown: s.previewShown, OnNext: s.onImport},
		importStepDone: {Name: "Done", Build: s.doneStep, Next: "Finish", Shown: s.doneShown, OnNext: s.finish},
	}
}

// drop forgets the export read and the password typed.
func (s *importScreen) drop() {
	s.life.drop()
	s.forget()
}

// forget empties everything that holds the export's secrets.
func (s *importScreen) forget() {
	s.result = importer.Result{}
	s.rows, s.checks = nil, nil
	if s.pass != nil {
		s.pass.SetText("")
	}
}

// onCancel goes back without writing anything.
func (s *importScreen) onCancel() {
	s.nav.activity()
	s.forget()
	s.done()
}

// onBack goes to the previous page. Leaving the preview of an encrypted export
// forgets what was decrypted (the password step asks again); a plain export stays
// read, as the file itself is.
func (s *importScreen) onBack() {
	s.nav.activity()
	if s.wiz.Current == importStepPreview && s.locked.Encrypted {
		s.forget()
		s.wiz.Show(importStepPassword)
		return
	}
	s.wiz.Show(importStepFiles)
}
