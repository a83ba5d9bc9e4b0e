package gui

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"coffer/app/internal/explain"
	"coffer/export"
	"coffer/export/restore"
	"coffer/vault"
)

// Steps of the restore wizard.
const (
	restoreStepHave = iota
	restoreStepFiles
	restoreStepTyped
	restoreStepPassphrase
	restoreStepWhere
	restoreStepDone
)

var restoreSteps = []string{"What you have", "Add your pages", "Type what is missing", "Backup passphrase", "Where to put your keys", "Done"}

// What the user has of the backup.
const (
	havePhotos = "Photos or scans of the sheets, a scanner PDF, or the backup PDF file"
	haveTyped  = "Only the typed lines (the text pages at the end of the backup)"
	haveBoth   = "Both: photos or scans, and lines I can type"
)

// restoreScreen is the "Restore from a paper backup" wizard: gather the codes from
// files and typed lines, open the backup with its passphrase, and put the keys into
// the open vault or a new one.
type restoreScreen struct {
	life
	e    *env
	nav  nav
	st   store  // the open vault, nil when none is
	path string // the app's vault location, for the new vault's default
	done func() // back to where the wizard was opened from
	wiz  *wizard

	session *restore.Session
	have    *widget.RadioGroup
	codes   *codesPanel

	typed *typedStep

	backupPass *widget.Entry
	passMsg    messageLabel
	spinner    *widget.ProgressBarInfinite
	payload    *export.Payload // the decrypted backup, dropped when the wizard ends

	where *whereStep

	report   vault.MergeReport
	into     string       // path of the vault the keys went into
	newVault *vault.Vault // the vault created by the restore, opened at Finish
}

func newRestoreScreen(e *env, n nav, st store, path string, done func()) *restoreScreen {
	return &restoreScreen{e: e, nav: n, st: st, path: path, done: done, session: restore.NewSession()}
}

// showRestore opens the restore wizard; Cancel returns to the screen shown before.
func (g *gui) showRestore() {
	g.activity()
	s := newRestoreScreen(&g.env, g, g.v, g.path, g.home)
	g.show(s, s.buildUI())
}

// buildUI builds the frame and shows the first step.
func (s *restoreScreen) buildUI() fyne.CanvasObject {
	s.wiz = newWizard("Restore from a paper backup", restoreSteps, s.onCancel, s.onBack, s.onNext)
	s.have = widget.NewRadioGroup([]string{havePhotos, haveTyped, haveBoth}, func(string) { s.nav.activity() })
	s.have.Selected = havePhotos
	s.codes = newCodesPanel(s.e, s.nav, &s.life, s.session, s.onCodes)
	s.codes.buildUI()
	s.typed = newTypedStep(s)
	s.backupPass = widget.NewPasswordEntry()
	s.backupPass.SetPlaceHolder("Backup passphrase")
	s.backupPass.OnSubmitted = func(string) { s.onNext() }
	s.passMsg = newMessageLabel()
	s.spinner = newSpinner()
	s.where = newWhereStep(s)
	s.showStep(restoreStepHave)
	return s.wiz.root
}

// showStep shows step i.
func (s *restoreScreen) showStep(i int) {
	switch i {
	case restoreStepHave:
		s.wiz.show(i, s.haveStep(), "Next")
	case restoreStepFiles:
		s.wiz.show(i, s.filesStep(), "Next")
		s.onCodes()
	case restoreStepTyped:
		s.wiz.show(i, s.typed.buildUI(), "Next: the passphrase")
		s.typed.refresh()
	case restoreStepPassphrase:
		s.wiz.show(i, s.passphraseStep(), "Open the backup")
		s.e.win.Canvas().Focus(s.backupPass)
	case restoreStepWhere:
		s.wiz.show(i, s.where.buildUI(), fmt.Sprintf("Restore %s", plural(len(s.payload.Items), "item", "items")))
	case restoreStepDone:
		s.wiz.show(i, s.doneStep(), "Finish")
		s.wiz.back.Hide()
		s.wiz.cancel.Hide()
	}
}

// drop forgets the decrypted backup and closes a vault the restore created but did
// not hand over (the app locked, or the user left, before Finish).
func (s *restoreScreen) drop() {
	s.life.drop()
	s.payload = nil
	if v := s.newVault; v != nil {
		s.newVault = nil
		closeQuietly(v)
	}
}

// onCancel forgets everything read and decrypted and goes back.
func (s *restoreScreen) onCancel() {
	s.nav.activity()
	s.payload = nil
	s.done()
}

// onBack goes to the previous step the user saw.
func (s *restoreScreen) onBack() {
	s.nav.activity()
	switch s.wiz.step {
	case restoreStepFiles:
		s.showStep(restoreStepHave)
	case restoreStepTyped:
		if s.have.Selected == haveTyped {
			s.showStep(restoreStepHave)
		} else {
			s.showStep(restoreStepFiles)
		}
	case restoreStepPassphrase:
		if s.usedTyped() {
			s.showStep(restoreStepTyped)
		} else {
			s.showStep(restoreStepFiles)
		}
	case restoreStepWhere:
		s.payload = nil
		s.showStep(restoreStepPassphrase)
	}
}

// usedTyped reports whether the typed step is part of this restore.
func (s *restoreScreen) usedTyped() bool {
	st, ok := s.codes.selected()
	return s.have.Selected != havePhotos || s.typed.text() != "" || ok && !st.Recoverable
}

