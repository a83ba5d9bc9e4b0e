package vault

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"unicode/utf8"
)

// checkText returns an error naming the first string in d that is not valid
// UTF-8. JSON would silently replace such bytes with U+FFFD, changing a secret
// on disk, so Save refuses instead.
func checkText(d *Data) error {
	for i := range d.Items {
		if field := invalidText(reflect.ValueOf(&d.Items[i]).Elem()); field != "" {
			return fmt.Errorf("item %s: %s is not valid UTF-8 text; refusing to save it changed", d.Items[i].ID, field)
		}
	}
	rest := *d
	rest.Items = nil // checked above
	if field := invalidText(reflect.ValueOf(rest)); field != "" {
		return fmt.Errorf("document: %s is not valid UTF-8 text; refusing to save it changed", field)
	}
	return nil
}

// invalidText walks v and returns the JSON path of the first invalid string, or
// "". The path is built only on the way back from a find, so a clean walk
// allocates nothing.
func invalidText(v reflect.Value) string {
	parts, bad := findInvalid(v)
	if !bad {
		return ""
	}
	var b strings.Builder
	for i := len(parts) - 1; i >= 0; i-- {
		if b.Len() > 0 && !strings.HasPrefix(parts[i], "[") {
			b.WriteByte('.')
		}
		b.WriteString(parts[i])
	}
	return b.String()
}

// findInvalid reports whether v holds an invalid string, with the path to it in
// reverse order.
func findInvalid(v reflect.Value) ([]string, bool) {
	switch v.Kind() {
	case reflect.String:
		return nil, !utf8.ValidString(v.String())
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return findInvalid(v.Elem())
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if p, bad := findInvalid(v.Index(i)); bad {
				return append(p, fmt.Sprintf("[%d]", i)), true
			}
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			if p, bad := findInvalid(it.Value()); bad {
				return append(p, fmt.Sprint(it.Key())), true
			}
		}
	case reflect.Struct:
		return findInvalidField(v)
	}
	return nil, false
}

func findInvalidField(v reflect.Value) ([]string, bool) {
	for _, f := range textFields(v.Type()) {
		if p, bad := findInvalid(v.Field(f.index)); bad {
			return append(p, f.name), true
		}
	}
	return nil, false
}

// textField is an exported struct field that can hold strings.
type textField struct {
	index int
	name  string // JSON name
}

var textFieldCache sync.Map // reflect.Type → []textField

// textFields lists t's fields that can hold strings, computed once per type.
func textFields(t reflect.Type) []textField {
	if fs, ok := textFieldCache.Load(t); ok {
		return fs.([]textField)
	}
	var fs []textField
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() || !holdsText(f.Type, 0) {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" || name == "-" {
			name = f.Name
		}
		fs = append(fs, textField{index: i, name: name})
	}
	textFieldCache.Store(t, fs)
	return fs
}

// holdsText reports whether a value of type t can contain a string in an
// exported field (time.Time cannot, so it is skipped).
func holdsText(t reflect.Type, depth int) bool {
	if depth > 8 {
		return true // deep or recursive types: walk them
	}
	switch t.Kind() {
	case reflect.String, reflect.Interface, reflect.Map:
		return true
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return holdsText(t.Elem(), depth+1)
	case reflect.Struct:
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && holdsText(f.Type, depth+1) {
				return true
			}
		}
	}
	return false
}
