package gui

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"coffer/app/internal/strength"
	"coffer/export"
	"coffer/vault"
)

func TestCreateVaultFromWelcome(t *testing.T) {
	h := newHarness(t)
	h.g.start()
	w := showing[*welcomeScreen](h)
	test.Tap(w.create)

	c := showing[*createScreen](h)
	test.Type(c.pass.Entry, "abc123")
	test.Type(c.pass.Confirm, "abc123")
	test.Tap(c.create)
	if c.weakConfirm == nil {
		t.Fatal("a weak passphrase was accepted without asking")
	}
	c.weakConfirm.Dismiss() // "Choose another"
	if _, err := vault.ReadHeader(h.g.path); err == nil {
		t.Fatal("vault created although the user chose another passphrase")
	}

	test.Tap(c.pass.Suggest)
	words := strings.Fields(c.pass.Entry.Text)
	if len(words) != strength.SuggestWords || !c.pass.Strong() {
		t.Fatalf("suggestion %d words, score %d", len(words), c.pass.Score())
	}
	test.Tap(c.create)
	if c.create.Disabled() == false {
		t.Fatal("Create enabled before the passphrase was typed twice")
	}
	test.Type(c.pass.Confirm, c.pass.Entry.Text)
	c.remember.SetChecked(true)
	test.Tap(c.create)

	m := showing[*mainScreen](h)
	if h.g.v == nil || len(m.items) != 0 {
		t.Fatal("vault not open and empty after create")
	}
	if ok, _ := h.g.v.IsRemembered(); !ok {
		t.Error("Remember on this device was ticked but the keyring has no key")
	}
	if got := h.g.win.Title(); got != "Coffer — test" {
		t.Errorf("title %q", got)
	}
}

func TestCreateWeakPassphraseWhenInsisting(t *testing.T) {
	h := newHarness(t)
	h.g.showCreate()
	c := showing[*createScreen](h)
	test.Type(c.pass.Entry, "abc123")
	test.Type(c.pass.Confirm, "abc123")
	test.Tap(c.create)
	c.weakConfirm.Confirm()
	showing[*mainScreen](h)
}

func TestUnlockWrongThenRight(t *testing.T) {
	h := newHarness(t)
	h.createVault(sampleItems()...)
	h.g.start()
	u := showing[*unlockScreen](h)
	if !u.quick.Hidden {
		t.Error("quick unlock offered for a vault this device does not remember")
	}
	test.Type(u.passphrase, "wrong passphrase")
	u.passphrase.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if h.g.v != nil {
		t.Fatal("opened with a wrong passphrase")
	}
	if !strings.Contains(u.message.Text, "does not open this vault") || u.message.Hidden {
		t.Fatalf("message %q", u.message.Text)
	}
	if u.passphrase.Text != "" || !u.spinner.Hidden {
		t.Error("passphrase not cleared or spinner still showing")
	}
	test.Type(u.passphrase, testPassphrase)
	test.Tap(u.unlock)
	m := showing[*mainScreen](h)
	if got := titles(m); strings.Join(got, ",") != "Bank,GitHub 2FA,Ledger wallet" {
		t.Fatalf("items %v", got)
	}
}

func TestQuickUnlockAndReminder(t *testing.T) {
	h := newHarness(t)
	h.unlocked(sampleItems()...)
	if err := h.g.v.Remember(); err != nil {
		t.Fatal(err)
	}
	h.g.prefs.setRemembered(h.g.v.ID(), true)
	h.g.lock()
	u := showing[*unlockScreen](h)
	if u.quick.Hidden {
		t.Fatal("quick unlock hidden for a remembered vault")
	}
	test.Tap(u.quick)
	showing[*mainScreen](h)

	h.g.lock()
	h.clock.Advance(15 * 24 * time.Hour)
	u = showing[*unlockScreen](h)
	test.Tap(u.quick)
	if h.g.v != nil {
		t.Fatal("quick unlock worked although the reminder was due")
	}
	if !strings.Contains(u.message.Text, "Type it once") || !u.quick.Hidden {
		t.Fatalf("reminder message %q, quick hidden %v", u.message.Text, u.quick.Hidden)
	}
	test.Type(u.passphrase, testPassphrase)
	test.Tap(u.unlock)
	showing[*mainScreen](h)
}

