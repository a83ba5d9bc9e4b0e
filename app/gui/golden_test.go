package gui

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// geometry matches the positions and sizes in markup.
var geometry = regexp.MustCompile(` (pos|size)="[^"]*"`)

// assertMarkup compares the window's markup with testdata/name. Values that change
// between runs (random backup IDs) are replaced; as they change the width of texts,
// such goldens keep the structure and the words but not positions and sizes. Set
// COFFER_GOLDEN=update to rewrite the files.
func assertMarkup(t *testing.T, name string, c fyne.Canvas, replace ...string) {
	t.Helper()
	got := test.RenderToMarkup(c)
	if len(replace) > 0 {
		got = geometry.ReplaceAllString(strings.NewReplacer(replace...).Replace(got), "")
	}
	path := filepath.Join("testdata", name)
	if os.Getenv("COFFER_GOLDEN") == "update" {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden %s: %v (run with COFFER_GOLDEN=update to create it)", name, err)
	}
	if string(want) != got {
		failed := filepath.Join("testdata", "failed", name)
		_ = os.MkdirAll(filepath.Dir(failed), 0o755)
		_ = os.WriteFile(failed, []byte(got), 0o644)
		t.Errorf("markup differs from %s; see %s", path, failed)
	}
}

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
