package kit

import "fyne.io/fyne/v2/widget"

// Choice is a radio group whose options stand for typed values, so code compares
// values, never labels. Labels may change (a vault name in one, a count in another)
// without touching the code that acts on the choice.
type Choice[T comparable] struct {
	*widget.RadioGroup
	opts     options[T]
	onChange func(T)
}

// NewChoice makes a choice between opts; onChange (may be nil) runs when the user
// picks another option.
func NewChoice[T comparable](opts []Option[T], onChange func(T)) *Choice[T] {
	c := &Choice[T]{RadioGroup: &widget.RadioGroup{}, onChange: onChange}
	c.ExtendBaseWidget(c)
	c.SetOptions(opts)
	c.RadioGroup.OnChanged = c.changed
	return c
}

// SetOptions replaces the options, keeping the selected value when it is still one.
func (c *Choice[T]) SetOptions(opts []Option[T]) {
	v, ok := c.Value()
	c.opts = opts
	c.RadioGroup.Options = c.opts.labels()
	c.RadioGroup.Selected = ""
	if ok {
		c.RadioGroup.Selected = c.opts.label(v)
	}
	c.RadioGroup.Refresh()
}

// Value is the selected value; ok is false when nothing is selected.
func (c *Choice[T]) Value() (T, bool) { return c.opts.value(c.RadioGroup.Selected) }

// Is reports whether v is selected.
func (c *Choice[T]) Is(v T) bool {
	got, ok := c.Value()
	return ok && got == v
}

// Set selects v without calling onChange; a value that is not an option clears the
// selection.
func (c *Choice[T]) Set(v T) {
	c.RadioGroup.Selected = c.opts.label(v)
	c.RadioGroup.Refresh()
}

// Pick selects v as the user would, calling onChange.
func (c *Choice[T]) Pick(v T) {
	if l := c.opts.label(v); l != "" {
		c.RadioGroup.SetSelected(l)
	}
}

// Len is the number of options.
func (c *Choice[T]) Len() int { return len(c.opts) }

func (c *Choice[T]) changed(string) {
	if v, ok := c.Value(); ok && c.onChange != nil {
		c.onChange(v)
	}
}
