package gui

import (
	"context"
	"errors"
	"fmt"
	"image/color"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/app/internal/explain"
	"coffer/export"
	"coffer/export/restore"
	"coffer/export/scan"
)

// codesPanel gathers the codes of a paper backup from photos, scans and PDFs the user
// adds (buttons or drag and drop), reads them off the UI goroutine with a progress
// bar, and shows every code of every page as read, rebuilt from the spare codes, or
// missing. The print wizard uses it to check a printout, the restore wizard to restore.
type codesPanel struct {
	e        *env
	nav      nav
	owner    *life // the wizard showing the panel: results after it ends are dropped
	session  *restore.Session
	onChange func() // after new codes arrive or another backup is chosen
	// want is the backup a printout check expects, "" when any may be chosen.
	want string

	addFiles  *widget.Button
	addFolder *widget.Button
	path      *pathBox // a typed path, beside the open dialog
	reading   *scanProgress
	files     *fyne.Container     // one line per file read
	choice    *kit.Choice[string] // the panel's own choice between backups, by ID
	choiceBox *fyne.Container
	choosers  []*backupChooser // every view of the choice: the panel's and others
	status    kit.Message
	shares    kit.Message // "Shares: 2 of 3 needed", once a share sheet is read
	grid      *fyne.Container
	root      fyne.CanvasObject

	chosen  string   // backup ID shown in the grid
	busy    bool     // files are being read
	pending []string // files dropped while busy, read next
}

func newCodesPanel(e *env, n nav, owner *life, s *restore.Session, onChange func()) *codesPanel {
	return &codesPanel{e: e, nav: n, owner: owner, session: s, onChange: onChange}
}

// buildUI creates the widgets and returns the panel.
func (p *codesPanel) buildUI() fyne.CanvasObject {
	p.addFiles = &widget.Button{Text: "Add a photo or scan…", Icon: theme.FileImageIcon(), Importance: widget.HighImportance, OnTapped: p.onAddFile}
	p.addFolder = &widget.Button{Text: "Add a whole folder…", Icon: theme.FolderOpenIcon(), OnTapped: p.onAddFolder}
	p.reading = newScanProgress()
	p.files = container.NewVBox()
	c := p.newChooser("These files hold codes of more than one backup. Choose the one to use:")
	p.choice, p.choiceBox = c.radio, c.box
	p.status = kit.NewMessage()
	p.shares = kit.NewMessage()
	p.grid = container.NewVBox()
	drop := kit.Hint("You can also drag photos, scans or PDFs from your file manager onto this window. " +
		"Add as many as you like, in any order; the same page twice does no harm.")
	p.path = newPathBox(p.e, p.nav, paperFiles, func(path string) { p.add([]string{path}) })
	p.root = container.NewVBox(container.NewHBox(p.addFiles, p.addFolder), p.path.box, drop,
		p.reading.box, p.files, p.choiceBox, p.status, p.shares, p.grid)
	p.refresh()
	return p.root
}

// onAddFile asks for one file; Fyne's dialog picks one at a time.
func (p *codesPanel) onAddFile() {
	chooseFile(p.e, p.nav, paperFiles, func(path string) { p.add([]string{path}) })
}

// onAddFolder reads every photo, scan, PDF and text file of a folder.
func (p *codesPanel) onAddFolder() {
	p.nav.activity()
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			p.nav.showError(err)
			return
		}
		if dir == nil {
			return
		}
		paths, err := folderFiles(dir)
		if err != nil {
			p.nav.showError(err)
			return
		}
		p.e.prefs.setOpenFolder(dir.Path())
		p.add(paths)
	}, p.e.win)
	if dir := p.e.prefs.openFolder(); dir != nil {
		d.SetLocation(dir)
	}
	showFileDialog(d, p.e.win)
}

