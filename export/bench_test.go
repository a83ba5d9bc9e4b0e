package export

import (
	"io"
	"testing"
)

// BenchmarkCreatePDF100Items encrypts 100 items (work factor 10, so scrypt does not
// dominate) and writes the PDF with the typed-fallback pages.
func BenchmarkCreatePDF100Items(b *testing.B) {
	items := sampleItems(100)
	for b.Loop() {
		bk, err := Create(items, "v", testPass, testOpts(A4))
		if err != nil {
			b.Fatal(err)
		}
		if err := bk.WritePDF(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCapacityTable logs the capacity table of docs/PAPER.md:
// go test -run CapacityTable -v ./export/
func TestCapacityTable(t *testing.T) {
	for _, p := range []Paper{A4, Letter} {
		for _, n := range []int{1, 10, 100} {
			bk := mustCreate(t, sampleItems(n), p)
			s := papers[p]
			t.Logf("| %-6s | %3d | %6d | %6d | %2d+%-2d | %d | %5d | %2d | v%d %.2f mm |", p, n, bk.PlaintextLen,
				bk.CiphertextLen, bk.DataFrames, bk.ParityFrames, len(bk.Pages), bk.CiphertextLen/len(bk.Pages),
				len(bk.layout()), s.maxVersion(), s.codeBox()/float64(qrSide(s.maxVersion())))
		}
	}
}
