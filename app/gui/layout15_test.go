package gui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
)

// The layout checks of issue 15 item 15, measured in a headless window the size a
// user may give it.

// absRect is o's top-left corner and bottom-right corner in the window.
func absRect(o fyne.CanvasObject) (fyne.Position, fyne.Position) {
	p := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	return p, p.Add(o.Size())
}

// firstScroll is the first kit.Scroll under o.
func firstScroll(o fyne.CanvasObject) *kit.Scroll {
	switch w := o.(type) {
	case *kit.Scroll:
		return w
	case *fyne.Container:
		for _, c := range w.Objects {
			if s := firstScroll(c); s != nil {
				return s
			}
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(w).Objects() {
			if s := firstScroll(c); s != nil {
				return s
			}
		}
	}
	return nil
}

// lowestBottom is the largest bottom edge, in the window, of the visible leaves under o.
func lowestBottom(o fyne.CanvasObject) float32 {
	if !o.Visible() {
		return 0
	}
	var kids []fyne.CanvasObject
	switch w := o.(type) {
	case *fyne.Container:
		kids = w.Objects
	case *widget.Card, *widget.Label, *widget.Button, *widget.Entry, *widget.Check, *widget.Select:
		_, br := absRect(o)
		return br.Y
	case fyne.Widget:
		kids = test.WidgetRenderer(w).Objects()
	}
	low := float32(0)
	for _, k := range kids {
		low = max(low, lowestBottom(k))
	}
	return low
}

func TestCreateScreenStaysPutWhenAPassphraseIsSuggested(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 700, Height: 500}, {Width: 960, Height: 640}, {Width: 1280, Height: 800}} {
		h := newHarness(t)
		h.g.win.Resize(size)
		h.g.showCreate()
		c := showing[*createScreen](h)
		relayout(h, size)
		before, _ := absRect(c.pass.Entry)
		test.Tap(c.pass.Suggest)
		relayout(h, size)
		after, _ := absRect(c.pass.Entry)
		if before != after {
			t.Errorf("%v: the passphrase entry moved from %v to %v when a passphrase was suggested", size, before, after)
		}
	}
}

// relayout lays the window out again at size, as a real window does after a change
// of minimum sizes (the headless one waits for a resize).
func relayout(h *harness, size fyne.Size) {
	h.g.win.Resize(size.AddWidthHeight(1, 1))
	h.g.win.Resize(size)
}

// editPane opens the edit form of Bank at 700×500 and returns its scroll pane.
func editPane(t *testing.T) (*harness, *editScreen, *kit.Scroll) {
	h := newHarness(t)
	h.g.win.Resize(fyne.NewSize(700, 500))
	m := h.unlocked(sampleItems()...)
	test.Tap(h.selectTitle(m, "Bank").edit)
	relayout(h, fyne.NewSize(700, 500))
	sc := firstScroll(m.pane)
	if sc == nil {
		t.Fatal("the edit form does not scroll")
	}
	return h, m.edit, sc
}

func TestEditFormEntriesClearTheScrollBar(t *testing.T) {
	_, e, sc := editPane(t)
	_, paneRight := absRect(sc)
	bar := theme.ScrollBarSize()
	for name, o := range map[string]fyne.CanvasObject{"Title": e.title, "Notes": e.notes, "Username": e.username} {
		if _, right := absRect(o); right.X > paneRight.X-bar {
			t.Errorf("%s ends at x=%.0f, under the scroll bar (%.0f to %.0f)", name, right.X, paneRight.X-bar, paneRight.X)
		}
	}
}

func TestMouseWheelNotchScrollsAboutThreeLines(t *testing.T) {
	_, _, sc := editPane(t)
	if sc.Content.Size().Height <= sc.Size().Height {
		t.Fatal("the edit form fits at 700×500: nothing to scroll")
	}
	sc.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -25)}) // one notch, as Fyne's desktop driver sends it
	line := fyne.MeasureText("Ag", theme.TextSize(), fyne.TextStyle{}).Height
	if got := sc.Offset.Y; got < 2.5*line || got > 4*line {
		t.Errorf("one notch scrolled %.0f units; want about three lines (%.0f)", got, 3*line)
	}
}

func TestNoScrollBarUnderTheSearchBoxAt700(t *testing.T) {
	h := newHarness(t)
	h.g.win.Resize(fyne.NewSize(700, 500))
	m := h.unlocked(sampleItems()...)
	for _, o := range test.WidgetRenderer(m.search).Objects() {
		if sc, ok := o.(*container.Scroll); ok && sc.Visible() && sc.Content != nil &&
			sc.Content.MinSize().Width > sc.Size().Width {
			t.Errorf("the search box's text (%.0f wide) is wider than the box (%.0f): it shows a scroll bar",
				sc.Content.MinSize().Width, sc.Size().Width)
		}
	}
}

func TestSettingsEndWithAMarginBelow(t *testing.T) {
	h := newHarness(t)
	h.g.win.Resize(fyne.NewSize(700, 500))
	m := h.unlocked(sampleItems()...)
	test.Tap(m.settings)
	s := showing[*settingsScreen](h)
	sc := firstScroll(h.g.win.Content())
	if sc == nil {
		t.Fatal("settings do not scroll")
	}
	sc.ScrollToBottom()
	_, bottom := absRect(sc)
	if gap := bottom.Y - lowestBottom(sc.Content); gap < 3*theme.Padding() {
		t.Errorf("the last setting ends %.0f units above the window's bottom edge; want at least %.0f", gap, 3*theme.Padding())
	}
	_ = s
}

// A wizard's column narrows to a 700-pixel window: nothing of a step lies past the
// scroll bar (the typed-path box's Open button was cut off).
func TestWizardFitsA700PixelWindow(t *testing.T) {
	h := newHarness(t)
	h.g.showRestore()
	r := showing[*restoreScreen](h)
	test.Tap(r.wiz.Next)
	relayout(h, fyne.NewSize(700, 500))
	sc := firstScroll(h.g.win.Content())
	_, paneRight := absRect(sc)
	for name, o := range map[string]fyne.CanvasObject{"Open": r.codes.path.open, "path entry": r.codes.path.entry} {
		if _, right := absRect(o); right.X > paneRight.X-theme.ScrollBarSize() {
			t.Errorf("%s ends at x=%.0f, past the scroll bar at %.0f", name, right.X, paneRight.X-theme.ScrollBarSize())
		}
	}
}

// The wheel scrolls the edit form also with the pointer over an entry (Fyne gives
// the wheel to the innermost scrollable, and every entry scrolls inside itself, so
// the form did not move), and a tap still reaches the widget under the pointer.
func TestWheelOverAnEntryScrollsTheForm(t *testing.T) {
	h, e, sc := editPane(t)
	topLeft, _ := absRect(e.username)
	over := topLeft.AddXY(20, 10)
	test.Scroll(h.g.win.Canvas(), over, 0, -25)
	if sc.Offset.Y < 50 {
		t.Fatalf("one notch over the Username entry scrolled the form %.0f units", sc.Offset.Y)
	}
	before := e.secret.Text
	topLeft, _ = absRect(e.gen.button)
	test.TapCanvas(h.g.win.Canvas(), topLeft.AddXY(10, 10))
	if e.secret.Text == before {
		t.Fatal("a tap on Generate, under the wheel catcher, did not reach the button")
	}
}
