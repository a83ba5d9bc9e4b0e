package gui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// The golden tests render each main screen to markup in testdata/. They use a fixed
// clock, UTC, a vault at ~/test.coffer and fixed titles, so the markup is stable.
// After an intended change, rerun with COFFER_GOLDEN=update (see assertMarkup).

func TestGoldenWelcome(t *testing.T) {
	h := newHarness(t)
	h.g.start()
	assertMarkup(t, "welcome.xml", h.g.win.Canvas())
}

func TestGoldenCreate(t *testing.T) {
	h := newHarness(t)
	h.g.showCreate()
	c := showing[*createScreen](h)
	test.Type(c.pass.Entry, "abc")
	assertMarkup(t, "create.xml", h.g.win.Canvas())
}

func TestGoldenUnlockWrongPassphrase(t *testing.T) {
	h := newHarness(t)
	h.createVault()
	h.g.start()
	u := showing[*unlockScreen](h)
	test.Type(u.passphrase, "nope")
	test.Tap(u.unlock)
	assertMarkup(t, "unlock_wrong.xml", h.g.win.Canvas())
}

func TestGoldenMainSeedRevealed(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	d := h.selectTitle(m, "Ledger wallet")
	test.Tap(d.reveal)
	assertMarkup(t, "main_seed.xml", h.g.win.Canvas())
}

func TestGoldenMainTOTP(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	h.selectTitle(m, "GitHub 2FA")
	assertMarkup(t, "main_totp.xml", h.g.win.Canvas())
}

func TestGoldenMainPasswordWithHistory(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	d := h.selectTitle(m, "Bank")
	test.Tap(d.edit)
	m.edit.secret.SetText("new-password-2025")
	h.clock.Advance(48 * time.Hour)
	test.Tap(m.edit.save)
	test.Tap(m.detail.copy)
	assertMarkup(t, "main_password.xml", h.g.win.Canvas())
}

func TestGoldenEditSeedTypo(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	test.Tap(m.newItem)
	test.Type(m.edit.title, "Trezor")
	test.Type(m.edit.secret, "abandon abuot ")
	assertMarkup(t, "edit_seed.xml", h.g.win.Canvas())
}

func TestGoldenTrash(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	test.Tap(h.selectTitle(m, "Bank").del)
	test.Tap(m.trash)
	assertMarkup(t, "trash.xml", h.g.win.Canvas())
}

func TestGoldenSettings(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked()
	test.Tap(m.settings)
	assertMarkup(t, "settings.xml", h.g.win.Canvas())
}

func TestGoldenEmptyVault(t *testing.T) {
	h := newHarness(t)
	h.unlocked()
	assertMarkup(t, "main_empty.xml", h.g.win.Canvas())
}
