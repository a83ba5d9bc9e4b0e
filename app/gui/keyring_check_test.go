package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// Issue 15 item 8: without a keyring, "Remember on this device" was offered, and
// ticking it ended in a "Something went wrong" box with the raw D-Bus text. The
// option is now disabled with one plain line, and a keyring that goes away later
// gives that line too, never a dialog.
func TestRememberWithoutAKeyringIsDisabledWithOnePlainLine(t *testing.T) {
	h := newHarness(t)
	h.kr.SetUnavailable(true)
	h.g.showCreate()
	c := showing[*createScreen](h)
	if !c.remember.Disabled() || c.remember.Checked || !strings.Contains(shownTexts(h.g.win.Canvas().Content()), noKeyringLine) {
		t.Fatalf("create: remember disabled %v, checked %v", c.remember.Disabled(), c.remember.Checked)
	}
	test.Type(c.pass.Entry, testPassphrase)
	test.Type(c.pass.Confirm, testPassphrase)
	test.Tap(c.create)
	m := showing[*mainScreen](h)
	if h.g.win.Canvas().Overlays().Top() != nil {
		t.Fatal("a dialog opened after creating the vault")
	}

	test.Tap(m.settings)
	s := showing[*settingsScreen](h)
	if !s.remember.Disabled() || s.deviceMsg.Text != noKeyringLine {
		t.Fatalf("settings: remember disabled %v, message %q", s.remember.Disabled(), s.deviceMsg.Text)
	}
	if shown := shownTexts(h.g.win.Canvas().Content()); strings.Contains(shown, "Unlock with one tap") {
		t.Fatal("settings without a keyring still offer one-tap unlock beside the no-keyring line")
	}

	// The keyring answers when Settings opens, and is gone when the box is ticked.
	h.kr.SetUnavailable(false)
	h.g.showSettings()
	s = showing[*settingsScreen](h)
	if s.remember.Disabled() || s.deviceMsg.Visible() {
		t.Fatalf("with a keyring: disabled %v, message %q", s.remember.Disabled(), s.deviceMsg.Text)
	}
	h.kr.SetUnavailable(true)
	test.Tap(s.remember)
	if s.remember.Checked || s.deviceMsg.Text != noKeyringLine || h.g.win.Canvas().Overlays().Top() != nil {
		t.Fatalf("ticked without a keyring: checked %v, message %q, dialog %v", s.remember.Checked, s.deviceMsg.Text, h.g.win.Canvas().Overlays().Top() != nil)
	}
}
