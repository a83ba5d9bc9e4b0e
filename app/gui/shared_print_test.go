package gui

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"coffer/export"
	"coffer/export/restore"
	"coffer/export/scan"
	"coffer/vault"
)

// writeShareSheets writes the given share sheets (1-based members) of a shared
// backup as 150 dpi PNG files, as a phone photo or scanner would, and returns them.
func writeShareSheets(t *testing.T, b *export.Backup, dir string, members ...int) []string {
	t.Helper()
	imgs, err := b.ShareSheetImages(150)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, m := range members {
		p := filepath.Join(dir, fmt.Sprintf("share-%s-%d.png", b.ID, m))
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(f, imgs[m-1]); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// refusedAt taps Next on the passphrase step and fails unless the wizard stays there
// saying want.
func refusedAt(t *testing.T, p *printScreen, want string) {
	t.Helper()
	test.Tap(p.wiz.Next)
	if p.wiz.Current != printStepPassphrase || !strings.Contains(p.passMsg.Text, want) {
		t.Fatalf("step %d, message %q, want %q", p.wiz.Current, p.passMsg.Text, want)
	}
}

// TestPrintSharedBackup prints a 2-of-3 shared backup through the wizard: K and N
// chosen, holders typed, the share sheets in the preview, both PDFs saved, the ledger
// noting K, N and the holders; then checks the printout with the code pages and two
// share sheets, and restores the saved files with no passphrase.
func TestPrintSharedBackup(t *testing.T) {
	h := newHarness(t)
	rec := h.usePaperRecorder("Office_Laser")
	items := sampleItems()
	h.unlocked(items...)
	test.Tap(showing[*mainScreen](h).print)
	p := showing[*printScreen](h)
	test.Tap(p.wiz.Next)
	p.passChoice.Pick(passShared)
	p.sharing.k.Pick(4)
	p.sharing.n.Pick(3)
	if !strings.Contains(p.sharing.summary.Text, "cannot be more than") {
		t.Fatalf("4 of 3: %q", p.sharing.summary.Text)
	}
	refusedAt(t, p, "cannot be more than")
	p.sharing.k.Pick(2)
	test.Type(p.sharing.holders, "Alice\nBob\nCarol\nDave")
	refusedAt(t, p, "You named 4 people for 3 share sheets")
	p.sharing.holders.SetText("Alice\n\n  Bob   (notary) \nCarol")
	test.Tap(p.wiz.Next)
	if p.wiz.Current != printStepPreview || p.backup == nil || !p.backup.Shared() {
		t.Fatalf("step %d, message %q", p.wiz.Current, p.passMsg.Text)
	}

	// The preview: code pages, text pages, then the 3 share sheets.
	b := p.backup
	n := len(p.pages)
	if len(b.Shares) != 3 || n < len(b.Pages)+3 || !markupHas(h, "the last 3 pages are the share sheets") {
		t.Fatalf("%d pages for %d code pages and %d shares", n, len(b.Pages), len(b.Shares))
	}
	for i := 0; i < n-1; i++ {
		test.Tap(p.nextPage)
	}
	if want := fmt.Sprintf("Share sheet 3 of 3 (page %d of %d)", n, n); p.pageLabel.Text != want {
		t.Fatalf("last page label %q, want %q", p.pageLabel.Text, want)
	}
	test.Tap(p.wiz.Next)

	// Save: the code pages, then the share sheets; Next only after both.
	dir := t.TempDir()
	pdf, sheets := filepath.Join(dir, "backup.pdf"), filepath.Join(dir, "shares.pdf")
	if !p.sheets.save.Disabled() {
		t.Error("the share sheets can be saved before the code pages")
	}
	p.onSaveChosen(fileWriter(t, pdf), nil)
	if !p.wiz.Next.Disabled() || p.sheets.save.Disabled() {
		t.Fatal("Next enabled before the share sheets are saved, or their Save disabled")
	}
	p.sheets.onChosen(fileWriter(t, sheets), nil)
	if p.wiz.Next.Disabled() || !strings.Contains(p.sheets.msg.Text, "Share sheets saved") {
		t.Fatalf("after saving the share sheets: %q", p.sheets.msg.Text)
	}
	test.Tap(p.sheets.print)
	if len(rec.printed) != 1 || rec.printed[0] != "Office_Laser "+sheets {
		t.Fatalf("printed %v", rec.printed)
	}
	r, ok := h.g.v.Snapshot().Backup(b.ID)
	want := &vault.SharedBackup{K: 2, N: 3, Holders: []string{"Alice", "Bob (notary)", "Carol"}}
	if !ok || !reflect.DeepEqual(r.Shared, want) {
		t.Fatalf("ledger record %+v", r.Shared)
	}
	test.Tap(p.wiz.Next)

	// Check: every code page and one share sheet are not enough; a second one is.
	if !p.checkPass.Hidden || p.checkOpen.Text != "Check with the share sheets" {
		t.Fatal("the check of a shared backup asks for a passphrase")
	}
	var pages []int
	for i := range b.Pages {
		pages = append(pages, i+1)
	}
	drop(h, writePages(t, b, dir, pages...)...)
	drop(h, writeShareSheets(t, b, dir, 3)...)
	if !p.codesRead || !strings.Contains(p.check.shares.Text, "Shares: 1 of 2 needed") {
		t.Fatalf("codes read %v, shares %q", p.codesRead, p.check.shares.Text)
	}
	test.Tap(p.checkOpen)
	if p.checked || !strings.Contains(p.checkMsg.Text, "1 more is needed") {
		t.Fatalf("checked with one share: %q", p.checkMsg.Text)
	}
	drop(h, writeShareSheets(t, b, dir, 1)...)
	test.Tap(p.checkOpen)
	if !p.checked || !strings.Contains(p.checkMsg.Text, "Your printout is checked") {
		t.Fatalf("check: %q", p.checkMsg.Text)
	}
	if r, _ := h.g.v.Snapshot().Backup(b.ID); r.State() != vault.BackupChecked {
		t.Fatalf("ledger state %v", r.State())
	}

	// The saved files restore, with no passphrase.
	s := restore.NewSession()
	s.AddFiles([]string{pdf, sheets}, scan.Options{})
	got, err := s.OpenShared(b.ID)
	if err != nil {
		t.Fatal(err)
	}
	sameItems(t, got.Items, items)
}

// sameItems fails unless got holds the titles and secrets of want, in any order.
func sameItems(t *testing.T, got, want []vault.Item) {
	t.Helper()
	secrets := map[string]string{}
	for _, it := range got {
		secrets[it.Title] = it.Secret
	}
	if len(got) != len(want) {
		t.Fatalf("%d items, want %d", len(got), len(want))
	}
	for _, it := range want {
		if s, ok := secrets[it.Title]; !ok || s != it.Secret {
			t.Errorf("item %q missing or with another secret", it.Title)
		}
	}
}

// TestSharedBackupWithSLIP39PassphraseInTheApp: the print wizard adds an optional
// SLIP-39 passphrase, with its caveat, typed twice; the restore wizard opens the
// backup only with it and says it may be missing without it.
func TestSharedBackupWithSLIP39PassphraseInTheApp(t *testing.T) {
	h := newHarness(t)
	h.usePaperRecorder()
	items := sampleItems()
	h.unlocked(items...)
	test.Tap(showing[*mainScreen](h).print)
	p := showing[*printScreen](h)
	test.Tap(p.wiz.Next)
	p.passChoice.Pick(passShared)
	test.Tap(p.sharing.usePass)
	if p.sharing.passBox.Hidden || !markupHas(h, "SLIP-39 never says a passphrase is wrong") {
		t.Fatal("the SLIP-39 passphrase and its caveat are not shown")
	}
	test.Type(p.sharing.pass, "grandma's recipe")
	test.Type(p.sharing.confirm, "grandmas recipe")
	refusedAt(t, p, "differ")
	p.sharing.confirm.SetText("grandma's recipe")
	test.Tap(p.wiz.Next)
	if p.wiz.Current != printStepPreview || !p.backup.SharePassphrase() || p.sharing.pass.Text != "" {
		t.Fatalf("step %d, %q", p.wiz.Current, p.passMsg.Text)
	}
	if r, _ := h.g.v.Snapshot().Backup(p.backup.ID); r.Shared != nil {
		t.Fatal("recorded before the PDF is saved")
	}
	b := p.backup
	dir := t.TempDir()
	pdf := filepath.Join(dir, "backup.pdf")
	if err := vault.WriteNewFile(pdf, 0o600, b.WritePDF); err != nil {
		t.Fatal(err)
	}

	h2, r := restoreToShares(t, pdf)
	drop(h2, writeShareSheets(t, b, dir, 1, 2)...)
	test.Tap(r.wiz.Next)
	if r.wiz.Current != restoreStepShares || !strings.Contains(r.shares.msg.Text, "SLIP-39 passphrase that is missing or wrong") {
		t.Fatalf("without the passphrase: step %d, %q", r.wiz.Current, r.shares.msg.Text)
	}
	test.Type(r.shares.pass, "grandma's recipe")
	test.Tap(r.wiz.Next)
	if r.wiz.Current != restoreStepWhere || r.shares.pass.Text != "" {
		t.Fatalf("with the passphrase: step %d, %q", r.wiz.Current, r.shares.msg.Text)
	}
	sameItems(t, r.payload.Items, items)
}
