package scan

import (
	"image"
	"testing"
)

// scanAll decodes each page, expecting 12 codes on each, and returns all
// texts found.
func scanAll(pages ...*image.Gray) []string {
	var texts []string
	for _, p := range pages {
		texts = append(texts, DecodeImage(p, Options{Expect: 12, Budget: capabilityBudget})...)
	}
	return texts
}

// TestPageMissing restores a two-page backup (10 data + 14 parity codes)
// from either page alone: parity allows one whole page to be lost.
func TestPageMissing(t *testing.T) {
	s := realSheet(t, twoPages, 2, 150)
	if len(s.pages) != 2 || s.b.DataFrames != 10 {
		t.Fatalf("fixture: %d code pages, %d data codes; want 2 and 10", len(s.pages), s.b.DataFrames)
	}
	for keep := range s.pages {
		if (raceEnabled || testing.Short()) && keep == 1 {
			continue
		}
		got := scanAll(s.pages[keep])
		checkCodes(t, got, s.texts(keep))
		checkRestore(t, got, s)
	}
}

// TestTwoBackupsMixed scans the pages of two different backups as one
// folder, one of them photographed upside down: the assembler reports two
// backups, and each restores its own items.
func TestTwoBackupsMixed(t *testing.T) {
	if raceEnabled {
		t.Skip("three pages take too long under -race")
	}
	a := realSheet(t, onePage, 1, 150)
	b := realSheet(t, twoPages, 2, 150)
	got := scanAll(b.pages[0], rotate(a.pages[0], 180), b.pages[1])
	res := restoreAll(t, got, sheetPass)
	if len(res) != 2 {
		t.Fatalf("found %d backups, want 2", len(res))
	}
	for _, s := range []*sheet{a, b} {
		r := res[s.b.ID]
		if r.status.Found != r.status.Total {
			t.Errorf("backup %s: %d of %d codes read", s.b.ID, r.status.Found, r.status.Total)
		}
		checkRestore(t, got, s)
	}
}
