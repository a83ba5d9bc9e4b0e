package gui

import (
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"coffer/app/internal/quietlocale"
	"coffer/vault"
	"coffer/vault/vaulttest"
)

// Fyne cannot parse the C locale of CI machines and logs about it.
func init() { quietlocale.Apply() }

// testPassphrase is the passphrase of the vaults tests create.
const testPassphrase = "correct horse battery staple orbit"

// validSeed is a 12-word BIP39 phrase with a correct checksum.
const validSeed = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"

// harness is a headless Coffer window on a real vault file in a temp folder.
type harness struct {
	t     *testing.T
	g     *gui
	clock *vaulttest.Clock
	kr    *vaulttest.Keyring
	// queued holds the done callbacks of background work in queueDone mode.
	queued []func()
}

// newHarness starts a gui on an in-memory app with a fixed clock, UTC dates, a
// home folder in a temp dir (so paths show as ~/test.coffer) and synchronous
// background work.
func newHarness(t *testing.T) *harness {
	home := t.TempDir()
	t.Setenv("HOME", home)
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(960, 640))
	h := &harness{t: t, clock: vaulttest.NewClock(time.Date(2025, 3, 14, 9, 26, 0, 0, time.UTC)), kr: vaulttest.NewKeyring()}
	h.g = newGUI(a, w, vault.Options{WorkFactor: 10, AllowWeakWorkFactor: true, MarkerDir: t.TempDir(), Keyring: h.kr, Now: h.clock.Now})
	h.g.loc = time.UTC
	h.g.bg.run = func(work, done func()) { work(); done() }
	h.g.path = filepath.Join(home, "test.coffer")
	t.Cleanup(h.g.closeVault)
	return h
}

// queueDone makes background work run at once but keeps its done callback until
// runDone, so a test can put a lock (focus loss, idle) between work and result, as
// happens when the work takes seconds.
func (h *harness) queueDone() {
	h.g.bg.run = func(work, done func()) { work(); h.queued = append(h.queued, done) }
}

// runDone runs the queued done callbacks in order, as the UI goroutine would.
func (h *harness) runDone() {
	for len(h.queued) > 0 {
		done := h.queued[0]
		h.queued = h.queued[1:]
		done()
	}
}

// createVault makes the vault file directly, with the given items, and closes it.
func (h *harness) createVault(items ...vault.Item) {
	h.t.Helper()
	v, err := vault.Create(h.g.path, testPassphrase, h.g.opts)
	if err != nil {
		h.t.Fatal(err)
	}
	err = v.Update(func(d *vault.Data) error {
		for _, it := range items {
			if _, _, err := d.Add(it, h.clock.Now()); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		h.t.Fatal(err)
	}
	if err := v.Close(); err != nil {
		h.t.Fatal(err)
	}
}

// unlocked creates a vault with items and unlocks it through the unlock screen.
func (h *harness) unlocked(items ...vault.Item) *mainScreen {
	h.t.Helper()
	h.createVault(items...)
	h.g.start()
	u := showing[*unlockScreen](h)
	test.Type(u.passphrase, testPassphrase)
	test.Tap(u.unlock)
	return showing[*mainScreen](h)
}

// showing returns the current screen, failing the test if it is not an S.
func showing[S any](h *harness) S {
	h.t.Helper()
	s, ok := h.g.current.(S)
	if !ok {
		h.t.Fatalf("current screen is %T", h.g.current)
	}
	return s
}

// sampleItems is a small vault: a seed, a password and a TOTP secret.
func sampleItems() []vault.Item {
	return []vault.Item{
		{Kind: vault.KindSeed, Title: "Ledger wallet", Secret: validSeed, Tags: []string{"crypto"}},
		{Kind: vault.KindPassword, Title: "Bank", Secret: "hunter2-but-longer", Username: "alice@example.com",
			URL: "https://bank.example", Recovery: vault.RecoveryRoute{Email: "alice@example.com", Phone: "+1 555 0100"}},
		{Kind: vault.KindTOTP, Title: "GitHub 2FA", Secret: "JBSWY3DPEHPK3PXP", Username: "alice"},
	}
}

// selectTitle selects the list row with this title.
func (h *harness) selectTitle(m *mainScreen, title string) *detailScreen {
	h.t.Helper()
	for i, it := range m.items {
		if it.Title == title {
			m.list.Select(i)
			if m.detail == nil {
				h.t.Fatal("no detail after selecting", title)
			}
			return m.detail
		}
	}
	h.t.Fatalf("%q not in the list", title)
	return nil
}

// titles lists the titles the main list shows.
func titles(m *mainScreen) []string {
	var out []string
	for _, it := range m.items {
		out = append(out, it.Title)
	}
	return out
}

// ctrl is Ctrl (Cmd on macOS) plus a key.
func ctrl(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

// typeShortcut sends a keyboard shortcut to the window, as when no entry has focus.
func typeShortcut(h *harness, s fyne.Shortcut) {
	h.t.Helper()
	c, ok := h.g.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) })
	if !ok {
		h.t.Fatal("canvas does not take shortcuts")
	}
	c.TypedShortcut(s)
}
