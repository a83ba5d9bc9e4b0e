package gui

import (
	"errors"
	"path/filepath"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/app/internal/explain"
	"coffer/export"
	"coffer/vault"
)

// Choices offered in Settings.
var (
	autoLockChoices  = []int{1, 2, 5, 10, 15, 30, 60, 0} // minutes; 0 is never
	clipboardChoices = []int{10, 20, 30, 45, 60, 90}     // seconds
)

// neverText is the auto-lock choice that turns it off.
const neverText = "Never"

// settingsScreen changes how Coffer behaves on this device and the vault's passphrase.
type settingsScreen struct {
	life
	e         *env
	nav       nav
	st        store
	back      *widget.Button
	autoLock  *kit.Select[int] // minutes, 0 for never
	clipboard *kit.Select[int] // seconds
	onHide    *widget.Check
	paper     *kit.Choice[export.Paper]
	remember  *widget.Check
	// forgetting: the current passphrase asked before the quick unlock is forgotten.
	forgetPass   *widget.Entry
	forgetDialog *dialog.FormDialog
	deviceMsg    kit.Message
	current      *widget.Entry
	pass         *kit.PassphrasePair
	change       *widget.Button
	passMsg      kit.Message
	spinner      *widget.ProgressBarInfinite
	open         *widget.Button
	create       *widget.Button
}

func newSettingsScreen(e *env, n nav, st store) *settingsScreen {
	return &settingsScreen{e: e, nav: n, st: st}
}

// buildUI returns the screen's content.
func (s *settingsScreen) buildUI() fyne.CanvasObject {
	s.back = &widget.Button{Text: "Back to vault", Icon: theme.NavigateBackIcon(), OnTapped: s.onBack}
	sections := container.NewVBox(kit.Heading("Settings"), s.lockSection(), s.deviceSection(),
		s.passphraseSection(), s.paperSection(), s.vaultSection())
	return container.NewBorder(container.NewPadded(container.NewHBox(s.back)), nil, nil, nil,
		kit.NewVScroll(container.NewCenter(container.New(&kit.MaxWidth{Width: 600}, container.NewPadded(sections)))))
}

// lockSection: auto-lock, clipboard clearing, lock when in the background.
func (s *settingsScreen) lockSection() fyne.CanvasObject {
	p := s.e.prefs.p
	s.autoLock = kit.NewSelect(countOptions(autoLockChoices, "minute", "minutes"), s.onAutoLock)
	s.autoLock.Set(p.IntWithFallback(prefAutoLock, defaultAutoLockMinutes))
	s.clipboard = kit.NewSelect(countOptions(clipboardChoices, "second", "seconds"), s.onClipboard)
	s.clipboard.Set(p.IntWithFallback(prefClipboard, defaultClipboardSeconds))
	s.onHide = widget.NewCheck("Also lock when I switch to another window", s.onLockOnHide)
	s.onHide.SetChecked(s.e.prefs.lockOnBackground())
	form := widget.NewForm(widget.NewFormItem("Lock after idle", s.autoLock),
		widget.NewFormItem("Clear clipboard after", s.clipboard))
	return widget.NewCard("", "Locking", container.NewVBox(form, s.onHide))
}

// deviceSection: remember or forget the vault in the system keyring.
func (s *settingsScreen) deviceSection() fyne.CanvasObject {
	s.remember = widget.NewCheck("Remember this vault on this device", nil)
	s.remember.SetChecked(s.e.prefs.remembered(s.st.ID()))
	s.remember.OnChanged = s.onRemember
	s.deviceMsg = kit.NewMessage()
	help := kit.Hint("Unlock with one tap, using the system keyring. Coffer still asks for the passphrase every two weeks.")
	checkKeyring(s.e, &s.life, s.remember, s.remember.Checked, func(line string) {
		help.Hide() // the one plain line replaces the help: there is no keyring to use
		s.deviceMsg.Set(line, widget.WarningImportance)
	})
	return widget.NewCard("", "This device", container.NewVBox(s.remember, help, s.deviceMsg.Label))
}

