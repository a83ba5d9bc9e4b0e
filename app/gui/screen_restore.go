package gui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/export"
	"coffer/export/restore"
	"coffer/vault"
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
	wiz  *kit.Wizard

	session *restore.Session
	have    *kit.Choice[have]
	codes   *codesPanel

	typed  *typedStep
	shares *sharesStep // instead of the passphrase, for a shared backup

	backupPass *widget.Entry
	passMsg    kit.Message
	spinner    *widget.ProgressBarInfinite
	payload    *export.Payload // the decrypted backup, dropped when the wizard ends

	where *whereStep

	report   vault.MergeReport
	into     string       // path of the vault the keys went into
	newVault *vault.Vault // the vault created by the restore, opened at Finish
	after    *kit.Choice[afterRestore]
}

func newRestoreScreen(e *env, n nav, st store, path string, done func()) *restoreScreen {
	return &restoreScreen{e: e, nav: n, st: st, path: path, done: done, session: restore.NewSession()}
}

// buildUI builds the frame and shows the first step.
func (s *restoreScreen) buildUI() fyne.CanvasObject {
	s.have = kit.NewChoice(haveOptions, func(have) { s.nav.activity() })
	s.have.Set(havePhotos)
	s.codes = newCodesPanel(s.e, s.nav, &s.life, s.session, s.onCodesChanged)
	s.codes.buildUI()
	s.typed = newTypedStep(s)
	s.shares = newSharesStep(s)
	s.backupPass = widget.NewPasswordEntry()
	s.backupPass.SetPlaceHolder("Backup passphrase")
	s.backupPass.OnSubmitted = func(string) { s.nav.activity(); s.open() }
	s.passMsg = kit.NewMessage()
	s.spinner = kit.NewSpinner()
	s.where = newWhereStep(s)
	s.wiz = kit.NewWizard("Restore from a paper backup", s.steps(), s.nav.activity, s.onCancel, s.onBack)
	s.wiz.Path = func() []int { return restorePath(s.facts()) }
	s.showStep(restoreStepHave)
	return s.wiz.Root
}

// steps are the wizard's pages; restoreNext and restoreBack say which follows which.
func (s *restoreScreen) steps() []kit.Step {
	return []kit.Step{
		restoreStepHave:  {Name: "What you have", Build: s.haveStep, Next: "Next", OnNext: s.onNext},
		restoreStepFiles: {Name: "Add your pages", Build: s.filesStep, Next: "Next", Shown: s.onCodesChanged, OnNext: s.onNext},
		restoreStepTyped: {Name: "Type what is missing", Build: s.typed.buildUI, Next: "Next: the passphrase",
			Shown: s.typed.refresh, OnNext: s.typed.onNext},
		restoreStepPassphrase: {Name: "Backup passphrase", Build: s.passphraseStep, Next: "Open the backup",
			Shown: func() { s.e.win.Canvas().Focus(s.backupPass) }, OnNext: s.open},
		restoreStepWhere: {Name: "Where to put your keys", Build: s.where.buildUI, Next: "Restore",
			Shown: s.whereShown, OnNext: s.where.onRestore},
		restoreStepDone: {Name: "Done", Build: s.doneStep, Next: "Finish", Shown: s.doneShown, OnNext: s.finish},
		restoreStepShares: {Name: "Share sheets", Build: s.shares.buildUI, Next: "Open the backup",
			Shown: s.shares.refresh, OnNext: s.shares.open},
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
	if s.after != nil {
		v, _ := s.after.Value()
		s.onAfter(v)
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

// facts reads what the flow depends on from the wizard's state.
func (s *restoreScreen) facts() restoreFacts {
	st, ok := s.codes.selected()
	h, _ := s.have.Value()
	return restoreFacts{have: h, chosen: ok, recoverable: ok && st.Recoverable, typedLines: s.typed.text() != "",
		shared: ok && st.Recoverable && s.session.Shared(st.BackupID)}
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
