package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// Issue 15 item 16 (part): an item with a username offers "Copy username", which
// copies it with the same timed clear as the secret.
func TestCopyUsername(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	d := h.selectTitle(m, "Bank")
	if d.copyUser == nil {
		t.Fatal("no Copy username")
	}
	test.Tap(d.copyUser)
	if got := h.g.app.Clipboard().Content(); got != "alice@example.com" || !strings.Contains(m.clipStatus.Text, "cleared in") {
		t.Fatalf("clipboard %q, status %q", got, m.clipStatus.Text)
	}
	if h.selectTitle(m, "Ledger wallet").copyUser != nil {
		t.Fatal("Copy username on an item without one")
	}
}
