package gui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
)

// doneStep is the summary: what was added, skipped or kept beside.
func (s *restoreScreen) doneStep() fyne.CanvasObject {
	r := s.report
	lines := container.NewVBox(
		widget.NewLabel(fmt.Sprintf("%s added", plural(r.Added, "item", "items"))),
		widget.NewLabel(fmt.Sprintf("%s already there (skipped)", plural(r.Skipped, "item", "items"))),
		widget.NewLabel(fmt.Sprintf("%s kept beside a different item with the same ID (marked \"restored\")", plural(r.KeptBoth, "item", "items"))))
	return container.NewVBox(
		kit.Para("Your keys are back in "+displayPath(s.into)+"."), kit.Section("Summary", lines),
		kit.Hint("Keep the paper backup: it still works, and this vault now records it as checked, as it was just "+
			"decrypted. Print a new one when you add or change keys."))
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
