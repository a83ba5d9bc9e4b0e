package kit

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

type paper int

const (
	a4 paper = iota + 1
	letter
)

func TestChoiceWorksWithValuesNotLabels(t *testing.T) {
	test.NewTempApp(t)
	var got []paper
	c := NewChoice([]Option[paper]{{a4, "A4"}, {letter, "Letter"}}, func(p paper) { got = append(got, p) })
	if _, ok := c.Value(); ok {
		t.Fatal("a value before anything was chosen")
	}
	c.Set(letter)
	if !c.Is(letter) || c.Selected != "Letter" || len(got) != 0 {
		t.Fatalf("Set: selected %q, callbacks %v", c.Selected, got)
	}
	c.SetSelected("A4") // as a tap does
	if !c.Is(a4) || len(got) != 1 || got[0] != a4 {
		t.Fatalf("tap: callbacks %v", got)
	}
	c.SetOptions([]Option[paper]{{a4, "A4 (210 × 297 mm)"}, {letter, "Letter"}})
	if !c.Is(a4) || c.Selected != "A4 (210 × 297 mm)" {
		t.Fatalf("relabelled: selected %q", c.Selected)
	}
	c.Pick(letter)
	if !c.Is(letter) || got[len(got)-1] != letter {
		t.Fatalf("Pick: callbacks %v", got)
	}
}

func TestSelectWorksWithValuesNotLabels(t *testing.T) {
	test.NewTempApp(t)
	var got []int
	s := NewSelect([]Option[int]{{0, "Never"}, {5, "5 minutes"}}, func(n int) { got = append(got, n) })
	s.Set(5)
	if v, ok := s.Value(); !ok || v != 5 || s.Selected != "5 minutes" || len(got) != 0 {
		t.Fatalf("Set: %v %q %v", v, s.Selected, got)
	}
	s.SetSelected("Never") // as a tap does
	if v, _ := s.Value(); v != 0 || len(got) != 1 || got[0] != 0 {
		t.Fatalf("tap: %v %v", v, got)
	}
	s.Pick(5)
	if got[len(got)-1] != 5 {
		t.Fatalf("Pick: %v", got)
	}
}