// passphraseSection: change the passphrase.
func (s *settingsScreen) passphraseSection() fyne.CanvasObject {
	s.current = widget.NewPasswordEntry()
	s.current.SetPlaceHolder("Current passphrase")
	s.current.OnChanged = func(string) { s.refreshChange() }
	s.pass = kit.NewPassphrasePair(s.refreshChange)
	s.change = &widget.Button{Text: "Change passphrase", OnTapped: s.onChangePassphrase}
	s.passMsg = kit.NewMessage()
	s.spinner = kit.NewSpinner()
	s.refreshChange()
	return widget.NewCard("", "Passphrase", container.NewVBox(
		kit.Hint("Paper backups made before the change keep opening with the old passphrase."),
		s.current, s.pass.BuildUI(), s.passMsg.Label, s.spinner, container.NewHBox(kit.Spacer(), s.change)))
}

// paperSection: default paper size for backups.
func (s *settingsScreen) paperSection() fyne.CanvasObject {
	s.paper = kit.NewChoice(paperOptions, s.onPaper)
	s.paper.Horizontal = true
	s.paper.Set(export.A4)
	if p := export.Paper(s.e.prefs.paper()); p == export.Letter {
		s.paper.Set(p)
	}
	return widget.NewCard("", "Paper backups", widget.NewForm(widget.NewFormItem("Paper size", s.paper)))
}

// vaultSection: where the vault is, open another, create a new one.
func (s *settingsScreen) vaultSection() fyne.CanvasObject {
	s.open = &widget.Button{Text: "Open another vault…", Icon: theme.FolderOpenIcon(), OnTapped: s.nav.chooseVault}
	s.create = &widget.Button{Text: "Create a new vault…", Icon: theme.FolderNewIcon(), OnTapped: s.nav.chooseNewVault}
	path := widget.NewLabel(displayPath(s.st.Path()))
	path.Wrapping = fyne.TextWrapBreak
	return widget.NewCard("", "Vault file", container.NewVBox(path, container.NewHBox(s.open, s.create)))
}

// countOptions offers numbers as "5 minutes"; 0 is Never.
func countOptions(values []int, one, many string) []kit.Option[int] {
	out := make([]kit.Option[int], len(values))
	for i, v := range values {
		out[i] = kit.Option[int]{Value: v, Label: countText(v, one, many)}
	}
	return out
}

func countText(v int, one, many string) string {
	if v == 0 {
		return neverText
	}
	if v == 1 {
		return "1 " + one
	}
	return strconv.Itoa(v) + " " + many
}

func (s *settingsScreen) onAutoLock(minutes int) {
	s.nav.activity()
	s.e.prefs.p.SetInt(prefAutoLock, minutes)
}

func (s *settingsScreen) onClipboard(seconds int) {
	s.nav.activity()
	if seconds > 0 {
		s.e.prefs.p.SetInt(prefClipboard, seconds)
	}
}

func (s *settingsScreen) onLockOnHide(on bool) {
	s.nav.activity()
	s.e.prefs.p.SetBool(prefLockOnHide, on)
}

func (s *settingsScreen) onPaper(p export.Paper) {
	s.nav.activity()
	s.e.prefs.p.SetString(prefPaper, string(p))
}

// onRemember stores the vault's key in the system keyring, or asks for the current
// passphrase before removing it (see askForget).
func (s *settingsScreen) onRemember(on bool) {
	s.nav.activity()
	s.deviceMsg.Set("", widget.MediumImportance)
	if on {
		s.setRemembered(true, "")
		return
	}
	s.askForget()
}

// askForget asks for the current passphrase before the quick unlock is forgotten:
// without it, the passphrase is the only way in, so whoever forgets it must know it
// (someone at an unlocked computer could otherwise lock the owner out).
func (s *settingsScreen) askForget() {
	s.forgetPass = widget.NewPasswordEntry()
	s.forgetPass.SetPlaceHolder("Current passphrase")
	intro := kit.Para("Without the quick unlock, your passphrase is the only way into this vault on this device. " +
		"Type it to show you know it.")
	s.forgetDialog = dialog.NewForm("Forget the quick unlock?", "Forget", "Cancel",
		[]*widget.FormItem{widget.NewFormItem("", intro), widget.NewFormItem("Passphrase", s.forgetPass)},
		func(ok bool) {
			s.nav.activity()
			pass := s.forgetPass.Text
			s.forgetPass.SetText("")
			if !ok {
				s.showRemembered(true)
				return
			}
			s.setRemembered(false, pass)
		}, s.e.win)
	s.forgetDialog.Show()
	s.e.win.Canvas().Focus(s.forgetPass)
}

