package gui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/app/internal/explain"
	"coffer/vault"
)

// unlockScreen opens an existing vault with its passphrase or, when this device
// remembers it, with one tap.
type unlockScreen struct {
	life
	e          *env
	nav        nav
	path       string // the vault file to open
	passphrase *widget.Entry
	unlock     *widget.Button
	quick      *widget.Button
	other      *widget.Button
	message    kit.Message
	spinner    *widget.ProgressBarInfinite
}

func newUnlockScreen(e *env, n nav, path string) *unlockScreen {
	return &unlockScreen{e: e, nav: n, path: path}
}

// buildUI returns the screen's content.
func (s *unlockScreen) buildUI() fyne.CanvasObject {
	s.passphrase = widget.NewPasswordEntry()
	s.passphrase.SetPlaceHolder("Passphrase")
	s.passphrase.OnSubmitted = func(string) { s.onUnlock() }
	s.unlock = &widget.Button{Text: "Unlock", Importance: widget.HighImportance, OnTapped: s.onUnlock}
	s.quick = &widget.Button{Text: "Quick unlock (this device remembers it)", OnTapped: s.onQuickUnlock}
	s.other = &widget.Button{Text: "Open another vault…", Importance: widget.LowImportance, OnTapped: s.onOther}
	if !s.e.prefs.remembered(s.vaultID()) {
		s.quick.Hide()
	}
	s.message = kit.NewMessage()
	s.spinner = kit.NewSpinner()
	title := widget.NewLabelWithStyle("Unlock "+vaultName(s.path), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameSubHeadingText
	where := kit.Hint(displayPath(s.path))
	where.Alignment = fyne.TextAlignCenter
	body := container.NewVBox(appLogo(96), title, where, s.passphrase, s.unlock, s.quick,
		s.message.Label, s.spinner, s.other)
	return kit.Centered(body, 420)
}

// vaultID reads the vault's ID from its plain header, or "" if it cannot.
func (s *unlockScreen) vaultID() string {
	h, err := vault.ReadHeader(s.path)
	if err != nil {
		return ""
	}
	return h.VaultID
}

// setMessage shows a line above the spinner; "" hides it.
func (s *unlockScreen) setMessage(text string) { s.message.Set(text, widget.MediumImportance) }

// setError shows what went wrong, in red.
func (s *unlockScreen) setError(text string) { s.message.Set(text, widget.DangerImportance) }

// onUnlock opens the vault with the typed passphrase, off the UI goroutine.
func (s *unlockScreen) onUnlock() {
	pass := s.passphrase.Text
	if pass == "" {
		s.setError("Type your passphrase.")
		return
	}
	path, opts := s.path, s.e.opts
	s.open(func() (*vault.Vault, error) { return vault.Open(path, pass, opts) })
}

// onQuickUnlock opens the vault with the key this device remembers.
func (s *unlockScreen) onQuickUnlock() {
	path, opts := s.path, s.e.opts
	s.open(func() (*vault.Vault, error) { return vault.OpenRemembered(path, opts) })
}

// open runs an opener with a spinner, then shows the vault or says what went wrong.
func (s *unlockScreen) open(opener func() (*vault.Vault, error)) {
	s.setWorking(true)
	var v *vault.Vault
	var err error
	remembered := false
	s.e.bg.do(job{owner: &s.life, work: func() {
		if v, err = opener(); err == nil {
			remembered = isRemembered(v) // the keyring may prompt: not on the UI goroutine
		}
	}, done: func() {
		s.setWorking(false)
		if err == nil {
			s.nav.opened(v, remembered)
			return
		}
		s.failed(err)
	}, discard: func() {
		if err == nil {
			closeQuietly(v)
		}
	}})
}

// failed explains an unlock error and prepares the screen for another try.
func (s *unlockScreen) failed(err error) {
	switch {
	case errors.Is(err, vault.ErrReminderDue):
		s.quick.Hide()
		s.setMessage("It has been a while since you typed your passphrase. Type it once now, so you keep remembering it.")
	case errors.Is(err, vault.ErrNotRemembered), errors.Is(err, vault.ErrNoKeyring):
		s.e.prefs.setRemembered(s.vaultID(), false)
		s.quick.Hide()
		s.setError(sentence(explain.Error(err)))
	case errors.Is(err, vault.ErrBadPassphrase):
		s.setError("That passphrase does not open this vault. Check Caps Lock and the keyboard layout, then try again.")
		s.passphrase.SetText("")
	default:
		s.setError(sentence(explain.Error(err)))
	}
	s.e.win.Canvas().Focus(s.passphrase)
}

func (s *unlockScreen) setWorking(on bool) {
	kit.ShowWorking(s.spinner, on, s.unlock, s.quick, s.other)
	if on {
		s.passphrase.Disable()
		s.setMessage("Unlocking…")
	} else {
		s.passphrase.Enable()
	}
}

func (s *unlockScreen) onOther() { s.nav.chooseVault() }
