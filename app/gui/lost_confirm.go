package gui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"coffer/app/gui/kit"
	"coffer/vault"
)

// confirmStep: where the key may still be, and the printouts that hold it.
func (s *lostScreen) confirmStep() fyne.CanvasObject {
	g := vault.Lost(s.item().Kind)
	intro := g.Lost
	if s.stolen {
		intro = g.Stolen
	}
	places := container.NewVBox()
	for _, p := range vault.LostKeyPlaces {
		places.Add(kit.Para("• " + p))
	}
	return container.NewVBox(kit.Para(intro), kit.Section("Where to look", places), s.printouts())
}

// printouts lists the paper backups that hold the item, from the ledger.
func (s *lostScreen) printouts() fyne.CanvasObject {
	recs := s.st.Snapshot().BackupsOf(s.itemID)
	if len(recs) == 0 {
		return kit.Section("Your Coffer printouts", kit.Para("This key is on no paper backup made with Coffer. "+
			"Once you have it again, print one (step 4)."))
	}
	rows := container.NewVBox(kit.Para(fmt.Sprintf("This key is on %s:", plural(len(recs), "paper backup", "paper backups"))))
	for _, r := range recs {
		rows.Add(kit.Para("• " + s.recordLine(r)))
	}
	return kit.Section("Your Coffer printouts", rows)
}

// recordLine describes one printout: date, paper, how far it was read back, where
// it is kept.
func (s *lostScreen) recordLine(r vault.BackupRecord) string { return backupLine(s.e, r, s.item()) }

// paperName is "A4" or "Letter".
func paperName(p string) string {
	if p == "letter" {
		return "Letter"
	}
	return strings.ToUpper(p)
}