func TestAddSeedWithTypoThenFix(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked()
	test.Tap(m.newItem)
	e := m.edit
	test.Type(e.title, "Trezor")
	typo := strings.Replace(validSeed, "abandon abandon abandon", "abandon abandon abndon", 1)
	test.Type(e.secret, typo[:30])
	if !strings.Contains(e.secretMsg.Text, `Word 3 "abndon"`) {
		t.Fatalf("live message %q does not name the word", e.secretMsg.Text)
	}
	test.Type(e.secret, typo[30:])
	test.Tap(e.save)
	if !strings.Contains(e.secretMsg.Text, `Word 3 "abndon"`) || !strings.Contains(e.secretMsg.Text, `did you mean "abandon"`) {
		t.Fatalf("save message %q", e.secretMsg.Text)
	}
	if len(h.g.v.Snapshot().Active()) != 0 || m.edit != e {
		t.Fatal("a wrong seed was saved or the form closed")
	}
	if e.title.Text != "Trezor" {
		t.Fatal("the form lost the user's input")
	}
	e.secret.SetText(validSeed)
	if !strings.Contains(e.secretMsg.Text, "checksum correct") {
		t.Errorf("message %q after the fix", e.secretMsg.Text)
	}
	test.Tap(e.save)
	if m.edit != nil || m.detail == nil || m.detail.item.Title != "Trezor" {
		t.Fatal("saved item not shown")
	}
	reopened := reopen(t, h)
	if it, err := reopened.Snapshot().Find("Trezor", false); err != nil || it.Secret != validSeed {
		t.Fatalf("saved item on disk: %v %q", err, it.Secret)
	}
}

// reopen locks the gui and opens the vault file again, to check what was saved.
func reopen(t *testing.T, h *harness) *vault.Vault {
	t.Helper()
	return reopenWith(t, h, testPassphrase)
}

func TestSearchAndKindFilter(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	test.Type(m.search, "ALICE")
	if got := strings.Join(titles(m), ","); got != "Bank,GitHub 2FA" {
		t.Fatalf("search by username: %v", got)
	}
	m.search.SetText("crypto")
	if got := strings.Join(titles(m), ","); got != "Ledger wallet" {
		t.Fatalf("search by tag: %v", got)
	}
	m.search.SetText("")
	m.kind.SetSelected(vault.KindTOTP.Label())
	if got := strings.Join(titles(m), ","); got != "GitHub 2FA" {
		t.Fatalf("kind filter: %v", got)
	}
	m.search.SetText("bank")
	if len(m.items) != 0 || !strings.Contains(m.empty.Text, "Nothing matches") {
		t.Fatalf("filter and search together: %v %q", titles(m), m.empty.Text)
	}
}

func TestRevealCopyAndAutoClear(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	d := h.selectTitle(m, "Bank")
	if strings.Contains(test.RenderToMarkup(h.g.win.Canvas()), "hunter2") {
		t.Fatal("secret visible before Reveal")
	}
	test.Tap(d.reveal)
	if !strings.Contains(test.RenderToMarkup(h.g.win.Canvas()), "hunter2-but-longer") {
		t.Fatal("secret not visible after Reveal")
	}
	test.Tap(d.reveal)
	if strings.Contains(test.RenderToMarkup(h.g.win.Canvas()), "hunter2") {
		t.Fatal("secret still visible after Hide")
	}

	cb := h.g.app.Clipboard()
	test.Tap(d.copy)
	if cb.Content() != "hunter2-but-longer" {
		t.Fatalf("clipboard %q", cb.Content())
	}
	if !strings.Contains(m.clipStatus.Text, "30 s") {
		t.Fatalf("status %q", m.clipStatus.Text)
	}
	h.clock.Advance(20 * time.Second)
	h.g.tick()
	if !strings.Contains(m.clipStatus.Text, "10 s") || cb.Content() == "" {
		t.Fatalf("countdown %q, clipboard cleared early", m.clipStatus.Text)
	}
	h.clock.Advance(10 * time.Second)
	h.g.tick()
	if cb.Content() != "" || m.clipStatus.Text != "Clipboard cleared." {
		t.Fatalf("after 30 s: clipboard %q, status %q", cb.Content(), m.clipStatus.Text)
	}

	// Something else copied meanwhile is left alone.
	test.Tap(d.copy)
	cb.SetContent("the user's own text")
	h.clock.Advance(31 * time.Second)
	h.g.tick()
	if cb.Content() != "the user's own text" {
		t.Fatalf("cleared text Coffer did not put there: %q", cb.Content())
	}
}

func TestCtrlCCopiesSelectedSecret(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	h.selectTitle(m, "Ledger wallet")
	typeShortcut(h, &fyne.ShortcutCopy{})
	if got := h.g.app.Clipboard().Content(); got != validSeed {
		t.Fatalf("clipboard %q", got)
	}
}

func TestAutoLockAfterIdle(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	h.selectTitle(m, "Bank")
	h.clock.Advance(4*time.Minute + 59*time.Second)
	h.g.tick()
	if h.g.v == nil {
		t.Fatal("locked before 5 minutes")
	}
	test.Type(m.search, "b") // activity restarts the timer
	h.clock.Advance(4 * time.Minute)
	h.g.tick()
	if h.g.v == nil {
		t.Fatal("locked although the user was active")
	}
	h.clock.Advance(time.Minute)
	h.g.tick()
	if h.g.v != nil || h.g.main != nil {
		t.Fatal("not locked after 5 idle minutes")
	}
	showing[*unlockScreen](h)
	if m.items != nil || len(m.pane.Objects) != 0 || m.detail != nil {
		t.Fatal("the old main screen still holds items")
	}
	if strings.Contains(test.RenderToMarkup(h.g.win.Canvas()), "Bank") {
		t.Fatal("an item title is still on screen after locking")
	}
}

