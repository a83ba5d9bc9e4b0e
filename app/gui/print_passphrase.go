package gui

import (
	"errors"
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/app/internal/explain"
	"coffer/export"
	"coffer/vault"
)

// buildPassphrase creates the widgets of step 2.
func (s *printScreen) buildPassphrase() {
	s.paper = kit.NewChoice(paperOptions, nil)
	s.paper.Horizontal = true
	s.paper.Set(export.A4)
	if p := export.Paper(s.e.prefs.paper()); p == export.Letter {
		s.paper.Set(p)
	}
	s.passChoice = kit.NewChoice(passOptions, s.onPassChoice)
	s.passChoice.Set(passVault)
	s.vaultPass = widget.NewPasswordEntry()
	s.vaultPass.SetPlaceHolder("Type your vault passphrase")
	s.vaultPass.OnSubmitted = func(string) { s.onNext() }
	s.vaultBox = container.NewVBox(s.vaultPass,
		kit.Hint("Type it to make sure the backup opens with the passphrase you know. You will need it to restore."))
	s.pair = kit.NewPassphrasePair(func() { s.sameAccepted = false })
	s.pairBox = container.NewVBox(s.pair.BuildUI(), s.separateWarning())
	s.pairBox.Hide()
	s.sharing = newSharedPrint(s.nav.activity)
	s.titles = widget.NewCheck("Print the item titles on the sheets (never the secrets)", nil)
	s.passMsg = kit.NewMessage()
	s.spinner = kit.NewSpinner()
}

// separateWarning says what a separate passphrase means.
func (s *printScreen) separateWarning() fyne.CanvasObject {
	l := kit.Para("You must remember this passphrase, or store it apart from the paper: " +
		"without it nobody can open the backup, not even you or us. Never write it on the sheets.")
	l.Importance = widget.WarningImportance
	return l
}

// passphraseStep is step 2's content.
func (s *printScreen) passphraseStep() fyne.CanvasObject {
	return container.NewVBox(
		kit.Section("Backup passphrase", kit.Para("The sheets are encrypted. Which passphrase should open them? "+
			"With your vault passphrase, anyone who finds a sheet can try to guess it on their own computer, "+
			"and old sheets keep opening with it after you change it; a separate one avoids both."),
			s.passChoice, s.vaultBox, s.pairBox, s.sharing.box),
		kit.Section("Paper", widget.NewForm(widget.NewFormItem("Paper size", s.paper)), s.titles,
			kit.Hint("Titles help you see what a sheet holds; anyone who finds the sheet can read them too.")),
		s.passMsg.Label, s.spinner)
}

func (s *printScreen) onPassChoice(choice passSource) {
	s.nav.activity()
	s.vaultBox.Hidden = choice != passVault
	s.pairBox.Hidden = choice != passSeparate
	s.sharing.box.Hidden = choice != passShared
	s.vaultBox.Refresh()
	s.pairBox.Refresh()
	s.sharing.box.Refresh()
	s.passMsg.Set("", widget.MediumImportance)
}

// passphrase returns the backup passphrase typed, or a problem to show.
func (s *printScreen) passphrase() (pass string, problem string) {
	if s.shared() {
		return "", s.sharing.problem()
	}
	if s.passChoice.Is(passSeparate) {
		if p := s.pair.Problem(); p != "" {
			return "", p
		}
		if !s.pair.Strong() {
			return "", "This passphrase is easy to guess, and anyone who finds the sheets could try it. Add more words, or tap Suggest a passphrase."
		}
		return s.pair.Value(), ""
	}
	if s.vaultPass.Text == "" {
		return "", "Type your vault passphrase."
	}
	return s.vaultPass.Text, ""
}

