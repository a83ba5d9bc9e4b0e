package kit

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// The suggestion and its "write it down" advice show while the entry holds the
// suggested words, and go once the user types a passphrase of their own.
func TestSuggestionGoesWhenAnotherPassphraseIsTyped(t *testing.T) {
	test.NewTempApp(t)
	p := NewPassphrasePair(nil)
	test.NewTempWindow(t, p.BuildUI())
	test.Tap(p.Suggest)
	if !p.Suggested.Visible() || p.Entry.Text == "" {
		t.Fatal("Suggest showed no suggestion")
	}
	test.Type(p.Confirm, p.Entry.Text)
	if !p.Suggested.Visible() {
		t.Fatal("typing the suggestion again hid it")
	}
	p.Entry.SetText("walnut harbor velvet quiet lantern ember")
	if p.Suggested.Visible() {
		t.Fatalf("the suggestion %q still shows beside another passphrase", p.Suggested.Text)
	}
}