// add reads files off the UI goroutine; files added meanwhile wait their turn.
func (p *codesPanel) add(paths []string) {
	if p.busy {
		p.pending = append(p.pending, paths...)
		return
	}
	p.setBusy(true)
	s := p.session
	ctx, leave := context.WithCancel(p.reading.start(len(paths)))
	p.owner.atDrop(leave) // leaving the screen stops the reading too
	show := func(fp scan.FileProgress) { fyne.Do(func() { p.reading.show(fp) }) }
	p.e.bg.do(job{owner: p.owner, work: func() {
		s.AddFilesContext(ctx, paths, scan.Options{OnProgress: show})
	}, done: func() {
		leave()
		p.setBusy(false)
		if p.reading.end() {
			p.pending = nil // stopped: files added meanwhile are not read either
		}
		p.refresh()
		if next := p.pending; len(next) > 0 {
			p.pending = nil
			p.add(next)
		}
	}})
}

func (p *codesPanel) setBusy(on bool) {
	p.busy = on
	kit.SetEnabled(!on, p.addFiles, p.addFolder)
}

// dropped takes files dropped on the window.
func (p *codesPanel) dropped(paths []string) { p.add(paths) }

// refresh redraws the file list, the backup choice, the status and the grid.
func (p *codesPanel) refresh() {
	p.showFiles()
	all := p.session.Backups()
	p.updateChoice(all)
	st, ok := p.current(all)
	switch {
	case !ok && len(all) == 0:
		p.status.Set("", widget.MediumImportance)
		p.grid.Objects = nil
	case !ok:
		p.status.Set(fmt.Sprintf("These pages are from another backup, not the one you just printed (%s).", p.want), widget.DangerImportance)
		p.grid.Objects = nil
	default:
		showCodes(p.status, p.grid, st)
	}
	p.grid.Refresh()
	p.shares.Set(sharesSummary(p.session.ShareSets()))
	p.changed()
}

// changed tells the owner that codes arrived or another backup was chosen.
func (p *codesPanel) changed() {
	if p.onChange != nil {
		p.onChange()
	}
}

// showCodes says whether a backup can be restored and draws its code grid.
func showCodes(status kit.Message, grid *fyne.Container, st export.Status) {
	imp := widget.DangerImportance
	if st.Recoverable {
		imp = widget.SuccessImportance
	}
	status.Set(codesSummary(st), imp)
	grid.Objects = codeGrid(st)
	grid.Refresh()
}

// showFiles lists what each file gave. A page without codes is red only when no
// file gave any: once codes were read, it is most likely one of Coffer's own text
// pages (the list of items, the typed lines), which hold none.
func (p *codesPanel) showFiles() {
	p.files.Objects = nil
	reports := p.session.Reports()
	seen := pagesSeen(reports, p.session.Backups())
	for _, r := range reports {
		line, bad := fileLine(r, seen)
		l := kit.Hint(line)
		if bad {
			l.Importance = widget.DangerImportance
		}
		p.files.Add(l)
	}
	p.files.Refresh()
}

// codesSeen is what the reports so far say about Coffer's pages: whether any file
// gave codes, and, per PDF, the number of code pages its backup has when one of its
// pages gave codes (the text pages follow them).
type codesSeen struct {
	any       bool
	codePages map[string]int
}

func pagesSeen(reports []restore.FileReport, backups []export.Status) codesSeen {
	most := 0
	for _, st := range backups {
		most = max(most, len(st.Pages))
	}
	seen := codesSeen{codePages: map[string]int{}}
	for _, r := range reports {
		if r.Codes > 0 {
			seen.any = true
			if r.Page > 0 {
				seen.codePages[r.Path] = most
			}
		}
	}
	return seen
}

// isTextPage: the report is a page of a PDF, past the code pages of the backup the
// same PDF holds, with no QR code on it.
func (c codesSeen) isTextPage(r restore.FileReport) bool {
	n, ok := c.codePages[r.Path]
	return ok && r.Others == 0 && r.Page > n && n > 0
}

