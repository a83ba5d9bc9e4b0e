package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"coffer/app/gui/kit"
)

// haveOptions are the answers to "What do you have?".
var haveOptions = []kit.Option[have]{
	{Value: havePhotos, Label: "Photos or scans of the sheets, a scanner PDF, or the backup PDF file"},
	{Value: haveTyped, Label: "Only the typed lines (the text pages at the end of the backup)"},
	{Value: haveBoth, Label: "Both: photos or scans, and lines I can type"},
}

// haveStep is step 1's content.
func (s *restoreScreen) haveStep() fyne.CanvasObject {
	return container.NewVBox(
		kit.Para("A Coffer paper backup is a few sheets of square codes; its last pages may repeat some of them "+
			"as lines of letters you can type in. You need enough of the codes, and the backup passphrase (for a "+
			"shared backup, enough of its share sheets instead)."),
		kit.Section("What do you have?", s.have),
		kit.Hint("No printer or scanner? A phone photo of each code page is enough: flat, sharp, and the whole page in the picture."))
}

// filesStep is step 2's content.
func (s *restoreScreen) filesStep() fyne.CanvasObject {
	return container.NewVBox(kit.Para("Add photos or scans of the code pages, or the backup PDF itself. "+
		"Codes that cannot be read are rebuilt from the spare codes when enough of the others are there."), s.codes.root)
}

// onCodes enables Next once a backup is chosen and names what comes next. On the
// typed step, where the same choice between backups is shown, it redraws that step.
func (s *restoreScreen) onCodes() {
	if s.wiz != nil && s.wiz.Current == restoreStepTyped && s.typed != nil {
		s.typed.refresh()
		return
	}
	if s.wiz == nil || s.wiz.Current != restoreStepFiles {
		return
	}
	f := s.facts()
	s.wiz.SetNext(f.chosen)
	switch {
	case f.filesEnough():
		s.wiz.Next.SetText("Next: the passphrase")
	case f.chosen && !f.recoverable:
		s.wiz.Next.SetText("Next: type the missing codes")
	default:
		s.wiz.Next.SetText("Next")
	}
}

// dropped takes files dropped on the window on the files step.
func (s *restoreScreen) dropped(paths []string) {
	if s.wiz.Current != restoreStepFiles && s.wiz.Current != restoreStepShares {
		s.showStep(restoreStepFiles)
	}
	s.codes.dropped(paths)
}
