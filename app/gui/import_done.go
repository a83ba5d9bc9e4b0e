package gui

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
)

// doneStep is the summary, the advice to delete the export, and the way to a new
// paper backup: the imported keys are on no paper yet.
func (s *importScreen) doneStep() fyne.CanvasObject {
	r := s.report
	lines := labels(counted("item", "items",
		count{r.Added, " added", " added"},
		count{r.KeptBoth, " kept beside an item with the same title (marked \"imported\")",
			" kept beside items with the same titles (marked \"imported\")"},
		count{r.Duplicates, " already in the vault", " already in the vault"},
		count{r.Unchecked, " left out", " left out"},
		count{r.Skipped, " could not be imported", " could not be imported"}), "No items added.")
	holds := " holds"
	if len(s.paths) > 1 {
		holds = " hold"
	}
	del := kit.Para("Delete the export now: " + strings.Join(s.fileNames(), ", ") + holds + " your secrets in clear, " +
		"readable by anyone who gets the file (and empty the trash of your file manager).")
	del.Importance = widget.DangerImportance
	s.printBtn = &widget.Button{Text: "Print a paper backup…", Icon: theme.DocumentPrintIcon(), OnTapped: s.onPrint}
	return container.NewVBox(kit.Section("Summary", lines), del,
		kit.Para("These keys are on no paper backup yet. Print a new one so a lost computer does not lose them."),
		container.NewHBox(s.printBtn))
}

// fileNames are the names of the files imported from.
func (s *importScreen) fileNames() []string {
	names := make([]string, len(s.paths))
	for i, p := range s.paths {
		names[i] = filepath.Base(p)
	}
	return names
}

// doneShown leaves only Finish: the keys are written.
func (s *importScreen) doneShown() {
	s.wiz.Back.Hide()
	s.wiz.Cancel.Hide()
}

// onPrint opens the print wizard.
func (s *importScreen) onPrint() {
	s.nav.activity()
	s.nav.showPrint()
}

// finish shows the vault.
func (s *importScreen) finish() { s.nav.showMain() }
