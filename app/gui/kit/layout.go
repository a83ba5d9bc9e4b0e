package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Centered places content in the middle of the window, at most width wide.
func Centered(content fyne.CanvasObject, width float32) fyne.CanvasObject {
	box := container.New(&MaxWidth{Width: width}, content)
	return NewVScroll(container.NewCenter(container.NewPadded(box)))
}

// AtTop places content at the top of the window, centred across and at most width
// wide: unlike Centered, it stays where it is when it grows (a suggestion shown, a
// message set).
func AtTop(content fyne.CanvasObject, width float32) fyne.CanvasObject {
	return NewVScroll(container.New(&Column{Width: width}, container.NewPadded(content)))
}

// Column is a layout that centres its objects across at most Width wide, narrower
// when the window is (down to their minimum width), and gives them the full height.
type Column struct{ Width float32 }

// MinSize is the objects' own minimum size: a column never widens a window.
func (c *Column) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var min fyne.Size
	for _, o := range objs {
		min = min.Max(o.MinSize())
	}
	return min
}

// Layout centres the objects, Width wide or as wide as there is room for.
func (c *Column) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := max(min(size.Width, c.Width), c.MinSize(objs).Width)
	for _, o := range objs {
		o.Resize(fyne.NewSize(w, size.Height))
		o.Move(fyne.NewPos((size.Width-w)/2, 0))
	}
}

var _ fyne.Layout = (*Column)(nil)

// MaxWidth is a layout that gives its objects a fixed width and their minimum height.
type MaxWidth struct{ Width float32 }

// MinSize is the fixed width by the tallest object's minimum height.
func (m *MaxWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(m.Width, h)
}

// Layout stretches every object over the whole area.
func (m *MaxWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}

var _ fyne.Layout = (*MaxWidth)(nil)

// Heading is a large bold title.
func Heading(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	return l
}

// Hint is a wrapped explanatory line in the secondary text colour.
func Hint(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.SizeName = theme.SizeNameCaptionText
	return l
}

// Spacer fills the space between buttons in a box.
func Spacer() fyne.CanvasObject { return layout.NewSpacer() }

// TightVBox stacks objects vertically with no padding, for two-line list rows.
type TightVBox struct{}

// MinSize is the widest object by the sum of heights.
func (TightVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height - theme.Padding()
	}
	return s
}

// Layout places the objects one under the other, overlapping their padding.
func (TightVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h - theme.Padding()
	}
}