// setRemembered stores or removes the vault's key in the system keyring, off the UI
// goroutine because the keyring may ask the user to unlock it. Removing it first
// checks current, the passphrase typed.
func (s *settingsScreen) setRemembered(on bool, current string) {
	v := s.st
	var err error
	s.remember.Disable()
	s.e.bg.do(job{owner: nil, holdsVault: true, work: func() {
		switch {
		case on:
			err = v.Remember()
		default:
			if err = v.CheckPassphrase(current); err == nil {
				err = v.Forget()
			}
		}
	}, done: func() {
		s.remember.Enable()
		switch {
		case errors.Is(err, vault.ErrBadPassphrase):
			s.showRemembered(!on)
			s.deviceMsg.Set("That is not your passphrase, so the quick unlock was kept.", widget.DangerImportance)
		case errors.Is(err, vault.ErrNoKeyring):
			s.showRemembered(!on)
			s.deviceMsg.Set(noKeyringLine, widget.WarningImportance)
		case err != nil:
			s.showRemembered(!on)
			s.nav.showError(err)
		default:
			s.e.prefs.setRemembered(v.ID(), on)
			if !on {
				s.deviceMsg.Set("Forgotten: this device now asks for the passphrase to unlock.", widget.MediumImportance)
			}
		}
	}})
}

// showRemembered ticks the box without acting on it.
func (s *settingsScreen) showRemembered(on bool) {
	s.remember.OnChanged = nil
	s.remember.SetChecked(on)
	s.remember.OnChanged = s.onRemember
}

// refreshChange enables the button once the current passphrase is typed and the new
// one twice.
func (s *settingsScreen) refreshChange() {
	if s.current.Text == "" || s.pass.Value() == "" {
		s.change.Disable()
	} else {
		s.change.Enable()
	}
}

// onChangePassphrase checks the current passphrase, then re-protects the vault with
// the new one, off the UI goroutine. A weak passphrase is refused here; choose a
// stronger one.
func (s *settingsScreen) onChangePassphrase() {
	s.nav.activity()
	if p := s.pass.Problem(); p != "" {
		s.setPassMsg(p, true)
		return
	}
	if !s.pass.Strong() {
		s.setPassMsg("This passphrase is easy to guess. Add more words, or tap Suggest a passphrase.", true)
		return
	}
	v, current, pass, wf := s.st, s.current.Text, s.pass.Value(), s.e.opts.WorkFactor
	s.setWorking(true)
	var err error
	s.e.bg.do(job{owner: &s.life, holdsVault: true, work: func() {
		if err = v.CheckPassphrase(current); err == nil {
			err = v.ChangePassphrase(pass, wf)
		}
	}, done: func() {
		s.setWorking(false)
		s.current.SetText("")
		if errors.Is(err, vault.ErrBadPassphrase) {
			s.setPassMsg("That is not your current passphrase, so nothing was changed. Type it again.", true)
			s.e.win.Canvas().Focus(s.current)
			return
		}
		if err != nil {
			s.setPassMsg(sentence(explain.Error(err)), true)
			return
		}
		s.pass.Entry.SetText("")
		s.pass.Confirm.SetText("")
		s.pass.Suggested.Hide()
		s.setPassMsg("Passphrase changed. Use the new one from now on. The backup copy "+
			filepath.Base(v.Path())+".bak next to your vault now opens only with the new passphrase too; "+
			"paper backups made before keep opening with the old one.", false)
	}})
}

func (s *settingsScreen) setWorking(on bool) {
	kit.ShowWorking(s.spinner, on, s.change, s.back, s.pass.Suggest, s.open, s.create)
	if on {
		s.current.Disable()
		s.setPassMsg("Changing the passphrase…", false)
	} else {
		s.current.Enable()
		s.refreshChange()
	}
}

func (s *settingsScreen) setPassMsg(text string, bad bool) {
	imp := widget.MediumImportance
	if bad {
		imp = widget.DangerImportance
	}
	s.passMsg.Set(text, imp)
}

func (s *settingsScreen) onBack() { s.nav.showMain() }
