package restore

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"coffer/export"
	"coffer/export/scan"
	"coffer/vault"
	"coffer/vault/slip39"
)

func newSharedBackup(t *testing.T, items int, k, n int) (*export.Backup, []string) {
	t.Helper()
	return newSharedBackupOf(t, sampleItems(items, "shared"), k, n)
}

func newSharedBackupOf(t *testing.T, items []vault.Item, k, n int) (*export.Backup, []string) {
	t.Helper()
	b, err := export.Create(items, "vault-id", "",
		export.Options{Paper: export.A4, Shares: export.Shares{K: k, N: n}})
	if err != nil {
		t.Fatal(err)
	}
	var ms []string
	for _, sh := range b.Shares {
		ms = append(ms, sh.Mnemonic())
	}
	return b, ms
}

// writeShareSheets writes the share sheets of b as PNG files at dpi, member order.
func writeShareSheets(t *testing.T, dir string, b *export.Backup, dpi int) []string {
	t.Helper()
	imgs, err := b.ShareSheetImages(dpi)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for i, img := range imgs {
		p := filepath.Join(dir, fmt.Sprintf("%s-share%d.png", b.ID, i+1))
		writePNG(t, p, img)
		paths = append(paths, p)
	}
	return paths
}

func TestSharedRestoreFromSheetImagesSaysHowManyMore(t *testing.T) {
	items := sampleItems(4, "shared")
	b, _ := newSharedBackupOf(t, items, 3, 5)
	dir := t.TempDir()
	pages := writePages(t, dir, b, 150, nil)
	sheets := writeShareSheets(t, dir, b, 150)
	s := NewSession()
	reports := s.AddFiles(append(pages, sheets[4], sheets[1]), scan.Options{})
	for _, r := range reports {
		if r.Err != nil {
			t.Fatalf("%s: %v", r.Path, r.Err)
		}
	}
	sets := s.ShareSets()
	if len(sets) != 1 || sets[0].String() != "shares: 2 of 3 needed" || sets[0].Enough() {
		t.Fatalf("sets %v", sets)
	}
	_, err := s.OpenShared(b.ID)
	var ne *slip39.NotEnoughError
	if !errors.As(err, &ne) || ne.More() != 1 || !strings.Contains(err.Error(), "1 more share needed") {
		t.Fatalf("2 of 3: %v", err)
	}
	if r := s.AddFiles(sheets[2:3], scan.Options{}); r[0].Shares != 1 || r[0].NewShares != 1 {
		t.Fatalf("third sheet: %+v", r[0])
	}
	p, err := s.OpenShared(b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(p.Items, items) {
		t.Fatalf("items differ: %d, want %d", len(p.Items), len(items))
	}
}

func TestSharedRestoreFromOriginalPDFs(t *testing.T) {
	b, _ := newSharedBackup(t, 2, 2, 3)
	dir := t.TempDir()
	sheets := filepath.Join(dir, "shares.pdf")
	f, err := os.Create(sheets)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.WriteShareSheets(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	s := NewSession()
	reports := s.AddFiles([]string{writePDF(t, dir, b), sheets}, scan.Options{})
	if reports[1].Shares != 3 || reports[1].Err != nil {
		t.Fatalf("share sheet PDF: %+v", reports[1])
	}
	if _, err := s.OpenShared(b.ID); err != nil {
		t.Fatal(err)
	}
}

func TestSharedTypedWordsNameTheBadWord(t *testing.T) {
	b, ms := newSharedBackup(t, 1, 2, 3)
	s := NewSession()
	s.AddCodes("codes", 0, frameTexts(b))
	words := strings.Fields(ms[0])
	words[6] = "zzzz"
	_, errs := s.AddShareWords("typed", strings.Join(words, " "))
	var we *slip39.WordError
	if len(errs) != 1 || !errors.As(errs[0], &we) || we.Position != 7 {
		t.Fatalf("unknown word: %v", errs)
	}
	// a list word in the wrong place: the checksum names it
	words = strings.Fields(ms[0])
	orig := words[9]
	words[9] = map[bool]string{true: "academic", false: "acid"}[orig != "academic"]
	_, errs = s.AddShareWords("typed", strings.Join(words, " "))
	var ce *slip39.ChecksumError
	if len(errs) != 1 || !errors.As(errs[0], &ce) || ce.Position != 10 || ce.Suggestion != orig {
		t.Fatalf("wrong word: %v", errs)
	}
	if len(s.ShareSets()) != 0 {
		t.Fatal("a bad share was kept")
	}
	r, errs := s.AddShareWords("typed", ms[0]+"\n"+ms[2]+"\n")
	if len(errs) != 0 || r.Shares != 2 {
		t.Fatalf("good shares: %+v %v", r, errs)
	}
	if _, err := s.OpenShared(b.ID); err != nil {
		t.Fatal(err)
	}
}

func TestSharedWrongSetsNamedNotCombined(t *testing.T) {
	b, ms := newSharedBackup(t, 1, 2, 3)
	_, other := newSharedBackup(t, 1, 2, 3)
	s := NewSession()
	s.AddCodes("codes", 0, frameTexts(b))
	s.AddShareWords("mine", ms[0])
	r, _ := s.AddShareWords("mine again", ms[0])
	if r.Shares != 1 || r.NewShares != 0 {
		t.Fatalf("duplicate: %+v", r)
	}
	s.AddShareWords("theirs", other[0]+"\n"+other[1])
	if sets := s.ShareSets(); len(sets) != 2 || len(sets[0].Members) != 1 {
		t.Fatalf("duplicate counted or sets merged: %v", sets)
	}
	_, err := s.OpenShared(b.ID)
	if !errors.Is(err, export.ErrWrongShares) || !errors.Is(err, slip39.ErrNotEnough) || !strings.Contains(err.Error(), "set ") {
		t.Fatalf("other set: %v", err)
	}
	s.AddShareWords("mine", ms[1])
	if _, err := s.OpenShared(b.ID); err != nil {
		t.Fatal(err)
	}
}

func frameTexts(b *export.Backup) []string {
	var out []string
	for _, f := range b.Frames {
		out = append(out, f.Text())
	}
	return out
}

func TestSharedConflictingShareIsNamedNotKept(t *testing.T) {
	b, ms := newSharedBackup(t, 1, 2, 3)
	s := NewSession()
	s.AddCodes("codes", 0, frameTexts(b))
	s.AddShareWords("sheet 1", ms[0])
	forged, err := slip39.ParseMnemonic(ms[0])
	if err != nil {
		t.Fatal(err)
	}
	forged.Value = append([]byte(nil), forged.Value...)
	forged.Value[0] ^= 1 // same set and number, another value, valid checksum
	r, errs := s.AddShareWords("forged", forged.Mnemonic())
	if len(errs) != 1 || !errors.Is(errs[0], ErrShareConflict) || !strings.Contains(errs[0].Error(), "sheet 1") || r.NewShares != 0 {
		t.Fatalf("conflict: %+v %v", r, errs)
	}
	s.AddShareWords("sheet 2", ms[1])
	if _, err := s.OpenShared(b.ID); err != nil {
		t.Fatal(err)
	}
}
