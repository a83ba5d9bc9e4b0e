package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"coffer/app/internal/strength"
)

// StrengthMeter shows a strength.Score as four segments: red when weak, amber when
// fair, green when it meets strength.MinScore.
type StrengthMeter struct {
	segments []*canvas.Rectangle
	Bar      *fyne.Container
}

func NewStrengthMeter() *StrengthMeter {
	m := &StrengthMeter{}
	cells := make([]fyne.CanvasObject, 4)
	for i := range cells {
		r := canvas.NewRectangle(theme.Color(theme.ColorNameInputBorder))
		r.SetMinSize(fyne.NewSize(20, 6))
		r.CornerRadius = 3
		m.segments = append(m.segments, r)
		cells[i] = r
	}
	m.Bar = container.NewGridWithColumns(4, cells...)
	return m
}

// Set colours the first score segments (at least one for any typed passphrase).
func (m *StrengthMeter) Set(score int) {
	lit, name := max(score, 1), theme.ColorNameError
	switch {
	case score < 0:
		lit = 0
	case score >= strength.MinScore:
		name = theme.ColorNameSuccess
	case score == strength.MinScore-1:
		name = theme.ColorNameWarning
	}
	for i, r := range m.segments {
		r.FillColor = theme.Color(theme.ColorNameInputBorder)
		if i < lit {
			r.FillColor = theme.Color(name)
		}
		r.Refresh()
	}
}
