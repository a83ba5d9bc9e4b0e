package gui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// Issue 15 item 7: "Moved … to the trash" stayed in the status line for minutes,
// after the item was restored. The message goes when the item leaves the trash, and
// any message expires (the injected clock; no sleeping).
func TestStatusLineMessageBelongsToItsActionAndExpires(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	test.Tap(h.selectTitle(m, "Bank").del)
	if !strings.Contains(m.clipStatus.Text, `Moved "Bank" to the trash`) {
		t.Fatalf("status %q", m.clipStatus.Text)
	}
	test.Tap(m.trash)
	tr := showing[*trashScreen](h)
	for _, b := range tr.restore {
		test.Tap(b)
	}
	test.Tap(tr.back)
	if m = showing[*mainScreen](h); m.clipStatus.Text != "" || !m.status.undo.Hidden {
		t.Fatalf("after restoring Bank from the trash the status reads %q", m.clipStatus.Text)
	}

	test.Tap(h.selectTitle(m, "GitHub 2FA").del)
	h.clock.Advance(29 * time.Second)
	h.g.tick()
	if !strings.Contains(m.clipStatus.Text, "GitHub 2FA") {
		t.Fatalf("message gone early: %q", m.clipStatus.Text)
	}
	h.clock.Advance(time.Second)
	h.g.tick()
	if m.clipStatus.Text != "" || !m.status.undo.Hidden {
		t.Fatalf("after 30 s the status reads %q", m.clipStatus.Text)
	}

	test.Tap(h.selectTitle(m, "Bank").copy)
	h.clock.Advance(30 * time.Second)
	h.g.tick()
	if m.clipStatus.Text != "Clipboard cleared." {
		t.Fatalf("status %q", m.clipStatus.Text)
	}
	h.clock.Advance(statusShown)
	h.g.tick()
	if m.clipStatus.Text != "" {
		t.Fatalf("\"Clipboard cleared.\" never goes: %q", m.clipStatus.Text)
	}
}

// Issue 15 item 14: "Move to trash" had no Undo. The status line offers one; it
// puts the item back, selected, and saves the vault.
func TestMoveToTrashCanBeUndone(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	d := h.selectTitle(m, "Bank")
	id := d.item.ID
	test.Tap(d.del)
	if m.status.undo.Hidden {
		t.Fatal("no Undo after Move to trash")
	}
	test.Tap(m.status.undo)
	if !strings.Contains(strings.Join(titles(m), ","), "Bank") || m.selected != id || m.detail == nil || m.detail.item.ID != id {
		t.Fatalf("after Undo: list %v, selected %q", titles(m), m.selected)
	}
	if m.clipStatus.Text != "" || !m.status.undo.Hidden {
		t.Fatalf("after Undo the status reads %q", m.clipStatus.Text)
	}
	if it, err := reopen(t, h).Snapshot().Get(id); err != nil || it.InTrash() {
		t.Fatalf("Undo not saved: %v", err)
	}
}
