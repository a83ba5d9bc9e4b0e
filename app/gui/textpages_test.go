package gui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"coffer/export"
	"coffer/export/restore"
)

// Issue 15 item 4: the sheet asks users to scan every page, and the restore marked
// the list of items and typed-line pages red, "no Coffer codes found … try a sharper
// photo". Once codes were read, a page without codes is shown as expected, not failed.
func TestRestoreShowsCoffersTextPagesAsNoFailure(t *testing.T) {
	h := newHarness(t)
	h.unlocked()
	dir := t.TempDir()
	b := writeBackupPDF(t, sampleItems(), testPassphrase, filepath.Join(dir, "b.pdf"))
	h.g.showRestore()
	r := showing[*restoreScreen](h)
	test.Tap(r.wiz.Next)
	pages := writePages(t, b, dir, 1, len(b.Pages)+1) // a code page and the list of items
	drop(h, pages...)
	if len(r.codes.files.Objects) != 2 {
		t.Fatalf("%d file lines", len(r.codes.files.Objects))
	}
	l := r.codes.files.Objects[1].(*widget.Label)
	if l.Importance == widget.DangerImportance || strings.Contains(l.Text, "no Coffer codes found") || !strings.Contains(l.Text, "no codes on it") {
		t.Fatalf("the list-of-items page reads %q (importance %v)", l.Text, l.Importance)
	}
}

// A page of a scanned PDF past its backup's code pages is named as Coffer's text
// page; with no codes read anywhere, a page without codes is still a problem.
func TestFileLineNamesTextPagesOfAPDF(t *testing.T) {
	reports := []restore.FileReport{{Path: "/s/scan.pdf", Page: 1, Codes: 6, New: 6}, {Path: "/s/scan.pdf", Page: 2, Err: restore.ErrNoCodes}}
	seen := pagesSeen(reports, []export.Status{{Pages: make([]export.PageStatus, 1)}})
	if line, bad := fileLine(reports[1], seen); bad || line != "scan.pdf, page 2: list of items or typed lines, no codes on it." {
		t.Fatalf("%q bad=%v", line, bad)
	}
	if line, bad := fileLine(reports[1], pagesSeen(reports[1:], nil)); !bad || !strings.Contains(line, "no Coffer codes found") {
		t.Fatalf("alone: %q bad=%v", line, bad)
	}
}