// onNext checks the current step and moves on.
func (s *restoreScreen) onNext() {
	s.nav.activity()
	switch s.wiz.step {
	case restoreStepHave:
		if s.have.Selected == haveTyped {
			s.showStep(restoreStepTyped)
		} else {
			s.showStep(restoreStepFiles)
		}
	case restoreStepFiles:
		if st, ok := s.codes.selected(); ok && st.Recoverable && s.have.Selected == havePhotos {
			s.showStep(restoreStepPassphrase)
		} else {
			s.showStep(restoreStepTyped)
		}
	case restoreStepTyped:
		s.typed.onNext()
	case restoreStepPassphrase:
		s.open()
	case restoreStepWhere:
		s.where.onRestore()
	case restoreStepDone:
		s.finish()
	}
}

// haveStep is step 1's content.
func (s *restoreScreen) haveStep() fyne.CanvasObject {
	return container.NewVBox(
		para("A Coffer paper backup is a few sheets of square codes, with the same codes as lines of letters "+
			"on the last pages. You need enough of the codes, and the backup passphrase."),
		section("What do you have?", s.have),
		hint("No printer or scanner? A phone photo of each code page is enough: flat, sharp, and the whole page in the picture."))
}

// filesStep is step 2's content.
func (s *restoreScreen) filesStep() fyne.CanvasObject {
	return container.NewVBox(para("Add photos or scans of the code pages, or the backup PDF itself. "+
		"Codes that cannot be read are rebuilt from the spare codes when enough of the others are there."), s.codes.root)
}

// onCodes enables Next once a backup is chosen and names what comes next. On the
// typed step, where the same choice between backups is shown, it redraws that step.
func (s *restoreScreen) onCodes() {
	if s.wiz != nil && s.wiz.step == restoreStepTyped && s.typed != nil {
		s.typed.refresh()
		return
	}
	if s.wiz == nil || s.wiz.step != restoreStepFiles {
		return
	}
	st, ok := s.codes.selected()
	s.wiz.setNext(ok)
	switch {
	case ok && st.Recoverable && s.have.Selected == havePhotos:
		s.wiz.next.SetText("Next: the passphrase")
	case ok && !st.Recoverable:
		s.wiz.next.SetText("Next: type the missing codes")
	default:
		s.wiz.next.SetText("Next")
	}
}

// dropped takes files dropped on the window on the files step.
func (s *restoreScreen) dropped(paths []string) {
	if s.wiz.step != restoreStepFiles {
		s.showStep(restoreStepFiles)
	}
	s.codes.dropped(paths)
}

// passphraseStep is step 4's content.
func (s *restoreScreen) passphraseStep() fyne.CanvasObject {
	st, _ := s.codes.selected()
	return container.NewVBox(
		para(fmt.Sprintf("Backup %s can be restored. Type the passphrase it was made with: "+
			"your vault passphrase at the time, or the separate backup passphrase you chose.", st.BackupID)),
		s.backupPass, s.passMsg.Label, s.spinner)
}

// open decrypts the chosen backup off the UI goroutine. A wrong passphrase can be
// typed again; the codes read are kept.
func (s *restoreScreen) open() {
	st, ok := s.codes.selected()
	pass := s.backupPass.Text
	if !ok || !st.Recoverable {
		s.passMsg.set("Not enough codes yet: go back and add more pages or lines.", widget.DangerImportance)
		return
	}
	if pass == "" {
		s.passMsg.set("Type the backup passphrase.", widget.DangerImportance)
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
		s.passMsg.set("", widget.MediumImportance)
		s.showStep(restoreStepWhere)
	}})
}

func (s *restoreScreen) setWorking(on bool) {
	s.wiz.setWorking(on)
	spin(s.spinner, on)
	if on {
		s.backupPass.Disable()
		s.passMsg.set("Opening the backup. This takes a few seconds…", widget.MediumImportance)
	} else {
		s.backupPass.Enable()
	}
}

// openFailed explains why the backup did not open.
func (s *restoreScreen) openFailed(err error) {
	if errors.Is(err, export.ErrBadPassphrase) {
		s.passMsg.set("That passphrase does not open this backup. Check Caps Lock and the keyboard layout, "+
			"and try the passphrase your vault had when the backup was printed. The codes you added are kept.", widget.DangerImportance)
		s.e.win.Canvas().Focus(s.backupPass)
		return
	}
	s.passMsg.set(sentence(explain.Error(err)), widget.DangerImportance)
}

// doneStep is the summary: what was added, skipped or kept beside.
func (s *restoreScreen) doneStep() fyne.CanvasObject {
	r := s.report
	lines := container.NewVBox(
		widget.NewLabel(fmt.Sprintf("%s added", plural(r.Added, "item", "items"))),
		widget.NewLabel(fmt.Sprintf("%s already there (skipped)", plural(r.Skipped, "item", "items"))),
		widget.NewLabel(fmt.Sprintf("%s kept beside a different item with the same ID (marked \"restored\")", plural(r.KeptBoth, "item", "items"))))
	return container.NewVBox(
		para("Your keys are back in "+displayPath(s.into)+"."), section("Summary", lines),
		hint("Keep the paper backup: it still works. Print a new one when you add or change keys."))
}

// finish opens the vault the keys went into and shows them.
func (s *restoreScreen) finish() {
	s.payload = nil
	if v := s.newVault; v != nil {
		s.newVault = nil
		s.nav.adopt(v)
		return
	}
	s.nav.showMain()
}
