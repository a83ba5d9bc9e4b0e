package export

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// allTyped is the typed-fallback text of every frame, as printed.
func allTyped(b *Backup) []string {
	var lines []string
	for _, f := range b.Frames {
		lines = append(lines, typedLines(f, len(b.Frames))...)
	}
	return lines
}

func TestTypedRoundTrip(t *testing.T) {
	items := sampleItems(5)
	b := mustCreate(t, items, Letter)
	// Type it sloppily: lower case, no group spaces, O for 0 and l for 1.
	var typed []string
	for _, l := range allTyped(b) {
		l = strings.ToLower(strings.Join(strings.Fields(l), " "))
		typed = append(typed, strings.NewReplacer("0", "o", "1", "l").Replace(l))
	}
	frames, errs := ParseTyped(strings.Join(typed, "\r\n") + "\n\n")
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	if len(frames) != len(b.Frames) {
		t.Fatalf("got %d frames, want %d", len(frames), len(b.Frames))
	}
	a := &Assembler{}
	for _, f := range frames[len(frames)-b.DataFrames:] { // parity-heavy subset
		if err := a.Add(f); err != nil {
			t.Fatal(err)
		}
	}
	assertRestores(t, a, b.ID, items)
}

func TestTypedTypoNamesTheLine(t *testing.T) {
	b := mustCreate(t, sampleItems(2), A4)
	lines := typedLines(b.Frames[0], len(b.Frames))
	bad := []byte(lines[2])
	if bad[8] == 'Z' { // change one character
		bad[8] = 'Y'
	} else {
		bad[8] = 'Z'
	}
	lines[2] = string(bad)
	frames, errs := ParseTyped("\n" + strings.Join(lines, "\n"))
	if len(frames) != 0 {
		t.Fatalf("frame with a typo accepted")
	}
	if len(errs) != 2 || errs[0].Line != 4 || !errors.Is(errs[0], ErrLineCheck) {
		t.Fatalf("errs = %v, want the check error on typed line 4 then a missing line", errs)
	}
	if !strings.Contains(errs[0].Error(), "code 1 line 3") || !errors.Is(errs[1], ErrIncomplete) {
		t.Fatalf("messages: %v / %v", errs[0], errs[1])
	}
}

func TestTypedRejectsGarbage(t *testing.T) {
	_, errs := ParseTyped("hello world\n01.01 ABC\n1.1\n")
	if len(errs) != 3 {
		t.Fatalf("errs = %v", errs)
	}
	for _, e := range errs {
		if !errors.Is(e, ErrCorrupt) && !errors.Is(e, ErrLineCheck) {
			t.Errorf("%v: not ErrCorrupt", e)
		}
	}
}

// On the old code 100,000 bad lines gave 100,000 errors (27 MB of text in a report).
func TestParseTypedCapsErrors(t *testing.T) {
	var b strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&b, "%02d.01 ABCDE ZZ\n", i%99+1)
	}
	_, errs := ParseTyped(b.String())
	if len(errs) != MaxLineErrors+1 || errs[MaxLineErrors].More != 1000-MaxLineErrors || errs[0].Line != 1 {
		t.Fatalf("%d errors, last %+v", len(errs), errs[len(errs)-1])
	}
	if _, errs := ParseTyped(strings.Repeat("x", MaxTypedText+1)); len(errs) != 1 || !errors.Is(errs[0].Err, ErrTooLarge) {
		t.Fatalf("huge text: %v", errs)
	}
}
