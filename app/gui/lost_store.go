package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/vault"
)

// storeStep: put the new key in the vault and on paper.
func (s *lostScreen) storeStep() fyne.CanvasObject {
	s.edit = &widget.Button{Text: "Edit this key…", Icon: theme.DocumentCreateIcon(), OnTapped: s.onEdit}
	s.print = &widget.Button{Text: "Print a new backup…", Icon: theme.DocumentPrintIcon(), OnTapped: s.onPrint}
	g := vault.Lost(s.item().Kind)
	return container.NewVBox(
		kit.Section("1. "+g.NewKey.Title, kit.Para(g.NewKey.Text), container.NewHBox(s.edit)),
		kit.Section("2. "+g.Paper.Title, kit.Para(g.Paper.Text), container.NewHBox(s.print)),
		kit.Section("3. "+g.Protect.Title, kit.Para(g.Protect.Text)))
}

// onEdit opens the item's edit form in the main window.
func (s *lostScreen) onEdit() {
	s.nav.activity()
	it := s.item()
	s.nav.editItem(it)
}

func (s *lostScreen) onPrint() { s.nav.showPrint() }
