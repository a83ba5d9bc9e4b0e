package kit

// Option is one choice of a Choice or a Select: the value code works with and the
// label people read.
type Option[T comparable] struct {
	Value T
	Label string
}

// options is the table behind a Choice or a Select: label ↔ value.
type options[T comparable] []Option[T]

func (o options[T]) labels() []string {
	out := make([]string, len(o))
	for i, x := range o {
		out[i] = x.Label
	}
	return out
}

// value is the value shown as label; ok is false for no option.
func (o options[T]) value(label string) (v T, ok bool) {
	for _, x := range o {
		if label != "" && x.Label == label {
			return x.Value, true
		}
	}
	return v, false
}

// label is how v is shown; "" when v is not an option.
func (o options[T]) label(v T) string {
	for _, x := range o {
		if x.Value == v {
			return x.Label
		}
	}
	return ""
}
