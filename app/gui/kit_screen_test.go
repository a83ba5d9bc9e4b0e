package gui

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"coffer/vault"
)

// TestKitScreenPreviewAndSave opens "Print an emergency kit…" from the Vault menu,
// looks at the preview, saves the PDF, and reads it back with pdftotext: it lists the
// backups, their places and a shared backup's holders, and holds no secret, no title
// unless asked, and no passphrase.
func TestKitScreenPreviewAndSave(t *testing.T) {
	h := newHarness(t)
	h.usePaperRecorder()
	items := sampleItems()
	h.unlocked(items...)
	err := h.g.v.Update(func(d *vault.Data) error {
		d.RecordBackup(vault.BackupRecord{ID: "8HH5BV19", Created: h.clock.Now(), Paper: "a4", Pages: 2, Location: "Bank safe deposit box 112"})
		d.RecordBackup(vault.BackupRecord{ID: "3K9QW2ZD", Created: h.clock.Now(), Paper: "a4", Pages: 1, Location: "Home safe",
			Shared: &vault.SharedBackup{K: 2, N: 3, Holders: []string{"Alice", "Bob (notary)", "Carol"}}})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	menuItem(t, h, "Vault", "Print an emergency kit…").Action()
	s := showing[*kitScreen](h)
	if s.titles.Checked {
		t.Fatal("item titles ticked by default")
	}
	test.Tap(s.wiz.Next)
	if s.wiz.Current != kitStepSave || s.pageImg.Image == nil || !markupHas(h, "listing 2 paper backups") {
		t.Fatalf("step %d, no preview", s.wiz.Current)
	}
	if !s.viewer.Disabled() {
		t.Error("the viewer opens before the PDF is saved")
	}
	pdf := filepath.Join(t.TempDir(), "kit.pdf")
	s.onSaveChosen(fileWriter(t, pdf), nil)
	if !strings.Contains(s.saveMsg.Text, "Saved as") || s.viewer.Disabled() {
		t.Fatalf("save message %q", s.saveMsg.Text)
	}
	text := kitPDFText(t, pdf)
	for _, want := range []string{"8HH5BV19", "Bank safe deposit box 112", "3K9QW2ZD", "Home safe",
		"any 2 of its 3 share sheets", "Alice; Bob (notary); Carol", filepath.Base(h.g.path)} {
		if !strings.Contains(text, want) {
			t.Errorf("kit lacks %q:\n%s", want, text)
		}
	}
	for _, secret := range []string{testPassphrase, "hunter2", "JBSWY3DPEHPK3PXP", "abandon", "Ledger wallet", "GitHub 2FA"} {
		if strings.Contains(text, secret) {
			t.Errorf("kit holds %q", secret)
		}
	}
	test.Tap(s.wiz.Back)
	test.Tap(s.titles)
	test.Tap(s.wiz.Next)
	pdf2 := filepath.Join(t.TempDir(), "kit-titles.pdf")
	s.onSaveChosen(fileWriter(t, pdf2), nil)
	if text := kitPDFText(t, pdf2); !strings.Contains(text, "Ledger wallet") || strings.Contains(text, "hunter2") {
		t.Errorf("kit with titles:\n%s", text)
	}
	test.Tap(s.wiz.Next)
	showing[*mainScreen](h)
}

// kitPDFText is the text of a PDF as poppler's pdftotext reads it, on one line.
func kitPDFText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// menuItem finds a menu entry by label, failing the test when there is none.
func menuItem(t *testing.T, h *harness, menu, label string) *fyne.MenuItem {
	t.Helper()
	h.g.installMenu()
	for _, m := range h.g.win.MainMenu().Items {
		for _, it := range m.Items {
			if m.Label == menu && it.Label == label {
				return it
			}
		}
	}
	t.Fatalf("no %q in the %s menu", label, menu)
	return nil
}