func TestAutoLockSetting(t *testing.T) {
	h := newHarness(t)
	h.unlocked()
	h.g.app.Preferences().SetInt(prefAutoLock, 0)
	h.clock.Advance(24 * time.Hour)
	h.g.tick()
	if h.g.v == nil {
		t.Fatal("locked although auto-lock is off")
	}
	h.g.app.Preferences().SetBool(prefLockOnHide, true)
	h.g.onBackground()
	if h.g.v != nil {
		t.Fatal("not locked when the window went to the background")
	}
}

func TestLockShortcut(t *testing.T) {
	h := newHarness(t)
	h.unlocked(sampleItems()...)
	typeShortcut(h, ctrl(fyne.KeyL))
	if h.g.v != nil {
		t.Fatal("Ctrl+L did not lock")
	}
}

func TestNewAndSearchShortcuts(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	typeShortcut(h, ctrl(fyne.KeyF))
	if h.g.win.Canvas().Focused() != m.search {
		t.Error("Ctrl+F did not focus the search")
	}
	typeShortcut(h, ctrl(fyne.KeyN))
	if m.edit == nil {
		t.Error("Ctrl+N did not open a new item")
	}
}

func TestDeleteAndUndelete(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	d := h.selectTitle(m, "Bank")
	test.Tap(d.del)
	if strings.Contains(strings.Join(titles(m), ","), "Bank") {
		t.Fatal("deleted item still listed")
	}
	if !strings.Contains(m.clipStatus.Text, "Trash") {
		t.Errorf("status %q", m.clipStatus.Text)
	}
	test.Tap(m.trash)
	tr := showing[*trashScreen](h)
	var id string
	for k := range tr.restore {
		id = k
	}
	if len(tr.restore) != 1 {
		t.Fatalf("%d items in the trash", len(tr.restore))
	}
	test.Tap(tr.restore[id])
	if len(tr.restore) != 0 {
		t.Fatal("restored item still in the trash")
	}
	test.Tap(tr.back)
	m = showing[*mainScreen](h)
	if !strings.Contains(strings.Join(titles(m), ","), "Bank") {
		t.Fatal("restored item not listed")
	}
	if it, err := reopen(t, h).Snapshot().Get(id); err != nil || it.InTrash() {
		t.Fatal("undelete not saved")
	}
}

func TestEditKeepsHistoryAndRestores(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	d := h.selectTitle(m, "Bank")
	test.Tap(d.edit)
	e := m.edit
	e.secret.SetText("new-password-2025")
	h.clock.Advance(time.Hour)
	test.Tap(e.save)
	d = m.detail
	if d.item.Secret != "new-password-2025" || len(d.restore) != 1 {
		t.Fatalf("secret %q, %d history entries", d.item.Secret, len(d.restore))
	}
	test.Tap(d.restore[0])
	d = m.detail
	if d.item.Secret != "hunter2-but-longer" || len(d.item.History) != 2 {
		t.Fatalf("after restore: secret %q, history %d", d.item.Secret, len(d.item.History))
	}
}

func TestTOTPCodeAndCountdown(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	d := h.selectTitle(m, "GitHub 2FA")
	k, _ := vault.ParseTOTP("JBSWY3DPEHPK3PXP")
	code, left, _ := k.Code(h.clock.Now())
	if got := strings.ReplaceAll(d.totpCode.Text, " ", ""); got != code {
		t.Fatalf("code %q, want %s", got, code)
	}
	if !strings.Contains(d.totpLeft.Text, "changes in") || left <= 0 {
		t.Fatalf("countdown %q", d.totpLeft.Text)
	}
	h.clock.Advance(30 * time.Second)
	h.g.tick()
	next, _, _ := k.Code(h.clock.Now())
	if got := strings.ReplaceAll(d.totpCode.Text, " ", ""); got != next {
		t.Fatalf("code after 30 s %q, want %s", got, next)
	}
}

