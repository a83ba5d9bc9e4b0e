package kit

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Next runs the showing step's OnNext (after recording activity); Back is hidden on
// the first step; each step names its Next button.
func TestWizardRunsTheStepShowing(t *testing.T) {
	test.NewTempApp(t)
	var log []string
	page := func(name string) func() fyne.CanvasObject {
		return func() fyne.CanvasObject { return widget.NewLabel(name) }
	}
	var w *Wizard
	steps := []Step{
		{Name: "One", Build: page("one"), Next: "Go on", OnNext: func() { log = append(log, "next 1"); w.Show(1) }},
		{Name: "Two", Build: page("two"), Next: "", Shown: func() { log = append(log, "shown 2") }},
	}
	w = NewWizard("Test", steps, func() { log = append(log, "activity") }, nil, nil)
	w.Show(0)
	if !w.Back.Hidden || w.Next.Text != "Go on" || w.StepName.Text != "Step 1 of 2: One" {
		t.Fatalf("first step: back hidden %v, next %q, name %q", w.Back.Hidden, w.Next.Text, w.StepName.Text)
	}
	test.Tap(w.Next)
	if w.Current != 1 || w.Back.Hidden || !w.Next.Hidden {
		t.Fatalf("second step: current %d, back hidden %v, next hidden %v", w.Current, w.Back.Hidden, w.Next.Hidden)
	}
	want := []string{"activity", "next 1", "shown 2"}
	if len(log) != len(want) {
		t.Fatalf("log %v, want %v", log, want)
	}
	for i := range want {
		if log[i] != want[i] {
			t.Fatalf("log %v, want %v", log, want)
		}
	}
}

func TestPassphrasePairProblems(t *testing.T) {
	test.NewTempApp(t)
	p := NewPassphrasePair(nil)
	if p.Problem() == "" || p.Score() != -1 {
		t.Fatal("an empty pair has no problem")
	}
	p.Entry.SetText("velvet lantern orbit cactus meadow thunder")
	if p.Problem() != "Type the passphrase a second time." || p.Value() != "" {
		t.Fatalf("one entry: %q", p.Problem())
	}
	p.Confirm.SetText("velvet lantern orbit cactus meadow thundr")
	if p.Problem() != "The two passphrases are different." || p.Value() != "" {
		t.Fatalf("different: %q", p.Problem())
	}
	p.Confirm.SetText(p.Entry.Text)
	if p.Problem() != "" || p.Value() != p.Entry.Text || !p.Strong() {
		t.Fatalf("same: %q, score %d", p.Problem(), p.Score())
	}
}
