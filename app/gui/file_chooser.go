package gui

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/export/scan"
)

// prefOpenFolder is the folder of the file opened last (a folder URI, never a file
// name), where the open dialog starts next time.
const prefOpenFolder = "open.folder"

// chooserShare is how much of the window the open dialog covers.
const chooserShare = 0.9

// fileKinds names the files an open dialog lists: extensions with the dot, lower case.
type fileKinds struct {
	what string // "photos, scans, PDFs or text files", for messages
	exts []string
}

// The kinds of file the app opens.
var (
	// paperFiles are what a restore or a printout check reads.
	paperFiles = fileKinds{"photos, scans, PDFs or text files", scan.Extensions}
	// imageFiles hold a QR code.
	imageFiles = fileKinds{"images", []string{".png", ".jpg", ".jpeg", ".jpe", ".jfif", ".gif", ".bmp", ".tif", ".tiff", ".webp"}}
	// importFiles are the exports the importer reads (it tells formats by content),
	// and the screenshots of Google Authenticator's transfer codes.
	importFiles = fileKinds{"exports or screenshots", append([]string{".json", ".aes", ".csv", ".1pux", ".2fas", ".txt", ".xml"},
		imageFiles.exts...)}
)

// has reports whether path has one of the kinds' extensions, ignoring case.
func (k fileKinds) has(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range k.exts {
		if e == ext {
			return true
		}
	}
	return false
}

// chooseFile shows the open dialog, listing only files of the kinds, at
// chooserShare of the window and in the folder a file was opened from last; it
// hands the chosen file's path to then. Nothing happens when the user cancels; an
// error is shown in plain words.
func chooseFile(e *env, n nav, kinds fileKinds, then func(path string)) *dialog.FileDialog {
	n.activity()
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			n.showError(err)
			return
		}
		if r != nil {
			p := openedPath(r)
			e.prefs.setOpenFolder(filepath.Dir(p))
			then(p)
		}
	}, e.win)
	d.SetFilter(storage.NewExtensionFileFilter(kinds.exts))
	if dir := e.prefs.openFolder(); dir != nil {
		d.SetLocation(dir)
	}
	showFileDialog(d, e.win)
	return d
}

// showFileDialog shows an open or save dialog at chooserShare of the window: Fyne's
// own size shows a few files only.
func showFileDialog(d *dialog.FileDialog, win fyne.Window) {
	sz := win.Canvas().Size()
	d.Resize(fyne.NewSize(sz.Width*chooserShare, sz.Height*chooserShare))
	d.Show()
}

// openFolder is the folder a file was opened from last, if it still exists.
func (s settings) openFolder() fyne.ListableURI {
	u, err := storage.ParseURI(s.p.String(prefOpenFolder))
	if err != nil || u.Scheme() != "file" {
		return nil
	}
	if fi, err := os.Stat(u.Path()); err != nil || !fi.IsDir() {
		return nil
	}
	l, err := storage.ListerForURI(u)
	if err != nil {
		return nil
	}
	return l
}

func (s settings) setOpenFolder(dir string) {
	s.p.SetString(prefOpenFolder, storage.NewFileURI(dir).String())
}

// pathBox is an entry to type or paste a file's path, for files the open dialog
// makes hard to reach; Enter or Open hands it to then once it names a file of the
// kinds.
type pathBox struct {
	e     *env
	n     nav
	kinds fileKinds
	then  func(path string)
	entry *widget.Entry
	open  *widget.Button
	msg   kit.Message
	box   *fyne.Container
}

func newPathBox(e *env, n nav, kinds fileKinds, then func(path string)) *pathBox {
	p := &pathBox{e: e, n: n, kinds: kinds, then: then, msg: kit.NewMessage()}
	p.entry = widget.NewEntry()
	p.entry.SetPlaceHolder("or type a file's path, e.g. ~/Pictures/scan.pdf")
	p.entry.OnSubmitted = func(string) { p.onOpen() }
	p.open = &widget.Button{Text: "Open", Icon: theme.FolderOpenIcon(), OnTapped: p.onOpen}
	p.box = container.NewVBox(container.NewBorder(nil, nil, nil, p.open, p.entry), p.msg.Label)
	return p
}

// onOpen checks the typed path and hands it on, or says what is wrong with it.
func (p *pathBox) onOpen() {
	p.n.activity()
	path, problem := p.check(strings.TrimSpace(p.entry.Text))
	if problem != "" {
		p.msg.Set(problem, widget.DangerImportance)
		return
	}
	p.msg.Set("", widget.MediumImportance)
	p.entry.SetText("")
	p.e.prefs.setOpenFolder(filepath.Dir(path))
	p.then(path)
}

// check expands "~/" and returns the absolute path, or a sentence saying why it
// cannot be opened.
func (p *pathBox) check(path string) (string, string) {
	if path == "" {
		return "", "Type the path of a file first."
	}
	if rest, ok := strings.CutPrefix(path, "~"+string(filepath.Separator)); ok {
		if home, err := os.UserHomeDir(); err == nil {
			path = filepath.Join(home, rest)
		}
	}
	path, _ = filepath.Abs(path)
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "", fmt.Sprintf("There is no file %s.", displayPath(path))
	case err != nil:
		return "", fmt.Sprintf("%s cannot be opened: %s.", displayPath(path), strings.TrimPrefix(err.Error(), "stat "+path+": "))
	case fi.IsDir():
		return "", fmt.Sprintf("%s is a folder; type the path of a file in it.", displayPath(path))
	case !p.kinds.has(path):
		return "", fmt.Sprintf("%s is not one of the files Coffer reads here (%s).", displayPath(path), p.kinds.what)
	}
	return path, ""
}