func TestChangePassphrase(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	test.Tap(m.settings)
	s := showing[*settingsScreen](h)
	test.Type(s.current, testPassphrase)
	test.Type(s.pass.Entry, "password")
	test.Type(s.pass.Confirm, "password")
	test.Tap(s.change)
	if !strings.Contains(s.passMsg.Text, "easy to guess") {
		t.Fatalf("weak passphrase message %q", s.passMsg.Text)
	}
	const newPass = "velvet lantern orbit cactus meadow thunder"
	s.pass.Entry.SetText(newPass)
	s.pass.Confirm.SetText(newPass)
	s.current.SetText("")
	if !s.change.Disabled() {
		t.Fatal("Change enabled before the current passphrase is typed")
	}
	test.Type(s.current, "not the passphrase")
	test.Tap(s.change)
	if !strings.Contains(s.passMsg.Text, "not your current passphrase") || s.current.Text != "" {
		t.Fatalf("wrong current passphrase: %q", s.passMsg.Text)
	}
	test.Type(s.current, testPassphrase)
	test.Tap(s.change)
	if !strings.Contains(s.passMsg.Text, "Passphrase changed") || h.g.bg.holding() {
		t.Fatalf("message %q busy %v", s.passMsg.Text, h.g.bg.holding())
	}
	if !strings.Contains(s.passMsg.Text, "test.coffer.bak next to your vault now opens only with the new passphrase") {
		t.Fatalf("the message does not say what became of the .bak copy: %q", s.passMsg.Text)
	}
	h.g.lock()
	ro := h.g.opts
	ro.ReadOnly = true
	if _, err := vault.Open(h.g.path+".bak", testPassphrase, ro); !errors.Is(err, vault.ErrBadPassphrase) {
		t.Fatalf("the old passphrase opens the .bak copy: %v", err)
	}
	if b, err := vault.Open(h.g.path+".bak", newPass, ro); err != nil {
		t.Fatalf("the new passphrase does not open the .bak copy: %v", err)
	} else {
		b.Close()
	}
	u := showing[*unlockScreen](h)
	test.Type(u.passphrase, testPassphrase)
	test.Tap(u.unlock)
	if h.g.v != nil {
		t.Fatal("the old passphrase still opens the vault")
	}
	test.Type(u.passphrase, newPass)
	test.Tap(u.unlock)
	showing[*mainScreen](h)
}

func TestSettingsArePreferences(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked()
	test.Tap(m.settings)
	s := showing[*settingsScreen](h)
	s.autoLock.SetSelected("10 minutes")
	s.clipboard.SetSelected("45 seconds")
	s.paper.Pick(export.Letter)
	if h.g.prefs.autoLock() != 10*time.Minute || h.g.prefs.clipboardClear() != 45*time.Second || h.g.prefs.paper() != "letter" {
		t.Fatal("settings not stored")
	}
	s.remember.SetChecked(true)
	if ok, _ := h.g.v.IsRemembered(); !ok || !h.g.prefs.remembered(h.g.v.ID()) {
		t.Fatal("Remember did not store the key")
	}
	// Forgetting asks for the current passphrase first; a wrong one keeps the key.
	s.remember.SetChecked(false)
	if s.forgetDialog == nil {
		t.Fatal("Forget did not ask for the passphrase")
	}
	if ok, _ := h.g.v.IsRemembered(); !ok {
		t.Fatal("Forget removed the key before the passphrase was typed")
	}
	test.Type(s.forgetPass, "not the passphrase")
	s.forgetDialog.Submit()
	if ok, _ := h.g.v.IsRemembered(); !ok || !s.remember.Checked || !strings.Contains(s.deviceMsg.Text, "not your passphrase") {
		t.Fatalf("a wrong passphrase forgot the key (box %v, %q)", s.remember.Checked, s.deviceMsg.Text)
	}
	s.remember.SetChecked(false)
	s.forgetDialog.Dismiss()
	if ok, _ := h.g.v.IsRemembered(); !ok || !s.remember.Checked {
		t.Fatal("Cancel forgot the key")
	}
	s.remember.SetChecked(false)
	test.Type(s.forgetPass, testPassphrase)
	s.forgetDialog.Submit()
	if ok, _ := h.g.v.IsRemembered(); ok || s.remember.Checked || h.g.prefs.remembered(h.g.v.ID()) {
		t.Fatal("Forget left the key in the keyring")
	}
	test.Tap(s.back)
	showing[*mainScreen](h)
}

func TestSaveErrorKeepsInput(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked()
	// A sync tool replaces the file behind Coffer's back: Save must refuse.
	if err := os.WriteFile(h.g.path, []byte("written by a sync tool"), 0o600); err != nil {
		t.Fatal(err)
	}
	test.Tap(m.newItem)
	e := m.edit
	e.onKind(vault.KindNote.Label())
	test.Type(e.title, "Kept")
	test.Type(e.secret, "a note")
	test.Tap(e.save)
	if h.g.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no error shown")
	}
	if m.edit != e || e.title.Text != "Kept" || e.secret.Text != "a note" {
		t.Fatal("the form closed or lost the input")
	}
	if n := len(h.g.v.Snapshot().Active()); n != 0 {
		t.Fatalf("%d items in memory although nothing was saved", n)
	}
}
