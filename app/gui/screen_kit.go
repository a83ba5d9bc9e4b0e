package gui

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/export"
)

// The kit is one page of small print: its preview is larger than a backup page's,
// so it can be read on screen.
const (
	kitPreviewDPI   = 120
	kitPreviewWidth = 600
)

// Steps of the emergency kit wizard.
const (
	kitStepWhat = iota
	kitStepSave
)

// kitScreen is "Print an emergency kit": one page, with no secret and no passphrase,
// for the people who will need the vault when its owner cannot help. The user picks
// the paper and whether item titles go on it, looks at the page, saves the PDF.
type kitScreen struct {
	life
	e    *env
	nav  nav
	st   store
	done func()
	wiz  *kit.Wizard

	paper  *kit.Choice[export.Paper]
	titles *widget.Check

	page      export.Kit
	pageImg   *canvas.Image
	save      *widget.Button
	savedPath string
	saveMsg   kit.Message
	viewer    *widget.Button
}

func newKitScreen(e *env, n nav, st store, done func()) *kitScreen {
	return &kitScreen{e: e, nav: n, st: st, done: done}
}

// buildUI builds the frame and shows the first step.
func (s *kitScreen) buildUI() fyne.CanvasObject {
	s.paper = kit.NewChoice(paperOptions, func(export.Paper) { s.nav.activity() })
	s.paper.Horizontal = true
	s.paper.Set(export.A4)
	if p := export.Paper(s.e.prefs.paper()); p == export.Letter {
		s.paper.Set(p)
	}
	s.titles = widget.NewCheck("List the item titles on the page (never the secrets)", func(bool) { s.nav.activity() })
	s.pageImg = &canvas.Image{FillMode: canvas.ImageFillContain}
	s.pageImg.SetMinSize(fyne.NewSize(kitPreviewWidth, kitPreviewWidth*297/210))
	s.save = &widget.Button{Text: "Save the PDF…", Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: s.onSave}
	s.saveMsg = kit.NewMessage()
	s.viewer = &widget.Button{Text: "Open in the PDF viewer", Icon: theme.FileApplicationIcon(), OnTapped: s.onViewer}
	s.wiz = kit.NewWizard("Print an emergency kit", []kit.Step{
		kitStepWhat: {Name: "What goes on the page", Build: s.whatStep, Next: "Next: look at the page", OnNext: s.makePage},
		kitStepSave: {Name: "Look at the page and save it", Build: s.saveStep, Next: "Finish", OnNext: s.done},
	}, s.nav.activity, func() { s.nav.activity(); s.done() }, func() { s.nav.activity(); s.wiz.Show(kitStepWhat) })
	s.wiz.Show(kitStepWhat)
	return s.wiz.Root
}

// whatStep says what the page is and asks for the paper and the titles.
func (s *kitScreen) whatStep() fyne.CanvasObject {
	n := len(s.st.Snapshot().Backups)
	return container.NewVBox(
		kit.Para("The emergency kit is one printed page for the people who will need your keys if you cannot help: "+
			"what Coffer is, where your vault is, your paper backups and where they are kept, how to restore them step "+
			"by step, and blank lines to fill in by hand (where the passphrase is, who holds share sheets, a trusted contact)."),
		kit.Hint(fmt.Sprintf("It never holds a secret or a passphrase. Your vault records %s.", plural(n, "paper backup", "paper backups"))),
		kit.Section("Paper", widget.NewForm(widget.NewFormItem("Paper size", s.paper)), s.titles,
			kit.Hint("Off unless you tick it: titles can tell a thief what is worth stealing.")))
}

// makePage draws the page from the vault as it is now and shows it.
func (s *kitScreen) makePage() {
	paper, _ := s.paper.Value()
	path := s.st.Path()
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	s.page = export.NewKit(s.st.Snapshot(), path, s.e.now(), paper, s.titles.Checked)
	img, err := s.page.Image(kitPreviewDPI)
	if err != nil {
		s.nav.showError(err)
		return
	}
	s.pageImg.Image = img
	s.savedPath = ""
	s.saveMsg.Set("", widget.MediumImportance)
	s.wiz.Show(kitStepSave)
}

// saveStep shows the page as it will print, with Save and the PDF viewer.
func (s *kitScreen) saveStep() fyne.CanvasObject {
	kit.SetEnabled(s.savedPath != "", s.viewer)
	s.pageImg.Refresh()
	paper := container.NewStack(canvas.NewRectangle(theme.Color(theme.ColorNameInputBorder)), container.NewPadded(s.pageImg))
	return container.NewVBox(
		kit.Para(fmt.Sprintf("This is the page as it will print, listing %s. Save it, print it at 100%%, "+
			"fill in the blank lines by hand, and keep it with your important papers, where your family will look.",
			plural(len(s.page.Backups), "paper backup", "paper backups"))),
		container.NewHBox(s.save, s.viewer), s.saveMsg.Label, container.NewCenter(paper))
}

func (s *kitScreen) onSave() {
	s.nav.activity()
	askSavePDF(s.e.win, "coffer-emergency-kit.pdf", s.onSaveChosen)
}

// onSaveChosen writes the page where the user chose.
func (s *kitScreen) onSaveChosen(w fyne.URIWriteCloser, err error) {
	path, ok := savePDFTo(s.nav, w, err, s.page.WritePDF, "The PDF was not saved: ", s.saveMsg)
	if !ok {
		return
	}
	s.savedPath = path
	s.saveMsg.Set("Saved as "+displayPath(s.savedPath)+". It holds no secret and no passphrase: print it, fill in the blank lines by hand.", widget.SuccessImportance)
	kit.SetEnabled(true, s.viewer)
}

// onViewer opens the saved PDF in the system viewer, to print from there.
func (s *kitScreen) onViewer() { viewPDF(s.e, s.nav, s.savedPath, s.saveMsg) }
