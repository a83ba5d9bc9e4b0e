package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
)

// storeStep: put the new key in the vault and on paper.
func (s *lostScreen) storeStep() fyne.CanvasObject {
	s.edit = &widget.Button{Text: "Edit this key…", Icon: theme.DocumentCreateIcon(), OnTapped: s.onEdit}
	s.print = &widget.Button{Text: "Print a new backup…", Icon: theme.DocumentPrintIcon(), OnTapped: s.onPrint}
	return container.NewVBox(
		kit.Section("1. Put the new key in Coffer", kit.Para("Replace the old key with the new one. The old value stays in the item's "+
			"history, so nothing is lost if you need it again."), container.NewHBox(s.edit)),
		kit.Section("2. Put it on paper", kit.Para("Your printouts still hold the old key. Print a new backup so the paper matches, "+
			"and destroy the old sheets once the new ones are checked."), container.NewHBox(s.print)),
		kit.Section("3. Turn on two-factor authentication", kit.Para("Where the provider offers it, turn on 2FA and store its secret "+
			"and recovery codes in Coffer too. A stolen password alone then no longer opens the account.")))
}

// onEdit opens the item's edit form in the main window.
func (s *lostScreen) onEdit() {
	s.nav.activity()
	it := s.item()
	s.nav.editItem(it)
}

func (s *lostScreen) onPrint() { s.nav.showPrint() }