// fileLine says in words what one file gave, and whether that is a problem.
func fileLine(r restore.FileReport, seen codesSeen) (line string, bad bool) {
	name := filepath.Base(r.Path)
	if r.Page > 0 {
		name = fmt.Sprintf("%s, page %d", name, r.Page)
	}
	if line, bad, ok := shareFileLine(name, r); ok {
		return line, bad
	}
	switch {
	case r.TextPage != nil && r.Codes == 0 && r.Err == nil:
		return name + ": " + r.TextPageLine() + ".", false
	case r.Err != nil && r.Codes == 0 && errors.Is(r.Err, restore.ErrNoCodes) && seen.isTextPage(r):
		return name + ": list of items or typed lines, no codes on it.", false
	case r.Err != nil && r.Codes == 0 && errors.Is(r.Err, restore.ErrNoCodes) && seen.any && r.Others == 0:
		return name + ": no codes on it. Coffer's list of items and typed-line pages have none, so that is " +
			"expected for them; if it is a code page, try a sharper, brighter photo.", false
	case r.Err != nil && r.Codes == 0 && errors.Is(r.Err, restore.ErrNoCodes):
		return name + ": no Coffer codes found. Is it a photo of the code pages? Try a sharper, brighter photo.", true
	case r.Err != nil && r.Codes == 0:
		return name + ": could not be read: " + r.Err.Error(), true
	case r.New == r.Codes:
		return fmt.Sprintf("%s: %s read.", name, plural(r.Codes, "code", "codes")), false
	}
	return fmt.Sprintf("%s: %s read, %d new.", name, plural(r.Codes, "code", "codes"), r.New), false
}

// backupChooser is one view of the panel's choice between backups. Each step that
// gathers codes shows one; all views show the same choice and change it together.
type backupChooser struct {
	radio *kit.Choice[string] // backup IDs
	box   *fyne.Container
}

// newChooser makes another view of the choice, hidden until there is a choice.
func (p *codesPanel) newChooser(intro string) *backupChooser {
	c := &backupChooser{radio: kit.NewChoice(nil, p.onChoice)}
	c.box = container.NewVBox(kit.Para(intro), c.radio)
	c.box.Hide()
	p.choosers = append(p.choosers, c)
	return c
}

// updateChoice offers a choice when the codes come from several backups.
func (p *codesPanel) updateChoice(all []export.Status) {
	if p.want != "" || len(all) < 2 {
		for _, c := range p.choosers {
			c.box.Hide()
		}
		if len(all) == 1 && p.want == "" {
			p.chosen = all[0].BackupID
		}
		return
	}
	opts := make([]kit.Option[string], len(all))
	for i, st := range all {
		opts[i] = kit.Option[string]{Value: st.BackupID, Label: choiceLabel(st)}
	}
	for _, c := range p.choosers {
		c.radio.SetOptions(opts)
		c.radio.Set(p.chosen)
		c.box.Show()
	}
}

// choiceLabel names a backup in the choice: its ID, as printed on every page, and
// how much of it was found.
func choiceLabel(st export.Status) string {
	state := "can be restored"
	switch {
	case st.Inconsistent:
		state = "the codes read disagree"
	case !st.Recoverable:
		state = fmt.Sprintf("%d more %s needed", st.MoreNeeded, pluralWord(st.MoreNeeded, "code", "codes"))
	}
	return fmt.Sprintf("Backup %s: %d of %d codes read, %s", st.BackupID, st.Found, st.Total, state)
}

func (p *codesPanel) onChoice(id string) {
	p.nav.activity()
	p.chosen = id
	p.refresh()
}

// current is the status of the backup Shown: the expected one or the chosen one.
func (p *codesPanel) current(all []export.Status) (export.Status, bool) {
	id := p.chosen
	if p.want != "" {
		id = p.want
	}
	for _, st := range all {
		if st.BackupID == id {
			return st, true
		}
	}
	return export.Status{}, false
}

// selected returns the status of the backup to restore, if one is chosen.
func (p *codesPanel) selected() (export.Status, bool) { return p.current(p.session.Backups()) }

