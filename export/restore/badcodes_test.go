package restore

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"coffer/export"
	"coffer/export/scan"
)

// A stray code with a valid checksum, read first from another file, used to win its
// position and sink the restore; now the session restores and names the stray file.
func TestSessionNamesTheBadCode(t *testing.T) {
	items := sampleItems(12, "bad")
	b := newBackup(t, items)
	stray := b.Frames[2]
	stray.Data = slices.Clone(stray.Data)
	stray.Data[7] ^= 0x5a
	s := NewSession()
	s.AddCodes("stray.png", 0, []string{stray.Text()})
	reports := s.AddFiles([]string{writePDF(t, t.TempDir(), b)}, scan.Options{})
	if len(reports) != 1 || reports[0].Err != nil {
		t.Fatalf("reports %+v", reports)
	}
	st := s.Backups()
	if len(st) != 1 || !st[0].Recoverable || !st[0].ParityChecked {
		t.Fatalf("status %+v", st)
	}
	bad := s.BadCodes(b.ID)
	if len(bad) != 1 || bad[0].Code != 3 || !slices.Equal(bad[0].From, []string{"stray.png"}) {
		t.Fatalf("bad codes %+v", bad)
	}
	if msg := bad[0].String(); !strings.Contains(msg, "code 3") || !strings.Contains(msg, "stray.png") {
		t.Errorf("message %q", msg)
	}
	p, err := s.Open(b.ID, testPass)
	if err != nil {
		t.Fatal(err)
	}
	assertSameItems(t, p.Items, items)
}

// Codes re-made with another backup ID around a real ciphertext: Open refuses them, so
// the front end marks nothing in the ledger.
func TestSessionRefusesRelabelledCodes(t *testing.T) {
	b := newBackup(t, sampleItems(3, "relabel"))
	var texts []string
	for _, f := range b.Frames {
		f.BackupID = "7777ZZZZ"
		texts = append(texts, f.Text())
	}
	s := NewSession()
	s.AddCodes("relabelled.png", 0, texts)
	if st := s.Backups(); len(st) != 1 || st[0].BackupID != "7777ZZZZ" || !st[0].Recoverable {
		t.Fatalf("status %+v", st)
	}
	p, err := s.Open("7777ZZZZ", testPass)
	if !errors.Is(err, export.ErrBackupMismatch) || p != nil {
		t.Fatalf("got %v, want ErrBackupMismatch", err)
	}
}

// A folder stands for its readable files (the old code refused it as "a directory").
func TestRestoreFromFolder(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes rasterized pages")
	}
	items := sampleItems(5, "folder")
	b := newBackup(t, items)
	dir := t.TempDir()
	writePages(t, dir, b, 150, nil)
	os.WriteFile(filepath.Join(dir, "notes.docx"), []byte("not read"), 0o600)
	s := NewSession()
	reports := s.AddFiles([]string{dir}, scan.Options{})
	if len(reports) != len(b.Pages) || reports[0].Err != nil || !strings.HasPrefix(reports[0].Path, dir) {
		t.Fatalf("reports %+v", reports)
	}
	p, err := s.Open(b.ID, testPass)
	if err != nil {
		t.Fatal(err)
	}
	assertSameItems(t, p.Items, items)
	empty := t.TempDir()
	if r := s.AddFiles([]string{empty}, scan.Options{}); len(r) != 1 || !errors.Is(r[0].Err, ErrNoCodes) {
		t.Fatalf("empty folder: %+v", r)
	}
}