// makeBackup checks the passphrase, encrypts the items and draws the preview, off
// the UI goroutine; then shows the preview.
func (s *printScreen) makeBackup() {
	pass, problem := s.passphrase()
	if problem != "" {
		s.passMsg.Set(problem, widget.DangerImportance)
		return
	}
	v, checkVault := s.st, s.passChoice.Is(passVault)
	items := s.chosenItems() // copies: Active returns copies
	paper, _ := s.paper.Value()
	opts := export.Options{Paper: paper, WorkFactor: s.e.paper.workFactor, AllowWeakWorkFactor: s.e.paper.weakForTests, Now: s.e.now, ListTitles: s.titles.Checked}
	if s.shared() {
		opts.Shares = s.sharing.shares()
	}
	vaultID, askSame := v.ID(), !checkVault && !s.sameAccepted && !s.shared()
	var b *export.Backup
	var pages []image.Image
	var err error
	var same bool
	s.setWorking(true)
	s.e.bg.do(job{owner: &s.life, holdsVault: true, work: func() {
		if checkVault {
			if err = v.CheckPassphrase(pass); err != nil {
				return
			}
		}
		if askSame && v.CheckPassphrase(pass) == nil {
			same = true
			return
		}
		if b, err = export.Create(items, vaultID, pass, opts); err == nil {
			pages, err = b.PageImages(previewDPI)
		}
		if err == nil {
			pages, err = withShareSheets(b, pages)
		}
	}, done: func() {
		s.setWorking(false)
		switch {
		case same:
			s.warnSamePassphrase()
		case err != nil:
			s.backupFailed(err)
		default:
			s.made(b, items, pages)
		}
	}})
}

// samePassphraseWhy is what it costs to encrypt the sheets with the vault passphrase.
const samePassphraseWhy = "Anyone who finds a sheet can then try to guess your vault passphrase on their own " +
	"computer, as fast as they like, and old sheets keep opening with it even after you change your vault passphrase."

// warnSamePassphrase asks before encrypting the sheets with the vault passphrase
// typed as a separate one: a warning the user can accept, not a block.
func (s *printScreen) warnSamePassphrase() {
	s.passMsg.Set("This is your vault passphrase, not a separate one.", widget.WarningImportance)
	s.sameDialog = dialog.NewConfirm("Use your vault passphrase for the sheets?",
		"The backup passphrase you typed is your vault passphrase. "+samePassphraseWhy+
			"\n\nChoose another passphrase unless you accept that.",
		func(use bool) {
			s.nav.activity()
			if use {
				s.sameAccepted = true
				s.makeBackup()
			}
		}, s.e.win)
	s.sameDialog.SetConfirmText("Use it anyway")
	s.sameDialog.SetDismissText("Choose another")
	s.sameDialog.Show()
}

func (s *printScreen) setWorking(on bool) {
	s.wiz.SetWorking(on)
	kit.Spin(s.spinner, on)
	if on {
		s.passMsg.Set("Encrypting and laying out the pages. This takes a few seconds…", widget.MediumImportance)
	}
}

// backupFailed explains why no backup was made.
func (s *printScreen) backupFailed(err error) {
	if errors.Is(err, vault.ErrBadPassphrase) {
		s.vaultPass.SetText("")
		s.passMsg.Set("That is not your vault passphrase. Check Caps Lock and the keyboard layout, then try again.", widget.DangerImportance)
		s.e.win.Canvas().Focus(s.vaultPass)
		return
	}
	s.passMsg.Set(sentence(explain.Error(err)), widget.DangerImportance)
}

// made keeps the new backup and shows its first page. The secrets are dropped: the
// ledger record keeps only item IDs and dates, the backup only ciphertext.
func (s *printScreen) made(b *export.Backup, items []vault.Item, pages []image.Image) {
	s.backup, s.pages, s.page = b, pages, 0
	s.ledger = b.LedgerRecord(items)
	if s.ledger.Shared != nil {
		s.ledger.Shared.Holders = s.sharing.holderLabels()
	}
	s.itemCount = len(items)
	s.savedPath, s.codesRead, s.checked = "", false, false
	s.vaultPass.SetText("")
	s.pair.Entry.SetText("")
	s.pair.Confirm.SetText("")
	s.pair.Suggested.Hide()
	s.passMsg.Set("", widget.MediumImportance)
	s.check = nil
	s.sharing.clearPassphrase()
	s.sheets.path = ""
	s.sheets.msg.Set("", widget.MediumImportance)
	s.showStep(printStepPreview)
}
