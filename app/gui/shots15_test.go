package gui

import (
	"fmt"
	"os"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestShotsIssue15 renders the screens issue 15 changed to COFFER_SHOTS: the seed's
// lost-key guide, the trash Undo in the status line, the restore into a new vault
// with its choice, and a create screen without a keyring.
func TestShotsIssue15(t *testing.T) {
	dir := os.Getenv("COFFER_SHOTS")
	if dir == "" {
		t.Skip("set COFFER_SHOTS=folder to render the screenshots")
	}
	h := newHarness(t)
	s := shooter{t, h, dir}
	m := h.unlocked(sampleItems()...)
	test.Tap(h.selectTitle(m, "Ledger wallet").stolen)
	l := showing[*lostScreen](h)
	for i, name := range []string{"confirm", "getback", "review", "store"} {
		s.shot(fmt.Sprintf("i15-lost-seed-%d-%s", i+1, name))
		test.Tap(l.wiz.Next)
	}
	m = showing[*mainScreen](h)
	test.Tap(h.selectTitle(m, "Bank").del)
	s.shot("i15-main-trash-undo")
	r := restoreToWhere(t, h)
	chooseNewVault(r, restoredPass)
	test.Tap(r.wiz.Next)
	s.shot("i15-restore-done-new-vault")
	test.Tap(r.wiz.Next)
	h.kr.SetUnavailable(true)
	h.g.lock()
	h.g.showCreate()
	s.shot("i15-create-no-keyring")
}
