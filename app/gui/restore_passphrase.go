package gui

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/app/internal/explain"
	"coffer/export"
)

// passphraseStep is step 4's content.
func (s *restoreScreen) passphraseStep() fyne.CanvasObject {
	st, _ := s.codes.selected()
	return container.NewVBox(
		kit.Para(fmt.Sprintf("Backup %s can be restored. Type the passphrase it was made with: "+
			"your vault passphrase at the time, or the separate backup passphrase you chose.", st.BackupID)),
		s.backupPass, s.passMsg.Label, s.spinner)
}

// open decrypts the chosen backup off the UI goroutine. A wrong passphrase can be
// typed again; the codes read are kept.
func (s *restoreScreen) open() {
	st, ok := s.codes.selected()
	pass := s.backupPass.Text
	if !ok || !st.Recoverable {
		s.passMsg.Set("Not enough codes yet: go back and add more pages or lines.", widget.DangerImportance)
		return
	}
	if pass == "" {
		s.passMsg.Set("Type the backup passphrase.", widget.DangerImportance)
		return
	}
	var p *export.Payload
	var err error
	s.setWorking(true)
	s.e.bg.do(job{owner: &s.life, work: func() { p, err = s.session.Open(st.BackupID, pass) }, done: func() {
		s.setWorking(false)
		s.backupPass.SetText("")
		if err != nil {
			s.openFailed(err)
			return
		}
		s.payload = p
		s.passMsg.Set("", widget.MediumImportance)
		s.showStep(restoreStepWhere)
	}})
}

func (s *restoreScreen) setWorking(on bool) {
	s.wiz.SetWorking(on)
	kit.Spin(s.spinner, on)
	if on {
		s.backupPass.Disable()
		s.passMsg.Set("Opening the backup. This takes a few seconds…", widget.MediumImportance)
	} else {
		s.backupPass.Enable()
	}
}

// openFailed explains why the backup did not open.
func (s *restoreScreen) openFailed(err error) {
	if errors.Is(err, export.ErrBadPassphrase) {
		s.passMsg.Set("That passphrase does not open this backup. Check Caps Lock and the keyboard layout, "+
			"and try the passphrase your vault had when the backup was printed. The codes you added are kept.", widget.DangerImportance)
		s.e.win.Canvas().Focus(s.backupPass)
		return
	}
	if errors.Is(err, export.ErrBackupMismatch) {
		s.passMsg.Set("These codes are labelled as one backup but hold another (relabelled or mixed codes), so Coffer "+
			"will not restore them as this backup. Add the pages of one backup only.", widget.DangerImportance)
		return
	}
	s.passMsg.Set(sentence(explain.Error(err)), widget.DangerImportance)
}
