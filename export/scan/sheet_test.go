package scan

import (
	"fmt"
	"image"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"coffer/export"
	"coffer/vault"
)

// Real sheets: backups made by package export and rasterized with
// (*export.Backup).PageImages, the pages a user prints.

const sheetPass = "correct horse battery staple"

var sheetNow = time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)

// sheetItems returns n deterministic items whose random hex secrets barely
// compress, so the item count sets the number of data codes.
func sheetItems(n int, seed uint64) []vault.Item {
	r := rand.New(rand.NewPCG(seed, 99))
	items := make([]vault.Item, n)
	for i := range items {
		secret := make([]byte, 24)
		for j := range secret {
			secret[j] = byte(r.IntN(256))
		}
		items[i] = vault.Item{ID: fmt.Sprintf("%016x%016x", r.Uint64(), r.Uint64()), Kind: vault.KindPassword,
			Title: fmt.Sprintf("Account %d", i+1), Secret: fmt.Sprintf("%x", secret),
			Username: fmt.Sprintf("user%d@example.com", i), Created: sheetNow, Modified: sheetNow}
	}
	return items
}

// sheet is a real backup: its items, the backup and its code pages.
type sheet struct {
	items []vault.Item
	b     *export.Backup
	pages []*image.Gray // code pages at the dpi asked for
}

// texts returns the QR texts printed on code page p (0-based).
func (s *sheet) texts(p int) []string {
	var out []string
	for _, fi := range s.b.Pages[p] {
		out = append(out, s.b.Frames[fi].Text())
	}
	return out
}

// sheetKey identifies a cached sheet.
type sheetKey struct {
	items int
	seed  uint64
	dpi   int
}

var (
	sheetMu    sync.Mutex
	sheetCache = map[sheetKey]*sheet{}
)

// realSheet returns the backup of n items made from seed, its code pages
// rendered at dpi. The backup's codes are a committed fixture
// (testdata/sheets/, see fixtureBackup): the backup ID and the age encryption
// are random, so a backup made afresh would print different codes each run,
// and a damage that hits one code's weak spot would fail one run in several.
// Sheets are cached per test binary.
func realSheet(t testing.TB, n int, seed uint64, dpi int) *sheet {
	t.Helper()
	sheetMu.Lock()
	defer sheetMu.Unlock()
	k := sheetKey{n, seed, dpi}
	if s := sheetCache[k]; s != nil {
		return s
	}
	s := &sheet{items: sheetItems(n, seed)}
	if base := sheetCache[sheetKey{n, seed, 0}]; base != nil {
		s.b = base.b
	} else {
		s.b = fixtureBackup(t, s.items, n, seed)
		sheetCache[sheetKey{n, seed, 0}] = &sheet{items: s.items, b: s.b}
	}
	imgs, err := s.b.PageImages(dpi)
	if err != nil {
		t.Fatal(err)
	}
	for _, img := range imgs[:len(s.b.Pages)] {
		s.pages = append(s.pages, toGray(img))
	}
	sheetCache[k] = s
	return s
}

// fixtureBackup returns the committed backup of items (n made from seed): its
// frames are read from testdata/sheets/items-N-seed-S.txt, one QR text a line,
// and laid out on pages as export does (frame i on page i/PerPage). With
// SHEETS=write in the environment the backup is made afresh and the file
// rewritten.
func fixtureBackup(t testing.TB, items []vault.Item, n int, seed uint64) *export.Backup {
	t.Helper()
	path := filepath.Join("testdata", "sheets", fmt.Sprintf("items-%d-seed-%d.txt", n, seed))
	if os.Getenv("SHEETS") == "write" {
		b, err := export.Create(items, "vault", sheetPass, export.Options{WorkFactor: 10, AllowWeakWorkFactor: true,
			Now: func() time.Time { return sheetNow }, NoText: true})
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, f := range b.Frames {
			lines = append(lines, f.Text())
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("fixture backup (make it with SHEETS=write go test -run TestRobustness): %v", err)
	}
	b := &export.Backup{Created: sheetNow, Paper: export.A4}
	for _, line := range strings.Fields(string(data)) {
		f, err := export.ParseFrame(line)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		b.ID, b.DataFrames, b.ParityFrames = f.BackupID, f.DataCount, f.ParityCount
		for len(b.Pages) <= f.Index/f.PerPage {
			b.Pages = append(b.Pages, nil)
		}
		b.Pages[f.Index/f.PerPage] = append(b.Pages[f.Index/f.PerPage], len(b.Frames))
		b.Frames = append(b.Frames, f)
	}
	return b
}

// Backups used by the suites.
const (
	onePage  = 90  // items: one code page, 8 data + 4 parity codes
	twoPages = 120 // items: two code pages, 10 data + 14 parity: one page may be lost
)
