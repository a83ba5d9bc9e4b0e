package gui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// The open dialog of a restore lists only photos, scans, PDFs and text, starts in the
// folder a file was last opened from, covers most of the window; a typed path opens
// a file too and says plainly why one cannot be opened.
func TestOpenDialogFiltersRemembersFolderAndTakesATypedPath(t *testing.T) {
	h := newHarness(t)
	h.g.win.Resize(h.g.win.Canvas().Size()) // 960×640
	dir := t.TempDir()
	for _, name := range []string{"scan-page1.pdf", "photo.JPG", "typed.txt", "my.coffer", "notes.docx"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	pdf := filepath.Join(t.TempDir(), "backup.pdf")
	writeBackupPDF(t, sampleItems(), testPassphrase, pdf)

	h.g.showRestore()
	r := showing[*restoreScreen](h)
	test.Tap(r.wiz.Next)
	p := r.codes

	// A typed path: plain words for what cannot be opened, the file read when it can.
	for path, want := range map[string]string{
		filepath.Join(dir, "nothere.pdf"): "There is no file",
		dir:                               "is a folder; type the path of a file in it.",
		filepath.Join(dir, "my.coffer"):   "is not one of the files Coffer reads here (photos, scans, PDFs or text files).",
	} {
		p.path.entry.SetText(path)
		test.Tap(p.path.open)
		if !p.path.msg.Visible() || !strings.Contains(p.path.msg.Text, want) {
			t.Errorf("typed %s: message %q, want %q", path, p.path.msg.Text, want)
		}
	}
	p.path.entry.SetText(pdf)
	p.path.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if p.path.msg.Visible() || len(p.files.Objects) == 0 {
		t.Fatalf("a typed path of a backup PDF was not read (message %q)", p.path.msg.Text)
	}

	// The dialog starts where the last file was opened from, and lists only what a
	// restore reads.
	h.g.prefs.setOpenFolder(dir)
	test.Tap(p.addFiles)
	top := h.g.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no open dialog")
	}
	pop, ok := top.(*widget.PopUp)
	if !ok {
		t.Fatalf("the overlay is a %T", top)
	}
	win := h.g.win.Canvas().Size()
	if sz := pop.Content.Size(); sz.Width < 0.85*win.Width || sz.Height < 0.85*win.Height {
		t.Errorf("the open dialog is %v in a %v window; want about 90%%", sz, win)
	}
	markup := test.RenderToMarkup(h.g.win.Canvas())
	// The grid shows a file's name and its extension apart.
	for _, name := range []string{">photo<", ">.JPG<", ">typed<", ">.txt<", ">.pdf<", ">003<"} {
		if !strings.Contains(markup, name) {
			t.Errorf("the open dialog does not list %s (or does not start in the folder opened last)", name)
		}
	}
	for _, name := range []string{">.coffer<", ">.docx<", ">notes<"} {
		if strings.Contains(markup, name) {
			t.Errorf("the open dialog lists %s", name)
		}
	}
}

func TestTypedPathRemembersItsFolder(t *testing.T) {
	h := newHarness(t)
	pdf := filepath.Join(t.TempDir(), "backup.pdf")
	writeBackupPDF(t, sampleItems(), testPassphrase, pdf)
	var got string
	b := newPathBox(&h.g.env, h.g, paperFiles, func(p string) { got = p })
	b.entry.SetText(pdf)
	test.Tap(b.open)
	if got != pdf {
		t.Fatalf("handed on %q", got)
	}
	if dir := h.g.prefs.openFolder(); dir == nil || dir.Path() != filepath.Dir(pdf) {
		t.Fatalf("remembered folder %v, want %s", dir, filepath.Dir(pdf))
	}
	if strings.Contains(h.g.app.Preferences().String(prefOpenFolder), "backup.pdf") {
		t.Error("the preferences hold a file name")
	}
}

// The print wizard's save dialog covers most of the window too.
func TestSaveDialogFillsTheWindow(t *testing.T) {
	h := newHarness(t)
	p := toPreview(t, h, h.unlocked(sampleItems()...), false)
	test.Tap(p.wiz.Next)
	test.Tap(p.save)
	pop, ok := h.g.win.Canvas().Overlays().Top().(*widget.PopUp)
	if !ok {
		t.Fatal("no save dialog")
	}
	win := h.g.win.Canvas().Size()
	if sz := pop.Content.Size(); sz.Width < 0.85*win.Width || sz.Height < 0.85*win.Height {
		t.Errorf("the save dialog is %v in a %v window; want about 90%%", sz, win)
	}
}

// The folder dialog of the restore is the open dialog's twin: as large, and it
// starts in the folder a file was last opened from.
func TestFolderDialogFillsTheWindowAndStartsInTheLastFolder(t *testing.T) {
	h := newHarness(t)
	r := restoreFilesStep(t, h)
	dir := t.TempDir()
	h.g.prefs.setOpenFolder(dir)
	test.Tap(r.codes.addFolder)
	pop, ok := h.g.win.Canvas().Overlays().Top().(*widget.PopUp)
	if !ok {
		t.Fatal("no folder dialog")
	}
	win := h.g.win.Canvas().Size()
	if sz := pop.Content.Size(); sz.Width < 0.85*win.Width || sz.Height < 0.85*win.Height {
		t.Errorf("the folder dialog is %v in a %v window; want about 90%%", sz, win)
	}
	if !markupHas(h, filepath.Base(dir)) {
		t.Errorf("the folder dialog does not start in %s", dir)
	}
}
