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
	"coffer/export/restore"
	"coffer/vault"
)

// haveOptions are the answers to "What do you have?".
var haveOptions = []kit.Option[have]{
	{Value: havePhotos, Label: "Photos or scans of the sheets, a scanner PDF, or the backup PDF file"},
	{Value: haveTyped, Label: "Only the typed lines (the text pages at the end of the backup)"},
	{Value: haveBoth, Label: "Both: photos or scans, and lines I can type"},
}

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
	wiz  *kit.Wizard

	session *restore.Session
	have    *kit.Choice[have]
	codes   *codesPanel

	typed *typedStep

	backupPass *widget.Entry
	passMsg    kit.Message
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

// buildUI builds the frame and shows the first step.
func (s *restoreScreen) buildUI() fyne.CanvasObject {
	s.have = kit.NewChoice(haveOptions, func(have) { s.nav.activity() })
	s.have.Set(havePhotos)
	s.codes = newCodesPanel(s.e, s.nav, &s.life, s.session, s.onCodes)
	s.codes.buildUI()
	s.typed = newTypedStep(s)
	s.backupPass = widget.NewPasswordEntry()
	s.backupPass.SetPlaceHolder("Backup passphrase")
	s.backupPass.OnSubmitted = func(string) { s.nav.activity(); s.open() }
	s.passMsg = kit.NewMessage()
	s.spinner = kit.NewSpinner()
	s.where = newWhereStep(s)
	s.wiz = kit.NewWizard("Restore from a paper backup", s.steps(), s.nav.activity, s.onCancel, s.onBack)
	s.showStep(restoreStepHave)
	return s.wiz.Root
}

// steps are the wizard's pages; restoreNext and restoreBack say which follows which.
func (s *restoreScreen) steps() []kit.Step {
	return []kit.Step{
		restoreStepHave:  {Name: "What you have", Build: s.haveStep, Next: "Next", OnNext: s.onNext},
		restoreStepFiles: {Name: "Add your pages", Build: s.filesStep, Next: "Next", Shown: s.onCodes, OnNext: s.onNext},
		restoreStepTyped: {Name: "Type what is missing", Build: s.typed.buildUI, Next: "Next: the passphrase",
			Shown: s.typed.refresh, OnNext: s.typed.onNext},
		restoreStepPassphrase: {Name: "Backup passphrase", Build: s.passphraseStep, Next: "Open the backup",
			Shown: func() { s.e.win.Canvas().Focus(s.backupPass) }, OnNext: s.open},
		restoreStepWhere: {Name: "Where to put your keys", Build: s.where.buildUI, Next: "Restore",
			Shown: s.whereShown, OnNext: s.where.onRestore},
		restoreStepDone: {Name: "Done", Build: s.doneStep, Next: "Finish", Shown: s.doneShown, OnNext: s.finish},
	}
}

// showStep shows step i.
func (s *restoreScreen) showStep(i int) { s.wiz.Show(i) }

// whereShown names the count on the Restore button.
func (s *restoreScreen) whereShown() {
	s.wiz.Next.SetText(fmt.Sprintf("Restore %s", plural(len(s.payload.Items), "item", "items")))
}

// doneShown leaves only Finish: the keys are written.
func (s *restoreScreen) doneShown() {
	s.wiz.Back.Hide()
	s.wiz.Cancel.Hide()
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

// facts reads what the flow depends on from the wizard's state.
func (s *restoreScreen) facts() restoreFacts {
	st, ok := s.codes.selected()
	h, _ := s.have.Value()
	return restoreFacts{have: h, chosen: ok, recoverable: ok && st.Recoverable, typedLines: s.typed.text() != ""}
}

// onBack goes to the previous step the user saw; leaving "Where" drops the
// decrypted backup.
func (s *restoreScreen) onBack() {
	s.nav.activity()
	if s.wiz.Current == restoreStepWhere {
		s.payload = nil
	}
	s.showStep(restoreBack(s.wiz.Current, s.facts()))
}

// onNext moves on from the first two steps.
func (s *restoreScreen) onNext() {
	s.showStep(restoreNext(s.wiz.Current, s.facts()))
}

// haveStep is step 1's content.
func (s *restoreScreen) haveStep() fyne.CanvasObject {
	return container.NewVBox(
		kit.Para("A Coffer paper backup is a few sheets of square codes, with the same codes as lines of letters "+
			"on the last pages. You need enough of the codes, and the backup passphrase."),
		kit.Section("What do you have?", s.have),
		kit.Hint("No printer or scanner? A phone photo of each code page is enough: flat, sharp, and the whole page in the picture."))
}

// filesStep is step 2's content.
func (s *restoreScreen) filesStep() fyne.CanvasObject {
	return container.NewVBox(kit.Para("Add photos or scans of the code pages, or the backup PDF itself. "+
		"Codes that cannot be read are rebuilt from the spare codes when enough of the others are there."), s.codes.root)
}

// onCodes enables Next once a backup is chosen and names what comes next. On the
// typed step, where the same choice between backups is shown, it redraws that step.
func (s *restoreScreen) onCodes() {
	if s.wiz != nil && s.wiz.Current == restoreStepTyped && s.typed != nil {
		s.typed.refresh()
		return
	}
	if s.wiz == nil || s.wiz.Current != restoreStepFiles {
		return
	}
	f := s.facts()
	s.wiz.SetNext(f.chosen)
	switch {
	case f.filesEnough():
		s.wiz.Next.SetText("Next: the passphrase")
	case f.chosen && !f.recoverable:
		s.wiz.Next.SetText("Next: type the missing codes")
	default:
		s.wiz.Next.SetText("Next")
	}
}

// dropped takes files dropped on the window on the files step.
func (s *restoreScreen) dropped(paths []string) {
	if s.wiz.Current != restoreStepFiles {
		s.showStep(restoreStepFiles)
	}
	s.codes.dropped(paths)
}

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
	s.passMsg.Set(sentence(explain.Error(err)), widget.DangerImportance)
}

// doneStep is the summary: what was added, skipped or kept beside.
func (s *restoreScreen) doneStep() fyne.CanvasObject {
	r := s.report
	lines := container.NewVBox(
		widget.NewLabel(fmt.Sprintf("%s added", plural(r.Added, "item", "items"))),
		widget.NewLabel(fmt.Sprintf("%s already there (skipped)", plural(r.Skipped, "item", "items"))),
		widget.NewLabel(fmt.Sprintf("%s kept beside a different item with the same ID (marked \"restored\")", plural(r.KeptBoth, "item", "items"))))
	return container.NewVBox(
		kit.Para("Your keys are back in "+displayPath(s.into)+"."), kit.Section("Summary", lines),
		kit.Hint("Keep the paper backup: it still works. Print a new one when you add or change keys."))
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
