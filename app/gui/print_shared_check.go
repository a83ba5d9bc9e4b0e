package gui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/export"
)

// The printout check of a shared backup: the code pages and K share sheets are read
// back, then opened with the shares read, as a restore would; no passphrase.

// sharedCheckStep is step 5's content for a shared backup.
func (s *printScreen) sharedCheckStep() fyne.CanvasObject {
	return container.NewVBox(
		kit.Para(fmt.Sprintf("A backup you have never read back is a hope, not a backup. Take a photo or a scan of each "+
			"printed code page and of at least %d share sheets, and add them here: Coffer opens the backup like a restore "+
			"would and compares it with what it put on paper, without changing your vault's keys.", s.backup.Sharing().K)),
		s.check.root, s.checkMsg.Label, s.checkBox)
}

// sharedCheckSetup swaps the passphrase for the share sheets in the check's controls.
func (s *printScreen) sharedCheckSetup() {
	if !s.backup.Shared() {
		return
	}
	s.checkPass.Hide()
	if s.backup.SharePassphrase() {
		s.checkPass.SetPlaceHolder("SLIP-39 passphrase of the shares")
		s.checkPass.Show()
	}
	s.checkOpen.SetText("Check with the share sheets")
}

// sharedCodesRead says what is left once every code is read.
func (s *printScreen) sharedCodesRead() {
	s.checkMsg.Set(fmt.Sprintf("All codes read; not decrypted, so not checked: add photos or scans of %d share sheets, "+
		"then tap Check with the share sheets.", s.backup.Sharing().K), widget.WarningImportance)
}

// checkWithShares opens the printout with the share sheets read, off the UI
// goroutine, and marks it checked when it holds what the ledger records.
func (s *printScreen) checkWithShares() {
	if !s.codesRead || s.st == nil {
		return
	}
	session, id, pass := s.check.session, s.backup.ID, s.checkPass.Text
	var p *export.Payload
	var err error
	s.setChecking(true)
	s.e.bg.do(job{owner: &s.life, work: func() { p, err = session.OpenSharedWith(id, pass) }, done: func() {
		s.setChecking(false)
		s.checkPass.SetText("")
		if err == nil {
			err = s.markChecked(p)
		}
		if err != nil {
			s.checkMsg.Set("Not checked: "+sharesFailed(err), widget.DangerImportance)
			return
		}
		s.checked = true
		s.checkBox.Hide()
		s.checkMsg.Set(fmt.Sprintf("Your printout is checked: the code pages and share sheets open it and hold the %s "+
			"Coffer put on it. Your vault records it as checked on %s.", plural(len(p.Items), "key", "keys"),
			s.e.date(s.e.now())), widget.SuccessImportance)
	}})
}

// printAdvice is the save step's advice; a shared backup has no passphrase to keep apart.
func (s *printScreen) printAdvice() string {
	if s.backup != nil && s.backup.Shared() {
		return "Print at 100% (\"actual size\"), never \"fit to page\": shrunk codes are harder to read. " +
			"Keep the code pages in a safe place apart from the share sheets."
	}
	return printAdvice
}
