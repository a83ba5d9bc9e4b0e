package gui

import (
	"errors"
	"html"
	"regexp"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"coffer/vault"
)

// shows reports whether the window shows text, also when it wraps over lines.
func shows(h *harness, text string) bool {
	var words []string
	for _, m := range textNode.FindAllStringSubmatch(test.RenderToMarkup(h.g.win.Canvas()), -1) {
		words = append(words, strings.Fields(html.UnescapeString(m[1]))...)
	}
	return strings.Contains(strings.Join(words, " "), text)
}

var textNode = regexp.MustCompile(`<text[^>]*>([^<]*)</text>`)

// openFile opens a vault file (the vault or its .bak copy) read-only with the test
// passphrase, without locking or purging, to see what the file holds.
func openFile(t *testing.T, h *harness, path string) *vault.Data {
	t.Helper()
	opts := h.g.opts
	opts.ReadOnly = true
	v, err := vault.Open(path, testPassphrase, opts)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer v.Close()
	return v.Snapshot()
}

// assertGone checks that neither the vault file nor its .bak copy holds the item.
func assertGone(t *testing.T, h *harness, id, secret string) {
	t.Helper()
	for _, p := range []string{h.g.path, h.g.path + ".bak"} {
		d := openFile(t, h, p)
		if _, err := d.Get(id); !errors.Is(err, vault.ErrNotFound) {
			t.Errorf("%s still holds item %s (%v)", p, id, err)
		}
		for _, it := range d.Items {
			if it.Secret == secret {
				t.Errorf("%s still holds the secret", p)
			}
		}
	}
}

// trashOf deletes the items with these titles through the detail pane and shows
// the trash.
func trashOf(t *testing.T, h *harness, m *mainScreen, titles ...string) *trashScreen {
	t.Helper()
	for _, title := range titles {
		test.Tap(h.selectTitle(m, title).del)
	}
	test.Tap(m.trash)
	return showing[*trashScreen](h)
}

// Delete forever asks first, says it can't be undone, and then the item is gone
// from the vault file and its .bak copy; cancelling keeps it.
func TestTrashDeleteForever(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	bank := h.selectTitle(m, "Bank").item
	tr := trashOf(t, h, m, "Bank", "GitHub 2FA")
	test.Tap(tr.forever[bank.ID])
	if tr.confirm == nil || !shows(h, "can't be undone") {
		t.Fatal("no confirm that says it can't be undone")
	}
	tr.confirm.Dismiss()
	if _, err := h.g.v.Snapshot().Get(bank.ID); err != nil {
		t.Fatal("cancelling deleted the item")
	}
	test.Tap(tr.forever[bank.ID])
	tr.confirm.Confirm()
	if len(tr.forever) != 1 || tr.forever[bank.ID] != nil {
		t.Fatalf("%d items listed in the trash", len(tr.forever))
	}
	h.g.lock()
	assertGone(t, h, bank.ID, bank.Secret)
	if d := openFile(t, h, h.g.path); len(d.Trash()) != 1 {
		t.Fatalf("%d items left in the trash, want the other one", len(d.Trash()))
	}
}

// Empty trash asks first, then every trashed item is gone from the vault file.
func TestTrashEmpty(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	bank := h.selectTitle(m, "Bank").item
	tr := trashOf(t, h, m, "Bank", "GitHub 2FA")
	if tr.empty.Hidden {
		t.Fatal("no Empty trash button")
	}
	test.Tap(tr.empty)
	if tr.confirm == nil || !shows(h, "2 items are removed") || !shows(h, "can't be undone") {
		t.Fatal("no confirm that says what goes and that it can't be undone")
	}
	tr.confirm.Confirm()
	if !tr.empty.Hidden || len(tr.forever) != 0 || !shows(h, "The trash is empty.") {
		t.Fatal("the trash still lists items")
	}
	h.g.lock()
	assertGone(t, h, bank.ID, bank.Secret)
	if d := openFile(t, h, h.g.path); len(d.Trash()) != 0 || len(d.Active()) != 1 {
		t.Fatalf("file holds %d trashed, %d active items", len(d.Trash()), len(d.Active()))
	}
}

// The trash says items go after 30 days, and they do: an item deleted 31 days ago
// is gone from the vault file once the vault is opened again.
func TestTrashPurgedAfterRetention(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	bank := h.selectTitle(m, "Bank").item
	trashOf(t, h, m, "Bank")
	if !shows(h, "stay here for 30 days") || !shows(h, "removed for good after 13 Apr 2025") {
		t.Fatal("the trash does not say when the item goes")
	}
	h.g.lock()
	h.clock.Advance(vault.TrashRetention + 24*time.Hour)
	h.g.start()
	u := showing[*unlockScreen](h)
	test.Type(u.passphrase, testPassphrase)
	test.Tap(u.unlock)
	test.Tap(showing[*mainScreen](h).trash)
	if !shows(h, "The trash is empty.") {
		t.Fatal("an item past 30 days still shows in the trash")
	}
	h.g.lock()
	assertGone(t, h, bank.ID, bank.Secret)
}

// Clear history asks first; then the old values are gone from the vault file and
// the current value stays.
func TestDetailClearHistory(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	bank := h.selectTitle(m, "Bank").item
	const old = "hunter2-but-longer"
	err := h.g.v.Update(func(d *vault.Data) error {
		it, _ := d.Get(bank.ID)
		it.Secret = "a-brand-new-password-42"
		_, _, err := d.Update(it, h.clock.Now())
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	m.reload()
	d := h.selectTitle(m, "Bank")
	if d.clearHist == nil || len(d.restore) != 1 {
		t.Fatal("no history with a Clear history button")
	}
	test.Tap(d.clearHist)
	if d.confirm == nil || !shows(h, "can't be undone") {
		t.Fatal("no confirm that says it can't be undone")
	}
	d.confirm.Confirm()
	if d = m.detail; d == nil || len(d.item.History) != 0 || strings.Contains(test.RenderToMarkup(h.g.win.Canvas()), "Replaced") {
		t.Fatal("the history still shows")
	}
	h.g.lock()
	for _, p := range []string{h.g.path, h.g.path + ".bak"} {
		it, err := openFile(t, h, p).Get(bank.ID)
		if err != nil || it.Secret != "a-brand-new-password-42" || len(it.History) != 0 {
			t.Fatalf("%s: %v, secret kept %v, %d old values", p, err, it.Secret == "a-brand-new-password-42", len(it.History))
		}
		if it.Secret == old {
			t.Fatal("old value is the secret")
		}
	}
}
