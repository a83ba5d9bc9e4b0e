package gui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/vault/importer"
)

// passwordStep is step 2's content.
func (s *importScreen) passwordStep() fyne.CanvasObject {
	return container.NewVBox(
		kit.Para(s.locked.String()+". Type the password you chose when you made the export in the other app "+
			"(not your Coffer passphrase)."),
		s.pass, s.spinner, s.passMsg.Label)
}

// onPassword decrypts the export off the UI goroutine; a wrong password can be
// typed again, and nothing is imported until the preview's Import.
func (s *importScreen) onPassword() {
	pw := s.pass.Text
	if pw == "" {
		s.passMsg.Set("Type the password of the export.", widget.DangerImportance)
		return
	}
	s.read(pw, s.passwordRead)
}

// passwordRead shows the preview, or says why the export did not open.
func (s *importScreen) passwordRead(_ importer.Detection, err error) {
	s.pass.SetText("")
	if err != nil {
		s.passMsg.Set(importProblem(err), widget.DangerImportance)
		if errors.Is(err, importer.ErrWrongPassword) {
			s.e.win.Canvas().Focus(s.pass)
		}
		return
	}
	s.passMsg.Set("", widget.MediumImportance)
	s.wiz.Show(importStepPreview)
}
