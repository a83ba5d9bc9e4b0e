package gui

import (
	"context"
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/export/scan"
)

// scanProgress shows, while the codes panel reads files, which file it is on,
// how far the search on it has got and the codes found there so far, with a
// button that stops the reading after the step under way.
type scanProgress struct {
	bar  *widget.ProgressBar
	text *widget.Label
	stop *widget.Button
	box  *fyne.Container

	cancel  context.CancelFunc // nil when no reading is under way
	stopped bool               // the user stopped the last reading
	// shown, if set, is called after each report is shown (tests stop the
	// reading from it at a chosen point).
	shown func(scan.FileProgress)
}

func newScanProgress() *scanProgress {
	p := &scanProgress{bar: widget.NewProgressBar(), text: kit.Hint("")}
	p.stop = &widget.Button{Text: "Stop reading", Icon: theme.CancelIcon(), OnTapped: p.onStop}
	p.box = container.NewVBox(p.text, container.NewBorder(nil, nil, nil, p.stop, p.bar))
	p.box.Hide()
	return p
}

// start shows the reading of n files beginning and returns the context the
// reading must follow.
func (p *scanProgress) start(n int) context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	p.cancel, p.stopped = cancel, false
	p.bar.SetValue(0)
	p.bar.Show()
	p.stop.Show()
	p.stop.Enable()
	p.text.SetText(fmt.Sprintf("Reading %s…", plural(n, "file", "files")))
	p.box.Show()
	return ctx
}

// show displays a progress report of package scan; call it on the UI goroutine.
func (p *scanProgress) show(fp scan.FileProgress) {
	if p.cancel == nil || p.stopped {
		return
	}
	p.bar.SetValue(fp.Fraction())
	name := filepath.Base(fp.Path)
	if fp.Page > 0 {
		name = fmt.Sprintf("%s, page %d", name, fp.Page)
	}
	p.text.SetText(fmt.Sprintf("Reading %s (file %d of %d): %s found so far. A photo can take a few seconds.",
		name, fp.File, fp.Files, plural(fp.Codes, "code", "codes")))
	if p.shown != nil {
		p.shown(fp)
	}
}

// onStop stops the reading at the end of the step under way.
func (p *scanProgress) onStop() {
	if p.cancel == nil {
		return
	}
	p.cancel()
	p.stopped = true
	p.stop.Disable()
	p.text.SetText("Stopping…")
}

// end hides the progress once the reading is over and reports whether the
// user stopped it; if so, a line stays to say what that means.
func (p *scanProgress) end() bool {
	if p.cancel != nil {
		p.cancel()
	}
	p.cancel = nil
	if !p.stopped {
		p.box.Hide()
		return false
	}
	p.bar.Hide()
	p.stop.Hide()
	p.text.SetText("Stopped. The codes read so far are kept; add the files that were not read again to read them.")
	return true
}