// codesSummary says whether the backup can be restored, or exactly what is missing,
// in the words the command line uses.
func codesSummary(st export.Status) string {
	head := fmt.Sprintf("Backup %s: %d of %s read; %s.", st.BackupID, st.Found, plural(st.Total, "code", "codes"), anyRebuild(st.Needed, st.Total, "it"))
	head += badCodesText(st.BadCodes)
	if st.Recoverable {
		text := head + "\nThis backup can be restored."
		if n := len(st.Missing); n > 0 {
			text += fmt.Sprintf(" The %s not read %s rebuilt from the spare codes.", plural(n, "code", "codes"), pluralWord(n, "is", "are"))
		}
		return text
	}
	if st.Inconsistent {
		return head + "\nThe codes read disagree, and too few agree to tell which are right, so this backup cannot be " +
			"restored yet. Add photos of more pages, or leave out the files named above and start again."
	}
	var need []string
	for _, pg := range st.Pages {
		switch {
		case len(pg.Missing) == len(pg.Codes):
			need = append(need, fmt.Sprintf("page %d", pg.Page))
		case len(pg.Missing) > 0:
			need = append(need, fmt.Sprintf("page %d (%s %s)", pg.Page, pluralWord(len(pg.Missing), "code", "codes"), explain.Numbers(pg.Missing)))
		}
	}
	return fmt.Sprintf("%s\nNot enough yet: %d more %s needed. Add a photo of %s, or type the lines of any missing code.",
		head, st.MoreNeeded, pluralWord(st.MoreNeeded, "code", "codes"), joinWords(need))
}

// badCodesText names every code that was read but set aside: "code 3 (file
// page1.png) was wrong and was ignored", one line each.
func badCodesText(bad []export.BadCode) string {
	var text string
	for _, b := range bad {
		text += fmt.Sprintf("\nCode %d", b.Code)
		if len(b.From) > 0 {
			text += fmt.Sprintf(" (file %s)", joinWords(baseNames(b.From)))
		}
		text += " was wrong and was ignored: " + b.Reason + "."
	}
	return text
}

// baseNames are the file names of places like "/tmp/scan.pdf page 2".
func baseNames(places []string) []string {
	out := make([]string, len(places))
	for i, p := range places {
		out[i] = filepath.Base(p)
	}
	return out
}

// codeState is what is known of one printed code.
type codeState int

const (
	codeRead    codeState = iota // read from a file or typed
	codeRebuilt                  // not read, but rebuilt from the spare codes
	codeMissing                  // not read, and needed
)

// text is the word shown in the code's cell, so colour is never the only signal.
func (c codeState) text() string {
	return [...]string{"read", "rebuilt", "missing"}[c]
}

func (c codeState) color() color.Color {
	names := [...]fyne.ThemeColorName{theme.ColorNameSuccess, theme.ColorNameWarning, theme.ColorNameError}
	return theme.Color(names[c])
}

// codeGrid shows every page's codes as cells: number and state, coloured.
func codeGrid(st export.Status) []fyne.CanvasObject {
	missing := map[int]bool{}
	for _, n := range st.Missing {
		missing[n] = true
	}
	out := []fyne.CanvasObject{kit.Hint("Read: found in your files. Rebuilt: not found, but the spare codes make up for it. Missing: still needed.")}
	for _, pg := range st.Pages {
		cells := make([]fyne.CanvasObject, len(pg.Codes))
		for i, n := range pg.Codes {
			state := codeRead
			switch {
			case missing[n] && st.Recoverable:
				state = codeRebuilt
			case missing[n]:
				state = codeMissing
			}
			cells[i] = codeCell(n, state)
		}
		out = append(out, widget.NewLabelWithStyle(fmt.Sprintf("Page %d", pg.Page), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			container.NewGridWrap(fyne.NewSize(104, 40), cells...))
	}
	return out
}

// codeCell is one code: a tinted box with "Code 3 read".
func codeCell(n int, state codeState) fyne.CanvasObject {
	c := state.color()
	r, g, b, _ := c.RGBA()
	bg := canvas.NewRectangle(color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x38})
	bg.StrokeColor = c
	bg.StrokeWidth = 2
	bg.CornerRadius = 4
	l := widget.NewLabelWithStyle(fmt.Sprintf("%d %s", n, state.text()), fyne.TextAlignCenter, fyne.TextStyle{Bold: state != codeRead})
	return container.NewStack(bg, l)
}
