package gui

import (
	"errors"
	"fmt"
	"io"
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"

	"coffer/export"
	"coffer/export/scan"
)

// paperSystem is what paper backups need from the operating system. It is a field of
// gui so tests can see what would be printed or opened without starting programs.
type paperSystem struct {
	workFactor int // scrypt work factor of new backups
	// weakForTests lets tests write backups below export.MinWorkFactor.
	weakForTests bool
	printers     func() ([]export.Printer, error)
	print        func(printer, path string) (string, error)
	openViewer   func(path string) error
	openURL      func(*url.URL) error
}

// newPaperSystem uses CUPS, the system PDF viewer and the app's URL opener.
func newPaperSystem(a fyne.App) *paperSystem {
	return &paperSystem{workFactor: export.DefaultWorkFactor, printers: export.Printers,
		print: export.PrintPDF, openViewer: export.OpenInViewer, openURL: a.OpenURL}
}

// writePDF writes a PDF (the backup's, its share sheets, the emergency kit) into a
// file the save dialog opened, and removes the file again when writing fails, so no
// half backup is left behind. It is the only place the app writes a file itself.
func writePDF(write func(io.Writer) error, w fyne.URIWriteCloser) error {
	err := write(w)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		if derr := storage.Delete(w.URI()); derr != nil {
			fyne.LogError("removing a half-written backup", derr)
		}
		return fmt.Errorf("write %s: %w", w.URI().Name(), err)
	}
	return nil
}

// localPaths keeps the local files among uris, as paths.
func localPaths(uris []fyne.URI) []string {
	var out []string
	for _, u := range uris {
		if u != nil && u.Scheme() == "file" {
			out = append(out, u.Path())
		}
	}
	return out
}

// folderFiles lists the files in a folder that restore can read, by name.
func folderFiles(dir fyne.ListableURI) ([]string, error) {
	uris, err := dir.List()
	if err != nil {
		return nil, err
	}
	var keep []fyne.URI
	for _, u := range uris {
		if scan.Supported(u.Name()) {
			keep = append(keep, u)
		}
	}
	paths := localPaths(keep)
	if len(paths) == 0 {
		return nil, errors.New("no photos, scans, PDFs or text files in this folder")
	}
	return paths, nil
}

// openedPath returns the path of a file the open dialog gave and closes it.
func openedPath(r fyne.URIReadCloser) string {
	p := r.URI().Path()
	if err := r.Close(); err != nil {
		fyne.LogError("closing the chosen file", err)
	}
	return p
}

// dropTarget is a screen that takes files dropped on the window.
type dropTarget interface {
	dropped(paths []string)
}

// onDropped hands files dropped on the window to the current screen, if it takes any.
func (g *gui) onDropped(_ fyne.Position, uris []fyne.URI) {
	t, ok := g.current.(dropTarget)
	if !ok {
		return
	}
	if paths := localPaths(uris); len(paths) > 0 {
		g.activity()
		t.dropped(paths)
	}
}
