package restore

import (
	"testing"

	"coffer/export/scan"
)

// Coffer's own sheets stay within the PDF reader's stream budget (about 2.4 MiB of page
// content per code page, so 21 code pages need 50 of the 128 MiB): a large backup's
// original PDF restores.
func TestRestoreLargestBackupFromOriginalPDF(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("large PDF: skipped in -short and -race runs")
	}
	items := sampleItems(300, "big")
	b := newBackup(t, items)
	t.Logf("%d items: %d code pages, %d codes", len(items), len(b.Pages), len(b.Frames))
	s := NewSession()
	reports := s.AddFiles([]string{writePDF(t, t.TempDir(), b)}, scan.Options{})
	if len(reports) != 1 || reports[0].Err != nil || reports[0].Codes != len(b.Frames) {
		t.Fatalf("reports %+v", reports)
	}
	p, err := s.Open(b.ID, testPass)
	if err != nil {
		t.Fatal(err)
	}
	assertSameItems(t, p.Items, items)
}
