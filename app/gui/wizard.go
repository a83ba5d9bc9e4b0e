package gui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// wizardWidth is the width of a wizard's column; it fits an 800-pixel window.
const wizardWidth = 720

// step is one page of a wizard. A wizard is a list of them, indexed by its step
// constants; which step follows which is a plain function of the wizard's choices.
type step struct {
	name   string                   // as in "Step 2 of 5: name"
	build  func() fyne.CanvasObject // the page's content, built each time it shows
	next   string                   // the Next button's label; "" hides it
	shown  func()                   // after the page shows: focus, refresh (may be nil)
	onNext func()                   // what Next does on this page
}

// wizard is the frame every guided task shares: a title, "Step i of n: name", the
// step's content in a scrolling column, and Cancel, Back and Next at the bottom. Next
// runs the current step's onNext; the screen that owns the frame decides what Cancel
// and Back do.
type wizard struct {
	title    *widget.Label
	stepName *widget.Label
	steps    []step
	step     int
	body     *fyne.Container
	scroll   *container.Scroll
	cancel   *widget.Button
	back     *widget.Button
	next     *widget.Button
	root     fyne.CanvasObject
}

// newWizard builds the frame over steps; Next records activity, then runs the
// step's onNext; Cancel and Back call the given handlers.
func newWizard(title string, steps []step, activity, onCancel, onBack func()) *wizard {
	w := &wizard{steps: steps}
	onNext := func() { activity(); w.steps[w.step].onNext() }
	w.title = heading(title)
	w.stepName = widget.NewLabel("")
	w.stepName.Importance = widget.HighImportance
	w.cancel = &widget.Button{Text: "Cancel", OnTapped: onCancel}
	w.back = &widget.Button{Text: "Back", Icon: theme.NavigateBackIcon(), OnTapped: onBack}
	w.next = &widget.Button{Text: "Next", Icon: theme.NavigateNextIcon(), IconPlacement: widget.ButtonIconTrailingText,
		Importance: widget.HighImportance, OnTapped: onNext}
	w.body = container.NewStack()
	column := container.New(&maxWidth{width: wizardWidth}, container.NewPadded(w.body))
	w.scroll = container.NewVScroll(container.NewHBox(layoutSpacer(), column, layoutSpacer()))
	top := container.NewPadded(container.NewVBox(w.title, w.stepName, widget.NewSeparator()))
	buttons := container.NewPadded(container.NewHBox(w.cancel, layoutSpacer(), w.back, w.next))
	w.root = container.NewBorder(top, container.NewVBox(widget.NewSeparator(), buttons), nil, nil, w.scroll)
	return w
}

// show makes step i current: its content, its Next label, Back hidden on the first
// step; then the step's shown hook.
func (w *wizard) show(i int) {
	st := w.steps[i]
	w.step = i
	w.stepName.SetText(fmt.Sprintf("Step %d of %d: %s", i+1, len(w.steps), st.name))
	w.body.Objects = []fyne.CanvasObject{st.build()}
	w.body.Refresh()
	w.scroll.ScrollToTop()
	w.back.Hidden = i == 0
	w.back.Refresh()
	w.next.SetText(st.next)
	w.next.Hidden = st.next == ""
	w.next.Enable()
	w.next.Refresh()
	if st.shown != nil {
		st.shown()
	}
}

// forward and backward are the flow of a wizard without branches.
func forward(at, last int) int { return min(at+1, last) }
func backward(at int) int      { return max(at-1, 0) }

// setNext enables or disables Next.
func (w *wizard) setNext(ok bool) {
	if ok {
		w.next.Enable()
	} else {
		w.next.Disable()
	}
}

// setWorking disables the buttons while slow work runs.
func (w *wizard) setWorking(on bool) {
	for _, b := range []*widget.Button{w.cancel, w.back, w.next} {
		if on {
			b.Disable()
		} else {
			b.Enable()
		}
	}
}

// section is a titled card inside a wizard step.
func section(title string, objs ...fyne.CanvasObject) fyne.CanvasObject {
	return widget.NewCard("", title, container.NewVBox(objs...))
}

// para is a wrapped paragraph of normal text.
func para(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// messageLabel is a wrapped line for results and problems, hidden until set.
type messageLabel struct{ *widget.Label }

func newMessageLabel() messageLabel {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return messageLabel{l}
}

// set shows text; bad makes it red, good green; "" hides the line.
func (m messageLabel) set(text string, imp widget.Importance) {
	m.Importance = imp
	m.SetText(text)
	m.Hidden = text == ""
	m.Refresh()
}

// newSpinner is a hidden, stopped infinite progress bar.
func newSpinner() *widget.ProgressBarInfinite {
	s := widget.NewProgressBarInfinite()
	s.Stop()
	s.Hide()
	return s
}

// spin shows or hides a spinner.
func spin(s *widget.ProgressBarInfinite, on bool) {
	if on {
		s.Show()
		s.Start()
	} else {
		s.Stop()
		s.Hide()
	}
}
