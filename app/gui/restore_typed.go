package gui

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/app/internal/explain"
	"coffer/export"
)

// typedName names typed lines in the list of what each input gave.
const typedName = "typed lines"

// typedStep takes the typed-fallback lines of codes that could not be read, checking
// every line as it is typed: each line ends with two check letters, so a typo is
// found at once and the line is named.
type typedStep struct {
	r        *restoreScreen
	entry    *widget.Entry
	feedback *fyne.Container
	choice   *backupChooser // when the lines hold codes of several backups
	status   kit.Message
	grid     *fyne.Container
	given    map[string]bool // complete codes already given to the session, by backup and index
	root     fyne.CanvasObject
}

func newTypedStep(r *restoreScreen) *typedStep {
	t := &typedStep{r: r, given: map[string]bool{}}
	t.entry = widget.NewMultiLineEntry()
	t.entry.TextStyle = fyne.TextStyle{Monospace: true}
	t.entry.SetMinRowsVisible(8)
	t.entry.SetPlaceHolder("04.01  ABCDE FGHIJ KLMNO PQRST UVWXY Z2345  K7")
	t.entry.OnChanged = t.onChanged
	t.feedback = container.NewVBox()
	t.choice = r.codes.newChooser("These codes come from more than one backup. Choose the one to restore:")
	t.status = kit.NewMessage()
	t.grid = container.NewVBox()
	t.root = container.NewVBox(
		kit.Para("Type the lines of the codes that are still missing, from the text pages at the end of the backup. "+
			"One line per line, as printed; spaces and upper or lower case do not matter. "+
			"Each line is checked as you type."),
		t.entry, t.feedback, t.choice.box, t.status.Label, t.grid)
	return t
}

// buildUI returns the step's content.
func (t *typedStep) buildUI() fyne.CanvasObject { return t.root }

// text is what was typed, without surrounding blanks.
func (t *typedStep) text() string { return strings.TrimSpace(t.entry.Text) }

// onChanged checks every line and adds the codes that are complete.
func (t *typedStep) onChanged(text string) {
	t.r.nav.activity()
	frames, errs := export.ParseTyped(text)
	t.showFeedback(text, frames, errs)
	if t.newCodes(frames) {
		t.r.session.AddTyped(typedName, text)
		t.r.codes.refresh()
	}
	t.refresh()
}

// newCodes notes the complete codes not given to the session yet, and reports
// whether there were any: lines replaced by those of another code or another backup
// count, even when the number of codes stays the same.
func (t *typedStep) newCodes(frames []export.Frame) bool {
	found := false
	for _, f := range frames {
		key := fmt.Sprintf("%s/%d", f.BackupID, f.Index)
		if !t.given[key] {
			t.given[key], found = true, true
		}
	}
	return found
}

// showFeedback lists the wrong lines by number and the codes that are complete.
func (t *typedStep) showFeedback(text string, frames []export.Frame, errs []export.LineError) {
	lines := strings.Split(text, "\n")
	typing := len(lines) // the line being typed: the last one, until Return is pressed
	t.feedback.Objects = nil
	for _, e := range errs {
		l := widget.NewLabel(lineProblem(e, lines))
		l.Wrapping = fyne.TextWrapWord
		l.Importance = widget.DangerImportance
		if e.Line == typing && strings.TrimSpace(lines[typing-1]) != "" {
			l.SetText(fmt.Sprintf("Line %d does not check yet. Finish typing it; if this stays, compare it with the paper.", e.Line))
			l.Importance = widget.MediumImportance
		}
		t.feedback.Add(l)
	}
	if len(frames) > 0 {
		nums := make([]int, len(frames))
		for i, f := range frames {
			nums[i] = f.Index + 1
		}
		l := widget.NewLabel(fmt.Sprintf("Complete and correct: %s %s.", pluralWord(len(nums), "code", "codes"), explain.Numbers(nums)))
		l.Importance = widget.SuccessImportance
		t.feedback.Add(l)
	}
	t.feedback.Refresh()
}

// lineProblem says which line is wrong and what to do about it.
func lineProblem(e export.LineError, lines []string) string {
	if e.Line == 0 {
		msg := strings.TrimSuffix(e.Err.Error(), ": "+export.ErrIncomplete.Error())
		return sentence(msg) + " Type the rest of its lines."
	}
	quote := ""
	if e.Line <= len(lines) {
		quote = fmt.Sprintf(" (%q)", clipText(strings.TrimSpace(lines[e.Line-1]), 24))
	}
	if errors.Is(e.Err, export.ErrLineCheck) {
		return fmt.Sprintf("Line %d%s has a typo: its two check letters at the end do not match. Compare it with the paper, character by character.", e.Line, quote)
	}
	return fmt.Sprintf("Line %d%s: %s.", e.Line, quote, strings.TrimSuffix(e.Err.Error(), ": "+export.ErrCorrupt.Error()))
}

// clipText shortens s to n characters with an ellipsis.
func clipText(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// refresh shows what is still needed of the chosen backup.
func (t *typedStep) refresh() {
	st, ok := t.r.codes.selected()
	if !ok {
		msg := "No codes yet. Type the lines of any code, starting with its first line."
		if len(t.r.session.Backups()) > 1 {
			msg = "Choose the backup to restore above; the codes of the others are not used."
		}
		t.status.Set(msg, widget.MediumImportance)
		t.grid.Objects = nil
		t.grid.Refresh()
		t.r.wiz.SetNext(false)
		return
	}
	showCodes(t.status, t.grid, st)
	t.r.wiz.SetNext(st.Recoverable)
	if t.r.facts().shared {
		t.r.wiz.Next.SetText("Next: the share sheets")
	} else {
		t.r.wiz.Next.SetText(t.r.wiz.Steps[restoreStepTyped].Next)
	}
}

// onNext goes on to the passphrase once the backup can be rebuilt.
func (t *typedStep) onNext() {
	if st, ok := t.r.codes.selected(); ok && st.Recoverable {
		t.r.showStep(t.r.facts().openStep())
	}
}
