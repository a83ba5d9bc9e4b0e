package gui

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/app/internal/explain"
	"coffer/export"
	"coffer/export/restore"
	"coffer/vault"
)

// checkStep is step 5's content: photograph or scan the printed sheets, then type
// the backup passphrase to decrypt them.
func (s *printScreen) checkStep() fyne.CanvasObject {
	if s.check == nil {
		s.buildCheck()
	}
	if s.backup.Shared() {
		return s.sharedCheckStep() // print_shared_check.go
	}
	return container.NewVBox(
		kit.Para("A backup you have never read back is a hope, not a backup. Take a photo or a scan of each printed "+
			"code page and add them here, then type the backup passphrase: Coffer opens the backup like a restore "+
			"would and compares it with what it put on paper, without changing your vault's keys."),
		s.check.root, s.checkMsg.Label, s.checkBox)
}

// buildCheck creates step 5's widgets for the backup just made.
func (s *printScreen) buildCheck() {
	s.check = newCodesPanel(s.e, s.nav, &s.life, restore.NewSession(), s.onCodesRead)
	s.check.want = s.backup.ID
	s.checkMsg = kit.NewMessage()
	s.checkPass = widget.NewPasswordEntry()
	s.checkPass.SetPlaceHolder("Backup passphrase")
	s.checkPass.OnSubmitted = func(string) { s.onCheckPassphrase() }
	s.checkOpen = &widget.Button{Text: "Check with the passphrase", Icon: theme.ConfirmIcon(),
		Importance: widget.HighImportance, OnTapped: s.onCheckPassphrase}
	s.checkSpin = kit.NewSpinner()
	s.checkBox = container.NewVBox(s.checkPass, container.NewHBox(s.checkOpen), s.checkSpin)
	s.checkBox.Hide()
	s.check.buildUI()
	s.sharedCheckSetup() // print_shared_check.go
}

// onCodesRead records that every code was read, once they all are. That is not a
// check: a backup made with a mistyped passphrase reads fine and never opens.
func (s *printScreen) onCodesRead() {
	st, ok := s.check.selected()
	if !ok || s.checked {
		return
	}
	if !st.Recoverable || len(st.Missing) > 0 {
		s.checkBox.Hide()
		if st.Recoverable {
			s.checkMsg.Set(fmt.Sprintf("Not every code is read yet (%s %s): add photos of them to check the whole printout.",
				pluralWord(len(st.Missing), "code", "codes"), explain.Numbers(st.Missing)), widget.WarningImportance)
		}
		return
	}
	s.checkBox.Show()
	if s.codesRead || s.st == nil {
		return
	}
	id, now := s.backup.ID, s.e.now()
	if !commit(s.st, s.nav, func(d *vault.Data) error { return d.MarkCodesRead(id, now) }) {
		return
	}
	s.codesRead = true
	if s.backup.Shared() {
		s.sharedCodesRead() // print_shared_check.go
		return
	}
	s.checkMsg.Set("All codes read; not decrypted, so not checked: type the backup passphrase to check it.",
		widget.WarningImportance)
	s.e.win.Canvas().Focus(s.checkPass)
}

// onCheckPassphrase decrypts the printout's codes off the UI goroutine and, when
// the items inside are those the ledger records for this backup, marks it checked.
func (s *printScreen) onCheckPassphrase() {
	s.nav.activity()
	if s.backup.Shared() {
		s.checkWithShares() // print_shared_check.go
		return
	}
	pass := s.checkPass.Text
	if pass == "" {
		s.checkMsg.Set("Type the backup passphrase.", widget.DangerImportance)
		return
	}
	if !s.codesRead || s.st == nil {
		return
	}
	session, id := s.check.session, s.backup.ID
	var p *export.Payload
	var err error
	s.setChecking(true)
	s.e.bg.do(job{owner: &s.life, work: func() { p, err = session.Open(id, pass) }, done: func() {
		s.setChecking(false)
		s.checkPass.SetText("")
		if err == nil {
			err = s.markChecked(p)
		}
		if err != nil {
			s.checkMsg.Set(checkFailed(err), widget.DangerImportance)
			return
		}
		s.checked = true
		s.checkBox.Hide()
		s.checkMsg.Set(fmt.Sprintf("Your printout is checked: it opens with this passphrase and holds the %s "+
			"Coffer put on it. Your vault records it as checked on %s.", plural(len(p.Items), "key", "keys"),
			s.e.date(s.e.now())), widget.SuccessImportance)
	}})
}

// markChecked records the decrypted backup as checked, comparing its items with the
// ledger record; on a mismatch nothing is marked.
func (s *printScreen) markChecked(p *export.Payload) error {
	id, now := s.backup.ID, s.e.now()
	return s.st.Update(func(d *vault.Data) error { return d.MarkChecked(id, p.Items, now) })
}

func (s *printScreen) setChecking(on bool) {
	s.wiz.SetWorking(on)
	kit.Spin(s.checkSpin, on)
	kit.SetEnabled(!on, s.checkOpen)
	if on {
		s.checkPass.Disable()
		s.checkMsg.Set("Opening the backup. This takes a few seconds…", widget.MediumImportance)
	} else {
		s.checkPass.Enable()
	}
}

// checkFailed says why a printout is not checked; nothing was marked.
func checkFailed(err error) string {
	switch {
	case errors.Is(err, export.ErrBadPassphrase):
		return "That passphrase does not open this backup, so it is not checked. Check Caps Lock and the keyboard " +
			"layout and try again. If you are sure of it, the backup was made with a mistyped passphrase: " +
			"print a new one and destroy these sheets."
	case errors.Is(err, export.ErrBackupMismatch), errors.Is(err, vault.ErrBackupMismatch):
		return "These codes do not hold the backup Coffer printed (they may have been relabelled or mixed with " +
			"another backup's), so nothing was marked. " + sentence(err.Error())
	}
	return "Not checked: " + sentence(explain.Error(err))
}

// dropped takes photos dropped on the window while checking the printout.
func (s *printScreen) dropped(paths []string) {
	if s.wiz.Current == printStepCheck && s.check != nil {
		s.check.dropped(paths)
	}
}
