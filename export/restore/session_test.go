package restore

import (
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"coffer/export"
	"coffer/export/scan"
	"coffer/vault"
)

const testPass = "paper test passphrase"

func sampleItems(n int, salt string) []vault.Item {
	t0 := time.Date(2026, 5, 6, 7, 8, 9, 0, time.UTC)
	items := make([]vault.Item, n)
	for i := range items {
		items[i] = vault.Item{ID: vault.NewID(), Kind: vault.KindPassword, Title: fmt.Sprintf("Account %s %03d", salt, i),
			Secret: salt + "-" + vault.NewID() + vault.NewID(), Username: "user@example.com",
			Notes: "recovery codes are in the blue folder", Created: t0, Modified: t0}
	}
	return items
}

func newBackup(t *testing.T, items []vault.Item) *export.Backup {
	t.Helper()
	b, err := export.Create(items, "vault-id", testPass, export.Options{Paper: export.A4, WorkFactor: 10, AllowWeakWorkFactor: true})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func writePDF(t *testing.T, dir string, b *export.Backup) string {
	t.Helper()
	path := filepath.Join(dir, b.ID+".pdf")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := b.WritePDF(f); err != nil {
		t.Fatal(err)
	}
	return path
}

// writePages writes the code pages of b as PNG files at dpi, skipping the listed pages.
func writePages(t *testing.T, dir string, b *export.Backup, dpi int, skip map[int]bool) []string {
	t.Helper()
	imgs, err := b.PageImages(dpi)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for i, img := range imgs[:len(b.Pages)] {
		if skip[i+1] {
			continue
		}
		p := filepath.Join(dir, fmt.Sprintf("%s-page%d.png", b.ID, i+1))
		writePNG(t, p, img)
		paths = append(paths, p)
	}
	return paths
}

func assertSameItems(t *testing.T, got, want []vault.Item) {
	t.Helper()
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if !reflect.DeepEqual(g, w) {
		t.Fatalf("restored items differ:\n got %s\nwant %s", g, w)
	}
}

func TestRestoreFromOriginalPDF(t *testing.T) {
	items := sampleItems(30, "pdf")
	b := newBackup(t, items)
	s := NewSession()
	reports := s.AddFiles([]string{writePDF(t, t.TempDir(), b)}, scan.Options{})
	if len(reports) != 1 || reports[0].Err != nil || reports[0].Codes != len(b.Frames) {
		t.Fatalf("reports %+v", reports)
	}
	st := s.Backups()
	if len(st) != 1 || !st[0].Recoverable || st[0].BackupID != b.ID {
		t.Fatalf("status %+v", st)
	}
	if again := s.AddCodes("again", 0, []string{b.Frames[0].Text()}); again.Codes != 1 || again.New != 0 {
		t.Fatalf("a code read twice: %+v", again)
	}
	if _, err := s.Open(b.ID, "wrong passphrase"); !errors.Is(err, export.ErrBadPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	p, err := s.Open(b.ID, testPass)
	if err != nil {
		t.Fatal(err)
	}
	assertSameItems(t, p.Items, items)
}

func TestRestoreFromPageImagesWithOnePageMissing(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes rasterized pages")
	}
	items := sampleItems(250, "png")
	b := newBackup(t, items)
	if len(b.Pages) < 2 {
		t.Fatalf("want a multi-page backup, got %d page(s), %d+%d frames, %d bytes", len(b.Pages), b.DataFrames, b.ParityFrames, b.CiphertextLen)
	}
	dir := t.TempDir()
	paths := writePages(t, dir, b, 150, map[int]bool{1: true})
	s := NewSession()
	for _, r := range s.AddFiles(paths, scan.Options{Expect: len(b.Pages[0])}) {
		if r.Err != nil {
			t.Errorf("%s: %v", r.Path, r.Err)
		}
	}
	st := s.Backups()[0]
	if !st.Recoverable || len(st.Pages[0].Missing) != len(b.Pages[0]) {
		t.Fatalf("status %+v", st)
	}
	p, err := s.Open(b.ID, testPass)
	if err != nil {
		t.Fatal(err)
	}
	assertSameItems(t, p.Items, items)
}

func TestTwoBackupsStayApart(t *testing.T) {
	a, b := newBackup(t, sampleItems(5, "a")), newBackup(t, sampleItems(7, "b"))
	dir := t.TempDir()
	s := NewSession()
	s.AddFiles([]string{writePDF(t, dir, a), writePDF(t, dir, b)}, scan.Options{})
	st := s.Backups()
	if len(st) != 2 || st[0].BackupID != a.ID || st[1].BackupID != b.ID {
		t.Fatalf("status %+v", st)
	}
	pb, err := s.Open(b.ID, testPass)
	if err != nil || len(pb.Items) != 7 {
		t.Fatalf("open b: %v", err)
	}
	if _, err := s.Open("NOPE1234", testPass); err == nil {
		t.Fatal("unknown backup opened")
	}
}

func TestTypedLinesAndBadFiles(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.jpg")
	garbage := filepath.Join(dir, "notes.bin")
	os.WriteFile(empty, nil, 0o600)
	os.WriteFile(garbage, []byte{0, 1, 2, 3, 0xff, 0xfe}, 0o600)
	s := NewSession()
	reports := s.AddFiles([]string{empty, "../testdata/vector1/typed.txt", garbage}, scan.Options{})
	if len(reports) != 3 {
		t.Fatalf("reports %+v", reports)
	}
	var typed FileReport
	for _, r := range reports {
		if r.Path == "../testdata/vector1/typed.txt" {
			typed = r
		} else if r.Err == nil {
			t.Errorf("%s: no error", r.Path)
		}
	}
	if typed.Err != nil || typed.Codes == 0 {
		t.Fatalf("typed report %+v", typed)
	}
	st := s.Backups()
	if len(st) != 1 || !st[0].Recoverable {
		t.Fatalf("status %+v", st)
	}
	if _, err := s.Open(st[0].BackupID, "coffer test vector"); err != nil {
		t.Fatal(err)
	}
}

func TestTypedTypoNamesLine(t *testing.T) {
	s := NewSession()
	_, errs := s.AddTyped("pasted", "01.01  05264 NFC54 00000 20050 R0000 KXP2S  Q1\n")
	if len(errs) != 1 || errs[0].Line != 1 {
		t.Fatalf("errors %+v", errs)
	}
}

// writePNG writes img to path as PNG.
func writePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}
