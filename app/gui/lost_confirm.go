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

// recordLine describes one printout: date, paper, whether it was checked, where it is.
func (s *lostScreen) recordLine(r vault.BackupRecord) string {
	parts := []string{fmt.Sprintf("Backup %s, printed %s", r.ID, s.e.date(r.Created))}
	if r.Paper != "" {
		parts = append(parts, fmt.Sprintf("%s on %s paper", plural(r.Pages, "page", "pages"), paperName(r.Paper)))
	}
	switch r.State() {
	case vault.BackupChecked:
		parts = append(parts, "checked "+s.e.date(*r.Checked))
	case vault.BackupCodesRead:
		parts = append(parts, "codes read "+s.e.date(*r.Verified)+" but never decrypted, so not checked")
	default:
		parts = append(parts, "never checked")
	}
	if r.Location != "" {
		parts = append(parts, "kept: "+r.Location)
	}
	return strings.Join(parts, ", ")
}

// paperName is "A4" or "Letter".
func paperName(p string) string {
	if p == "letter" {
		return "Letter"
	}
	return strings.ToUpper(p)
}
