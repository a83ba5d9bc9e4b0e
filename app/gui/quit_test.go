package gui

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
)

// panickyQuit is an app whose Quit panics as Fyne 2.7.1's does when its settings
// watcher is a typed nil (inotify exhausted).
type panickyQuit struct {
	fyne.App
	quits int
}

func (a *panickyQuit) Quit() {
	a.quits++
	var p *struct{ n int } // a nil pointer dereference, as in Fyne

	p.n++
}

// Quit from the menu closes the vault and survives Fyne's nil-watcher panic.
func TestQuitSurvivesFyneNilWatcherPanic(t *testing.T) {
	h := newHarness(t)
	h.unlocked(sampleItems()...)
	app := &panickyQuit{App: h.g.app}
	h.g.app = app
	item := h.g.quitItem(func(label string, _ fyne.KeyName, action func()) *fyne.MenuItem {
		return fyne.NewMenuItem(label, action)
	})
	item.Action()
	if app.quits != 1 {
		t.Fatalf("Quit called %d times", app.quits)
	}
	if h.g.v != nil {
		t.Fatal("the vault is still open after Quit")
	}
}

// quit lets a panic that is not Fyne's runtime error go on.
func TestQuitRepanicsOtherPanics(t *testing.T) {
	defer func() {
		if r := recover(); r != "boom" {
			t.Fatalf("recovered %v", r)
		}
	}()
	quit(quitFunc(func() { panic("boom") }))
}

type quitFunc func()

func (f quitFunc) Quit() { f() }

// The folder picker keeps every file restore reads or explains, HEIC photos and
// upper-case extensions included (the app's own list skipped HEIC silently).
func TestFolderFilesKeepsHEICPhotos(t *testing.T) {
	newHarness(t)
	dir := t.TempDir()
	for _, name := range []string{"IMG_0001.HEIC", "IMG_0002.heif", "scan.PDF", "page.png", "notes.doc"} {
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	lister, err := storage.ListerForURI(storage.NewFileURI(dir))
	if err != nil {
		t.Fatal(err)
	}
	paths, err := folderFiles(lister)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range paths {
		names = append(names, filepath.Base(p))
	}
	slices.Sort(names)
	want := []string{"IMG_0001.HEIC", "IMG_0002.heif", "page.png", "scan.PDF"}
	if !slices.Equal(names, want) {
		t.Fatalf("folder files %v, want %v", names, want)
	}
}
