package gui

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/export"
)

// typedSharesName names typed share words in the list of what each input gave.
const typedSharesName = "typed share words"

// sharesStep opens a shared backup with its share sheets instead of a passphrase:
// photos or scans of the sheets, or their words typed, one sheet a line, each word
// checked against the SLIP-39 list as it is typed.
type sharesStep struct {
	r        *restoreScreen
	add      *widget.Button
	words    *widget.Entry
	feedback *fyne.Container
	files    *fyne.Container // what each file of share sheets gave
	status   kit.Message
	pass     *widget.Entry // the SLIP-39 passphrase, only for shares made with one
	msg      kit.Message
	spinner  *widget.ProgressBarInfinite
	given    map[string]bool // typed shares already given to the session
}

func newSharesStep(r *restoreScreen) *sharesStep {
	t := &sharesStep{r: r, given: map[string]bool{}, status: kit.NewMessage(), msg: kit.NewMessage(), spinner: kit.NewSpinner()}
	t.add = &widget.Button{Text: "Add a photo or scan of a share sheet…", Icon: theme.FileImageIcon(), Importance: widget.HighImportance,
		OnTapped: func() { chooseFile(r.e, r.nav, paperFiles, func(path string) { r.codes.add([]string{path}) }) }}
	t.words = widget.NewMultiLineEntry()
	t.words.SetMinRowsVisible(4)
	t.words.Wrapping = fyne.TextWrapWord
	t.words.SetPlaceHolder("academic acid ... (the words of one share sheet on each line)")
	t.words.OnChanged = t.onChanged
	t.feedback = container.NewVBox()
	t.files = container.NewVBox()
	t.pass = widget.NewPasswordEntry()
	t.pass.SetPlaceHolder("SLIP-39 passphrase (only if the shares were made with one)")
	return t
}

// buildUI is the step's content.
func (t *sharesStep) buildUI() fyne.CanvasObject {
	st, _ := t.r.codes.selected()
	return container.NewVBox(
		kit.Para(fmt.Sprintf("Backup %s is shared: it opens with its share sheets, not a passphrase. Add photos or scans "+
			"of the share sheets (Coffer reads their QR code), or type the words of each sheet, in order.", st.BackupID)),
		container.NewHBox(t.add), t.files,
		widget.NewLabelWithStyle(fmt.Sprintf("Or type the %d words of each sheet, one sheet per line", shareWordCount), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		t.words, t.feedback, t.status.Label, t.pass,
		kit.Hint("Leave it empty unless the owner chose one. SLIP-39 never says a passphrase is wrong; Coffer says only "+
			"that the backup does not open."),
		t.msg.Label, t.spinner)
}

// onChanged checks every line, word by word, and gives the correct shares to the session.
func (t *sharesStep) onChanged(text string) {
	t.r.nav.activity()
	lines := strings.Split(text, "\n")
	t.feedback.Objects = nil
	added := false
	for i, line := range lines {
		c := checkShareLine(line, i == len(lines)-1)
		switch {
		case c.problem != "":
			t.feedback.Add(wrapped(fmt.Sprintf("Line %d: %s.", i+1, c.problem), widget.DangerImportance))
		case c.ok:
			t.feedback.Add(wrapped(fmt.Sprintf("Line %d: share %d of set %05d, correct.", i+1, c.share.MemberIndex, c.share.Identifier), widget.SuccessImportance))
			if m := c.share.Mnemonic(); !t.given[m] {
				t.given[m], added = true, true
				t.r.session.AddShareWords(typedSharesName, m)
			}
		case c.typed > 0:
			t.feedback.Add(wrapped(fmt.Sprintf("Line %d: %d of %d words, every one on the SLIP-39 list so far.", i+1, c.typed, shareWordCount), widget.MediumImportance))
		}
	}
	t.feedback.Refresh()
	if added {
		t.r.codes.refresh()
	}
	t.refresh()
}

// wrapped is a wrapped label of importance imp.
func wrapped(text string, imp widget.Importance) *widget.Label {
	l := kit.Para(text)
	l.Importance = imp
	return l
}

// refresh says how many share sheets are read and enables Open once there are enough.
func (t *sharesStep) refresh() {
	sets := t.r.session.ShareSets()
	text, imp := sharesSummary(sets)
	if text == "" {
		text, imp = "No share sheet read yet.", widget.MediumImportance
	}
	t.status.Set(text, imp)
	t.showFiles()
	enough := false
	for _, set := range sets {
		enough = enough || set.Enough()
	}
	t.r.wiz.SetNext(enough)
}

// showFiles lists what each file or typed line of share sheets gave.
func (t *sharesStep) showFiles() {
	t.files.Objects = nil
	for _, r := range t.r.session.Reports() {
		if line, bad, ok := shareFileLine(filepath.Base(r.Path), r); ok && r.Path != typedSharesName {
			l := kit.Hint(line)
			if bad {
				l.Importance = widget.DangerImportance
			}
			t.files.Add(l)
		}
	}
	t.files.Refresh()
}

// open combines the shares read and decrypts the backup, off the UI goroutine.
func (t *sharesStep) open() {
	st, ok := t.r.codes.selected()
	if !ok || !st.Recoverable {
		t.msg.Set("Not enough codes yet: go back and add more pages or lines.", widget.DangerImportance)
		return
	}
	var p *export.Payload
	var err error
	t.setWorking(true)
	s, pass := t.r.session, t.pass.Text
	t.r.e.bg.do(job{owner: &t.r.life, work: func() { p, err = s.OpenSharedWith(st.BackupID, pass) }, done: func() {
		t.setWorking(false)
		t.pass.SetText("")
		if err != nil {
			t.msg.Set(sentence(sharesFailed(err)), widget.DangerImportance)
			return
		}
		t.r.payload = p
		t.msg.Set("", widget.MediumImportance)
		t.r.showStep(restoreStepWhere)
	}})
}

func (t *sharesStep) setWorking(on bool) {
	t.r.wiz.SetWorking(on)
	kit.Spin(t.spinner, on)
	if on {
		t.msg.Set("Combining the shares and opening the backup…", widget.MediumImportance)
	}
}

// onCodesChanged is the codes panel's callback: the shares step redraws, the
// other steps name what comes next.
func (r *restoreScreen) onCodesChanged() {
	if r.wiz != nil && r.wiz.Current == restoreStepShares {
		r.shares.refresh()
		return
	}
	r.onCodes()
	if r.wiz != nil && r.wiz.Current == restoreStepFiles && r.facts().filesEnough() && r.facts().shared {
		r.wiz.Next.SetText("Next: the share sheets")
	}
}
