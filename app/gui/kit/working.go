package kit

import "fyne.io/fyne/v2/widget"

// NewSpinner is a hidden, stopped infinite progress bar.
func NewSpinner() *widget.ProgressBarInfinite {
	s := widget.NewProgressBarInfinite()
	s.Stop()
	s.Hide()
	return s
}

// Spin shows or hides a spinner.
func Spin(s *widget.ProgressBarInfinite, on bool) {
	if on {
		s.Show()
		s.Start()
	} else {
		s.Stop()
		s.Hide()
	}
}

// ShowWorking shows a spinner and disables buttons while slow work runs.
func ShowWorking(spinner *widget.ProgressBarInfinite, on bool, buttons ...*widget.Button) {
	SetEnabled(!on, buttons...)
	Spin(spinner, on)
}

// SetEnabled enables or disables buttons.
func SetEnabled(on bool, buttons ...*widget.Button) {
	for _, b := range buttons {
		if on {
			b.Enable()
		} else {
			b.Disable()
		}
	}
}
