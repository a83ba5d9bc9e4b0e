package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// WheelFactor multiplies what one mouse-wheel notch scrolls. Fyne's desktop driver
// moves 25 units a notch (about one line of text); the app's panes scroll about
// three lines, as browsers and file managers do.
const WheelFactor = 2.5

// Scroll is a vertical scroll pane whose wheel step is WheelFactor times Fyne's,
// and whose content keeps clear of the scroll bar and of the bottom edge.
type Scroll struct {
	container.Scroll
}

// NewVScroll wraps content in a Scroll: content never lies under the scroll bar,
// the last line has a margin below it when scrolled to the end, and the wheel
// scrolls the pane wherever the pointer is, also over an entry.
func NewVScroll(content fyne.CanvasObject) *Scroll {
	s := &Scroll{}
	s.Direction = container.ScrollVerticalOnly
	c := &wheelCatcher{s: s}
	c.ExtendBaseWidget(c)
	s.Content = container.NewStack(container.New(scrollInset{}, content), c)
	s.ExtendBaseWidget(s)
	return s
}

// wheelCatcher lies over a Scroll's content and takes the wheel: Fyne hands a
// wheel event to the innermost scrollable under the pointer, and every entry
// scrolls inside itself, so over a form's entries the wheel did nothing. It takes
// nothing else (taps, hovers and drags reach the widgets under it). A multi-line
// entry whose text overflows scrolls with its own scroll bar, not the wheel.
type wheelCatcher struct {
	widget.BaseWidget
	s *Scroll
}

// CreateRenderer draws nothing.
func (c *wheelCatcher) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// Scrolled scrolls the pane.
func (c *wheelCatcher) Scrolled(ev *fyne.ScrollEvent) { c.s.Scrolled(ev) }

var _ fyne.Scrollable = (*wheelCatcher)(nil)

// Scrolled scrolls WheelFactor times further than Fyne would.
func (s *Scroll) Scrolled(ev *fyne.ScrollEvent) {
	e := *ev
	e.Scrolled = fyne.NewDelta(ev.Scrolled.DX*WheelFactor, ev.Scrolled.DY*WheelFactor)
	s.Scroll.Scrolled(&e)
}

// Inset is the room a Scroll keeps free right of its content (the scroll bar's
// width and a padding) and below it.
func Inset() fyne.Size {
	return fyne.NewSize(theme.ScrollBarSize()+theme.Padding(), 4*theme.Padding())
}

// scrollInset lays its object out with Inset kept free on the right and below.
type scrollInset struct{}

// MinSize is the object's minimum size and the inset.
func (scrollInset) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var min fyne.Size
	for _, o := range objs {
		min = min.Max(o.MinSize())
	}
	return min.Add(Inset())
}

// Layout gives the objects the whole area but the inset.
func (scrollInset) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size.Subtract(Inset()))
	}
}

var _ fyne.Layout = scrollInset{}
