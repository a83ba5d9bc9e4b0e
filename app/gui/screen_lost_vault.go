package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
)

// lostVaultScreen explains what to do when the vault file or its passphrase is lost.
type lostVaultScreen struct {
	life
	nav     nav
	back    *widget.Button
	restore *widget.Button
}

func newLostVaultScreen(n nav) *lostVaultScreen { return &lostVaultScreen{nav: n} }

// buildUI returns the screen's content.
func (s *lostVaultScreen) buildUI() fyne.CanvasObject {
	s.back = &widget.Button{Text: "Back", Icon: theme.NavigateBackIcon(), OnTapped: s.onBack}
	s.restore = &widget.Button{Text: "Restore from a paper backup…", Importance: widget.HighImportance, OnTapped: s.nav.showRestore}
	warn := kit.Para("Without the passphrase the vault cannot be opened by anyone — not by you, not by us, " +
		"not by a repair shop. There is no reset and no back door: that is what keeps your keys safe from a thief.")
	warn.Importance = widget.WarningImportance
	body := container.NewVBox(kit.Heading("I lost my vault or its passphrase"), warn,
		kit.Section("1. Restore from paper", kit.Para("If you printed a paper backup, you can get every key on it back. "+
			"You need the sheets (or photos of them) and the backup passphrase: the vault passphrase you had when "+
			"you printed it, or the separate one you chose then."), container.NewHBox(s.restore)),
		kit.Section("2. No paper, or the backup passphrase is lost too", kit.Para("Then the keys must be recovered one by one with "+
			"each provider (exchange, bank, e-mail, service), through the recovery routes you set up with them: "+
			"recovery e-mail or phone, recovery codes, identity checks. A crypto wallet's seed phrase cannot be "+
			"recovered by anyone; look for it in other places you may have written it down.")),
		kit.Section("3. Next time", kit.Para("Print a paper backup and check it with a photo. Keep the sheets apart from the "+
			"passphrase, and tell someone you trust where to find them.")),
		container.NewHBox(s.back))
	return kit.Centered(body, 640)
}

// onBack returns to the vault, or to the unlock or welcome screen.
func (s *lostVaultScreen) onBack() {
	s.nav.home()
}
