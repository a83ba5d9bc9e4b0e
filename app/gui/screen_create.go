package gui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/app/internal/explain"
	"coffer/vault"
)

// createScreen makes a new vault: a passphrase typed twice, a strength meter and
// the choice to remember the vault on this device.
type createScreen struct {
	life
	e        *env
	nav      nav
	path     string // where the new vault goes
	pass     *kit.PassphrasePair
	remember *widget.Check
	create   *widget.Button
	back     *widget.Button
	problem  kit.Message
	spinner  *widget.ProgressBarInfinite
	// weakConfirm is the "use a weak passphrase anyway?" dialog while it is shown.
	weakConfirm *dialog.ConfirmDialog
}

func newCreateScreen(e *env, n nav, path string) *createScreen {
	return &createScreen{e: e, nav: n, path: path}
}

// buildUI returns the screen's content.
func (s *createScreen) buildUI() fyne.CanvasObject {
	s.pass = kit.NewPassphrasePair(s.refresh)
	s.pass.Confirm.OnSubmitted = func(string) { s.onCreate() }
	s.remember = widget.NewCheck("Remember on this device", nil)
	rememberHelp := kit.Hint("Unlock without typing, using the system keyring. You will still be asked for the passphrase every two weeks, so you keep it in mind.")
	s.create = &widget.Button{Text: "Create vault", Importance: widget.HighImportance, OnTapped: s.onCreate}
	s.back = &widget.Button{Text: "Back", OnTapped: s.onBack}
	s.problem = kit.NewMessage()
	s.spinner = kit.NewSpinner()
	title := kit.Heading("Create your vault")
	intro := kit.Hint("Choose a passphrase you will remember. Nobody, including us, can recover it; " +
		"your paper backups are the way back if you forget it.")
	buttons := container.NewHBox(s.back, kit.Spacer(), s.create)
	body := container.NewVBox(title, intro, s.pass.BuildUI(), s.remember, rememberHelp,
		s.problem.Label, s.spinner, buttons, kit.Hint("New vault: "+displayPath(s.path)))
	s.refresh()
	checkKeyring(s.e, &s.life, s.remember, false, func(line string) { rememberHelp.SetText(line) })
	return kit.AtTop(body, 560)
}

// refresh enables Create once the passphrase is typed twice.
func (s *createScreen) refresh() {
	if s.pass.Value() == "" {
		s.create.Disable()
	} else {
		s.create.Enable()
	}
}

func (s *createScreen) onBack() { s.nav.showWelcome() }

// onCreate checks the passphrase, asks before accepting a weak one, then creates.
func (s *createScreen) onCreate() {
	if p := s.pass.Problem(); p != "" {
		s.setProblem(p)
		return
	}
	if !s.pass.Strong() {
		s.weakConfirm = dialog.NewConfirm("Use a weak passphrase?",
			"This passphrase is easy to guess. Anyone who gets a copy of your vault file could try it.\n"+
				"Tap \"Suggest a passphrase\" for a strong one, or use this one anyway.",
			func(ok bool) {
				s.weakConfirm = nil
				if ok {
					s.createVault()
				}
			}, s.e.win)
		s.weakConfirm.SetConfirmText("Use it anyway")
		s.weakConfirm.SetDismissText("Choose another")
		s.weakConfirm.Show()
		return
	}
	s.createVault()
}

// createVault runs scrypt off the UI goroutine with a spinner showing.
func (s *createScreen) createVault() {
	pass, path, opts, remember := s.pass.Value(), s.path, s.e.opts, s.remember.Checked
	s.setWorking(true)
	var v *vault.Vault
	var err, rememberErr error
	s.e.bg.do(job{owner: &s.life, work: func() {
		v, err = vault.Create(path, pass, opts)
		if err == nil && remember {
			rememberErr = v.Remember()
		}
		remember = err == nil && rememberErr == nil && remember
	}, done: func() {
		s.setWorking(false)
		if err != nil {
			s.setProblem(sentence(explain.Error(err)))
			return
		}
		s.nav.opened(v, remember)
		switch {
		case errors.Is(rememberErr, vault.ErrNoKeyring):
			s.nav.showMessage("Not remembered", "Your vault was created. "+noKeyringLine)
		case rememberErr != nil:
			s.nav.showMessage("Not remembered", "Your vault was created, but this device cannot remember it: "+sentence(explain.Error(rememberErr)))
		}
	}, discard: func() {
		if err == nil {
			closeQuietly(v)
		}
	}})
}

func (s *createScreen) setWorking(on bool) {
	kit.ShowWorking(s.spinner, on, s.create, s.back, s.pass.Suggest)
	if on {
		s.problem.Hide()
	} else {
		s.refresh()
	}
}

func (s *createScreen) setProblem(text string) {
	s.problem.Set(text, widget.DangerImportance)
}
