package kit

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// WizardWidth is the width of a wizard's column; it fits an 800-pixel window, and
// narrows in a smaller one.
const WizardWidth = 720

// Step is one page of a wizard. A wizard is a list of them, indexed by its owner's
// step constants; which step follows which is a plain function of the owner's
// choices (see Forward and Backward for wizards without branches).
type Step struct {
	Name   string                   // as in "Step 2 of 5: Name"
	Build  func() fyne.CanvasObject // the page's content, built each time it shows
	Next   string                   // the Next button's label; "" hides it
	Shown  func()                   // after the page shows: focus, refresh (may be nil)
	OnNext func()                   // what Next does on this page
}

// Wizard is the frame every guided task shares: a title, "Step i of n: name", the
// step's content in a scrolling column, and Cancel, Back and Next at the bottom. Next
// runs the current step's OnNext; the screen that owns the frame decides what Cancel
// and Back do.
type Wizard struct {
	Title    *widget.Label
	StepName *widget.Label
	Steps    []Step
	Current  int // index of the step showing
	Cancel   *widget.Button
	Back     *widget.Button
	Next     *widget.Button
	// Path, if set, lists the steps this run goes through, given the owner's choices
	// so far; "Step i of n" counts only those. Nil: every step.
	Path   func() []int
	Root   fyne.CanvasObject
	body   *fyne.Container
	scroll *Scroll
}

// NewWizard builds the frame over steps. Next records activity, then runs the
// current step's OnNext; Cancel and Back call the given handlers.
func NewWizard(title string, steps []Step, activity, onCancel, onBack func()) *Wizard {
	w := &Wizard{Steps: steps}
	onNext := func() { activity(); w.Steps[w.Current].OnNext() }
	w.Title = Heading(title)
	w.StepName = widget.NewLabel("")
	w.StepName.Importance = widget.HighImportance
	w.Cancel = &widget.Button{Text: "Cancel", OnTapped: onCancel}
	w.Back = &widget.Button{Text: "Back", Icon: theme.NavigateBackIcon(), OnTapped: onBack}
	w.Next = &widget.Button{Text: "Next", Icon: theme.NavigateNextIcon(), IconPlacement: widget.ButtonIconTrailingText,
		Importance: widget.HighImportance, OnTapped: onNext}
	w.body = container.NewStack()
	w.scroll = NewVScroll(container.New(&Column{Width: WizardWidth}, container.NewPadded(w.body)))
	top := container.NewPadded(container.NewVBox(w.Title, w.StepName, widget.NewSeparator()))
	buttons := container.NewPadded(container.NewHBox(w.Cancel, Spacer(), w.Back, w.Next))
	w.Root = container.NewBorder(top, container.NewVBox(widget.NewSeparator(), buttons), nil, nil, w.scroll)
	return w
}

// Show makes step i current: its content, its Next label, Back hidden on the first
// step; then the step's Shown hook.
func (w *Wizard) Show(i int) {
	st := w.Steps[i]
	w.Current = i
	n, of := w.position(i)
	w.StepName.SetText(fmt.Sprintf("Step %d of %d: %s", n, of, st.Name))
	w.body.Objects = []fyne.CanvasObject{st.Build()}
	w.body.Refresh()
	w.scroll.ScrollToTop()
	w.Back.Hidden = i == 0
	w.Back.Refresh()
	w.Next.SetText(st.Next)
	w.Next.Hidden = st.Next == ""
	w.Next.Enable()
	w.Next.Refresh()
	if st.Shown != nil {
		st.Shown()
	}
}

// position is step i's number among the steps of this run, and their count. A step
// missing from Path is numbered as in the full list.
func (w *Wizard) position(i int) (n, of int) {
	if w.Path == nil {
		return i + 1, len(w.Steps)
	}
	path := w.Path()
	for k, s := range path {
		if s == i {
			return k + 1, len(path)
		}
	}
	return i + 1, len(w.Steps)
}

// Forward is the step after at in a wizard without branches; last stays last.
func Forward(at, last int) int { return min(at+1, last) }

// Backward is the step before at in a wizard without branches; the first stays.
func Backward(at int) int { return max(at-1, 0) }

// SetNext enables or disables Next.
func (w *Wizard) SetNext(ok bool) { SetEnabled(ok, w.Next) }

// SetWorking disables the buttons while slow work runs.
func (w *Wizard) SetWorking(on bool) { SetEnabled(!on, w.Cancel, w.Back, w.Next) }
