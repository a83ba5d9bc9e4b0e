package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Issue 15 item 12: "12 words, checksum correct" was faint grey (unreadable on the
// dark theme), and Save with a wrong seed showed nothing new. A correct phrase is
// shown in the success colour; Save with a wrong one says "Not saved" in red and
// puts the cursor in the phrase.
func TestSeedCheckIsReadableAndSaveWithABadSeedSaysSo(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	test.Tap(m.newItem)
	e := m.edit
	test.Type(e.title, "Trezor")
	test.Type(e.secret, validSeed)
	if e.secretMsg.Text != "12 words, checksum correct." || e.secretMsg.Importance != widget.SuccessImportance {
		t.Fatalf("correct seed: %q, importance %v", e.secretMsg.Text, e.secretMsg.Importance)
	}
	e.secret.SetText(strings.Replace(validSeed, "about", "abandon", 1))
	h.g.win.Canvas().Focus(e.title)
	test.Tap(e.save)
	if !strings.HasPrefix(e.secretMsg.Text, "Not saved: ") || e.secretMsg.Importance != widget.DangerImportance ||
		h.g.win.Canvas().Focused() != e.secret || m.edit == nil {
		t.Fatalf("Save with a bad checksum: %q, importance %v, focused %T", e.secretMsg.Text, e.secretMsg.Importance, h.g.win.Canvas().Focused())
	}
}
