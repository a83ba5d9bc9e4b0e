package gui

import (
	"os/exec"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"coffer/vault"
)

// Issue 15 item 4: a lone photo of a Coffer text page, added first and alone, is
// named by its mark ("page 2 of 3 of backup …: list of items, no codes on it"), never
// shown as a failure.
func TestLonePhotoOfATextPageIsNamedNotFailed(t *testing.T) {
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		t.Skip("pdftoppm not installed")
	}
	h := newHarness(t)
	h.unlocked()
	dir := t.TempDir()
	pdf := filepath.Join(dir, "b.pdf")
	b := writeBackupPDF(t, []vault.Item{sampleItems()[1]}, testPassphrase, pdf)
	if out, err := exec.Command("pdftoppm", "-r", "150", "-png", "-f", "2", "-l", "2", "-singlefile", pdf, filepath.Join(dir, "photo")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v: %s", err, out)
	}
	h.g.showRestore()
	r := showing[*restoreScreen](h)
	test.Tap(r.wiz.Next)
	drop(h, filepath.Join(dir, "photo.png"))
	if len(r.codes.files.Objects) != 1 {
		t.Fatalf("%d file lines", len(r.codes.files.Objects))
	}
	l := r.codes.files.Objects[0].(*widget.Label)
	want := "photo.png: page 2 of 2 of backup " + b.ID + ": typed lines, no codes on it."
	if l.Text != want || l.Importance == widget.DangerImportance {
		t.Fatalf("the lone text page reads %q (importance %v), want %q", l.Text, l.Importance, want)
	}
}
