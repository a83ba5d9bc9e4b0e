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

// BenchmarkSearchInconsistent is the worst case of the parity search: the largest
// backup, every code read, and more bad codes than parity can outvote.
func BenchmarkSearchInconsistent(b *testing.B) {
	ct := make([]byte, 200*725)
	p, err := planFrames(len(ct), 12, 725)
	if err != nil {
		b.Fatal(err)
	}
	shards, err := encodeShards(ct, p)
	if err != nil {
		b.Fatal(err)
	}
	g := newGroup(layout{data: p.data, parity: p.parity, perPage: 12, payloadLen: len(ct)})
	for i, s := range shards {
		if i < p.parity/2+1 {
			s = append([]byte{1}, s[1:]...)
		}
		g.add(Frame{Index: i, Data: s}, "")
	}
	for b.Loop() {
		g.sol = nil
		if g.solve().err == nil {
			b.Fatal("solved")
		}
	}
}
