package gui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// The number words of every text the app shows: one helper per shape, so no text
// says "any 1 of them rebuild it", "codes 1 to 1" or lists a zero count.

// plural writes "1 key is" or "3 keys are".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// pluralWord picks the singular or plural word for n.
func pluralWord(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// joinWords joins "a", "a or b", "a, b or c".
func joinWords(parts []string) string {
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " or " + parts[len(parts)-1]
}

// anyRebuild says how many of total codes rebuild what: "any 4 of them rebuild
// it", "any one of them rebuilds it", "all 3 are needed to rebuild it".
func anyRebuild(needed, total int, what string) string {
	switch {
	case needed >= total && total == 1:
		return "it alone rebuilds " + what
	case needed >= total:
		return fmt.Sprintf("all %d are needed to rebuild %s", total, what)
	case needed == 1:
		return "any one of them rebuilds " + what
	}
	return fmt.Sprintf("any %d of them rebuild %s", needed, what)
}

// numberRange names the numbered things first to last: "page 2", "pages 2 to 3".
func numberRange(one, many string, first, last int) string {
	if first == last {
		return fmt.Sprintf("%s %d", one, first)
	}
	return fmt.Sprintf("%s %d to %d", many, first, last)
}

// count is one counted line of a summary; rows with n 0 are left out.
type count struct {
	n         int
	one, many string // the line for one and for n > 1, with %s for the counted noun
}

// counted writes the lines whose count is not zero, e.g. "3 items added".
func counted(noun, nouns string, rows ...count) []string {
	var out []string
	for _, r := range rows {
		if r.n == 0 {
			continue
		}
		out = append(out, plural(r.n, noun, nouns)+r.text(r.n))
	}
	return out
}

func (c count) text(n int) string {
	if n == 1 {
		return c.one
	}
	return c.many
}

// capitalised starts s with a capital letter.
func capitalised(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// labels shows one label per line, or none when there are no lines.
func labels(lines []string, none string) *fyne.Container {
	if len(lines) == 0 {
		lines = []string{none}
	}
	box := container.NewVBox()
	for _, l := range lines {
		box.Add(widget.NewLabel(l))
	}
	return box
}
