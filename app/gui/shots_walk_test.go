package gui

import (
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"coffer/vault"
)

// walkShot captures the window in light and dark at 700×500 and 1280×800, after
// laying it out again at each size.
func walkShot(t *testing.T, h *harness, dir, name string) {
	t.Helper()
	for _, v := range []struct {
		name string
		v    fyne.ThemeVariant
	}{{"light", theme.VariantLight}, {"dark", theme.VariantDark}} {
		h.g.app.Settings().SetTheme(variantTheme{theme.DefaultTheme(), v.v})
		for _, size := range []fyne.Size{{Width: 700, Height: 500}, {Width: 1280, Height: 800}} {
			relayout(h, size)
			f, err := os.Create(filepath.Join(dir, fmt.Sprintf("%s-%s-%.0f.png", name, v.name, size.Width)))
			if err != nil {
				t.Fatal(err)
			}
			if err := png.Encode(f, h.g.win.Canvas().Capture()); err != nil {
				t.Fatal(err)
			}
			f.Close()
		}
	}
	relayout(h, fyne.NewSize(960, 640))
}

// TestShotsWalk renders the screens this branch changed for issue 15 (items 4, 5,
// 6, 11, 15) to COFFER_SHOTS, in light and dark, at 700×500 and 1280×800.
func TestShotsWalk(t *testing.T) {
	dir := os.Getenv("COFFER_SHOTS")
	if dir == "" {
		t.Skip("set COFFER_SHOTS=folder to render the screenshots")
	}
	h := newHarness(t)
	h.g.showCreate()
	test.Tap(showing[*createScreen](h).pass.Suggest)
	walkShot(t, h, dir, "w-create-suggested")
	h.g.closeVault()

	h = newHarness(t)
	m := h.unlocked(sampleItems()...)
	walkShot(t, h, dir, "w-main")
	d := h.selectTitle(m, "Bank")
	test.Tap(d.edit)
	walkShot(t, h, dir, "w-edit")
	m.edit.secret.SetText("new-password-2025")
	h.clock.Advance(time.Hour)
	test.Tap(m.edit.save)
	test.Tap(m.detail.lost)
	l := showing[*lostScreen](h)
	test.Tap(l.wiz.Next)
	test.Tap(l.wiz.Next)
	test.Tap(l.review[vault.SecurityReview(vault.KindPassword)[0].ID])
	test.Tap(l.wiz.Cancel)
	m = showing[*mainScreen](h)
	bank := h.selectTitle(m, "Bank").item
	commit(h.g.v, h.g, func(d *vault.Data) error {
		d.RecordBackup(vault.BackupRecord{ID: "K3J9QX2A", Created: h.clock.Now(), Paper: "a4", Pages: 3, Location: "the safe",
			Items: []vault.BackupItem{{ID: bank.ID, Modified: bank.Modified}}})
		return nil
	})
	h.selectTitle(m, "GitHub 2FA")
	d = h.selectTitle(m, "Bank")
	test.Tap(d.showOld)
	d.root.ScrollToBottom()
	walkShot(t, h, dir, "w-detail-record")

	test.Tap(m.settings)
	walkShot(t, h, dir, "w-settings-top")
	showing[*settingsScreen](h)
	if sc := firstScroll(h.g.win.Content()); sc != nil {
		sc.ScrollToBottom()
	}
	walkShot(t, h, dir, "w-settings-bottom")
	test.Tap(showing[*settingsScreen](h).back)

	p := toPreview(t, h, showing[*mainScreen](h), true)
	walkShot(t, h, dir, "w-print-preview")
	test.Tap(p.wiz.Cancel)

	work := t.TempDir()
	pdf := filepath.Join(work, "b.pdf")
	writeBackupPDF(t, sampleItems(), testPassphrase, pdf)
	if err := exec.Command("pdftoppm", "-r", "150", "-png", "-f", "2", "-l", "2", "-singlefile", pdf, filepath.Join(work, "photo")).Run(); err != nil {
		t.Fatal(err)
	}
	h.g.showRestore()
	r := showing[*restoreScreen](h)
	test.Tap(r.wiz.Next)
	drop(h, filepath.Join(work, "photo.png"))
	walkShot(t, h, dir, "w-restore-lone-text-page")
	h.g.prefs.setOpenFolder(work)
	test.Tap(r.codes.addFiles)
	walkShot(t, h, dir, "w-open-dialog")
}
