package gui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"coffer/vault"
)

// The item view shows what the guide and the print wizard promise: old values (hidden
// until shown) with "Restore this version", the incident log with the guide's ticks
// and their dates, and the paper backups that hold the item with their ledger state.
func TestItemViewShowsHistoryIncidentLogAndPaperBackups(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	d := h.selectTitle(m, "Bank")
	if !shows(h, "This key is on no paper backup yet.") || shows(h, "Incident log") {
		t.Fatal("a key on no backup and with no incidents is not shown as such")
	}

	// History: an edit keeps the old value, hidden until "Show old values".
	test.Tap(d.edit)
	m.edit.secret.SetText("new-password-2025")
	h.clock.Advance(time.Hour)
	test.Tap(m.edit.save)
	d = m.detail
	if d.showOld == nil || d.oldValues[0].Visible() || shows(h, "hunter2-but-longer") {
		t.Fatal("the old value is on screen before Show old values")
	}
	test.Tap(d.showOld)
	if !d.oldValues[0].Visible() || !shows(h, "hunter2-but-longer") || d.showOld.Text != "Hide old values" {
		t.Fatal("Show old values did not show the old value")
	}
	if d.restore[0].Text != "Restore this version" || !shows(h, "Replaced 14 Mar 2025 10:26") {
		t.Fatal("no dated Restore this version")
	}

	// Incident log: a tick in the lost-key guide is there, with its date.
	test.Tap(d.lost)
	s := showing[*lostScreen](h)
	test.Tap(s.wiz.Next)
	test.Tap(s.wiz.Next)
	step := vault.SecurityReview(vault.KindPassword)[0]
	h.clock.Advance(time.Hour)
	test.Tap(s.review[step.ID])
	test.Tap(s.wiz.Cancel)
	h.selectTitle(showing[*mainScreen](h), "Bank")
	if !shows(h, "Incident log") || !shows(h, "14 Mar 2025 11:26") ||
		!shows(h, "Ticked in the lost-key guide: "+step.Do[:20]) {
		t.Fatal("the guide's tick is not in the item's incident log")
	}

	// Paper backups: each backup that holds the item, with its ledger state.
	m = showing[*mainScreen](h)
	bank := h.selectTitle(m, "Bank").item
	old := vault.BackupRecord{ID: "OLDB0001", Created: h.clock.Now().Add(-3 * time.Hour), Paper: "a4", Pages: 3,
		Items: []vault.BackupItem{{ID: bank.ID, Modified: bank.Created}}}
	now := vault.BackupRecord{ID: "NEWB0002", Created: h.clock.Now(), Paper: "letter", Pages: 4, Location: "the safe",
		Items: []vault.BackupItem{{ID: bank.ID, Modified: bank.Modified}}}
	commit(h.g.v, h.g, func(d *vault.Data) error {
		d.RecordBackup(old)
		d.RecordBackup(now)
		return d.MarkCodesRead("OLDB0001", h.clock.Now())
	})
	h.selectTitle(m, "GitHub 2FA")
	h.selectTitle(m, "Bank")
	for _, want := range []string{
		"Backup NEWB0002, made 14 Mar 2025 11:26, 4 pages on Letter paper, saved as PDF or printed, not checked yet, kept: the safe",
		"Backup OLDB0001, made 14 Mar 2025 08:26, 3 pages on A4 paper, codes read 14 Mar 2025 11:26 but never decrypted",
		"holds an older version of this key",
	} {
		if !shows(h, want) {
			t.Errorf("paper backups: no %q", want)
		}
	}
	test.Tap(m.detail.restore[0])
	if got := m.detail.item.Secret; got != "hunter2-but-longer" {
		t.Fatalf("Restore this version: secret %q", got)
	}
	if got := m.clipStatus.Text; !strings.Contains(got, `"Bank" has its value of before 14 Mar 2025 10:26 again`) {
		t.Errorf("Restore this version says %q in the status line", got)
	}
}

func TestIncidentTextReadsAsTheStepDone(t *testing.T) {
	if got := incidentText(reviewPrefix + "move-funds — Move the funds."); got != "Ticked in the lost-key guide: Move the funds." {
		t.Errorf("tick: %q", got)
	}
	if got := incidentText("restored from paper backup X"); !strings.HasPrefix(got, "Restored from") {
		t.Errorf("note: %q", got)
	}
}

// The item view's "Lost or stolen?" line promises a provider only for keys a
// provider can reset.
func TestLostHintFitsTheKind(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	h.selectTitle(m, "Ledger wallet")
	if shows(h, "secure the account") || !shows(h, "look for it, restore it from paper, protect what it guards") {
		t.Error("the seed's item view promises to secure an account")
	}
	h.selectTitle(m, "Bank")
	if !shows(h, "find it, get it back, secure the account") {
		t.Error("the password's item view does not offer to secure the account")
	}
}
