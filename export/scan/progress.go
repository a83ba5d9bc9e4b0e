package scan

import (
	"context"
	"fmt"
)

// FileProgress says how far ScanFilesContext has got: the file it is reading,
// how far the search for codes on it is, and how many codes it found there.
type FileProgress struct {
	// Path is the file being read, as given.
	Path string
	// Page is the PDF page being read (1-based), 0 for an image file.
	Page int
	// File is the 1-based number of the file among Files.
	File, Files int
	// Step is how many steps of the search on the current image are done, of
	// at most Steps (both 0 while the file is opened and decoded). The search
	// stops early once every code is read, so Step often never reaches Steps;
	// on each page of a PDF it starts again.
	Step, Steps int
	// Codes is how many distinct codes the current image gave so far.
	Codes int
	// Done is set in the last report of a file (or PDF page).
	Done bool
}

// Fraction is how far the whole ScanFilesContext call is, from 0 to 1.
func (p FileProgress) Fraction() float64 {
	if p.Files <= 0 {
		return 0
	}
	inner := 0.0
	switch {
	case p.Done:
		inner = 1
	case p.Steps > 0:
		inner = float64(p.Step) / float64(p.Steps)
	}
	return min(1, (float64(p.File-1)+inner)/float64(p.Files))
}

// watch carries ScanFilesContext's context and progress reports down to the
// search on each image. A nil *watch does nothing.
type watch struct {
	ctx    context.Context
	report func(FileProgress) // nil: none
	cur    FileProgress
}

// stopped reports whether the caller cancelled.
func (w *watch) stopped() bool { return w != nil && w.ctx.Err() != nil }

func (w *watch) send() {
	if w != nil && w.report != nil {
		w.report(w.cur)
	}
}

// file starts the report of file number i (1-based) of n.
func (w *watch) file(path string, i, n int) {
	if w != nil {
		w.cur = FileProgress{Path: path, File: i, Files: n}
		w.send()
	}
}

// image starts the search on an image of PDF page page (0: an image file).
func (w *watch) image(page int) {
	if w != nil {
		w.cur.Page, w.cur.Step, w.cur.Steps, w.cur.Codes, w.cur.Done = page, 0, 0, 0, false
		w.send()
	}
}

// step reports that step of steps of the search is done, with codes found.
func (w *watch) step(step, steps, codes int) {
	if w != nil {
		w.cur.Step, w.cur.Steps, w.cur.Codes = step, steps, codes
		w.send()
	}
}

// done ends the report of the current file or page.
func (w *watch) done() {
	if w != nil {
		w.cur.Done = true
		w.send()
	}
}

// cut marks the results of a file whose reading was cancelled: their codes
// stay, and Err says the file was not read to the end.
func cut(res []FileResult, err error) {
	for i := range res {
		if res[i].Err == nil {
			res[i].Err = fmt.Errorf("stopped before the end: %w", err)
		}
	}
}
