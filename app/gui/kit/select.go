package kit

import "fyne.io/fyne/v2/widget"

// Select is a drop-down whose options stand for typed values, like Choice.
type Select[T comparable] struct {
	*widget.Select
	opts     options[T]
	onChange func(T)
}

// NewSelect makes a drop-down of opts; onChange (may be nil) runs when the user
// picks another option.
func NewSelect[T comparable](opts []Option[T], onChange func(T)) *Select[T] {
	s := &Select[T]{Select: &widget.Select{}, opts: opts, onChange: onChange}
	s.ExtendBaseWidget(s)
	s.Select.Options = s.opts.labels()
	s.Select.OnChanged = s.changed
	return s
}

// Value is the selected value; ok is false when nothing is selected.
func (s *Select[T]) Value() (T, bool) { return s.opts.value(s.Select.Selected) }

// Set selects v without calling onChange; a value that is not an option clears the
// selection.
func (s *Select[T]) Set(v T) {
	s.Select.Selected = s.opts.label(v)
	s.Select.Refresh()
}

// Pick selects v as the user would, calling onChange.
func (s *Select[T]) Pick(v T) {
	if l := s.opts.label(v); l != "" {
		s.Select.SetSelected(l)
	}
}

func (s *Select[T]) changed(string) {
	if v, ok := s.Value(); ok && s.onChange != nil {
		s.onChange(v)
	}
}
