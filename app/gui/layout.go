package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// centered places content in the middle of the window, at most width wide.
func centered(content fyne.CanvasObject, width float32) fyne.CanvasObject {
	box := container.New(&maxWidth{width: width}, content)
	return container.NewVScroll(container.NewCenter(container.NewPadded(box)))
}

// maxWidth is a layout that gives its objects a fixed width and their minimum height.
type maxWidth struct{ width float32 }

// MinSize is the fixed width by the tallest object's minimum height.
func (m *maxWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(m.width, h)
}

// Layout stretches every object over the whole area.
func (m *maxWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}

var _ fyne.Layout = (*maxWidth)(nil)

// appLogo is the icon at size×size, centred.
func appLogo(size float32) fyne.CanvasObject {
	img := canvas.NewImageFromResource(appIcon)
	img.FillMode = canvas.ImageFillContain
	img.SetMinSize(fyne.NewSize(size, size))
	return container.New(layout.NewCenterLayout(), img)
}

// heading is a large bold title.
func heading(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	return l
}

// hint is a wrapped explanatory line in the secondary text colour.
func hint(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.SizeName = theme.SizeNameCaptionText
	return l
}

// layoutSpacer fills the space between buttons in a box.
func layoutSpacer() fyne.CanvasObject { return layout.NewSpacer() }

// showWorking shows a spinner and disables buttons while slow work runs.
func showWorking(spinner *widget.ProgressBarInfinite, on bool, buttons ...*widget.Button) {
	for _, b := range buttons {
		if on {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	if on {
		spinner.Show()
		spinner.Start()
	} else {
		spinner.Stop()
		spinner.Hide()
	}
}

// tightVBox stacks objects vertically with no padding, for two-line list rows.
type tightVBox struct{}

// MinSize is the widest object by the sum of heights.
func (tightVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height - theme.Padding()
	}
	return s
}

// Layout places the objects one under the other, overlapping their padding.
func (tightVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h - theme.Padding()
	}
}
