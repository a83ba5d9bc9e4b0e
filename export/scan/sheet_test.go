package scan

import (
	"fmt"
	"image"
	"math/rand/v2"
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
// rendered at dpi. Backups are cached per test binary: the backup ID and the
// age encryption are random, so each run prints different codes.
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
		b, err := export.Create(s.items, "vault", sheetPass, export.Options{WorkFactor: 10, AllowWeakWorkFactor: true,
			Now: func() time.Time { return sheetNow }, NoText: true})
		if err != nil {
			t.Fatal(err)
		}
		s.b = b
		sheetCache[sheetKey{n, seed, 0}] = &sheet{items: s.items, b: b}
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

// Backups used by the suites.
const (
	onePage  = 90  // items: one code page, 8 data + 4 parity codes
	twoPages = 120 // items: two code pages, 10 data + 14 parity: one page may be lost
)
