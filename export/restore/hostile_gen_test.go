package restore

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
	"testing"
)

// Generators of hostile inputs: small files that cost a naive reader gigabytes of
// memory or minutes of time. They are made at test time (deterministic), not committed.

// zeros streams n zero bytes.
func zeros(n int64) io.Reader { return io.LimitReader(zeroReader{}, n) }

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// zlibOf compresses r with zlib at the best ratio (about 1:1000 for zeros).
func zlibOf(t testing.TB, r io.Reader) []byte {
	t.Helper()
	var b bytes.Buffer
	w, _ := zlib.NewWriterLevel(&b, zlib.BestCompression)
	if _, err := io.Copy(w, r); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// pdfFile builds a PDF from object bodies; object i+1 is objs[i], object 1 the catalog.
type pdfFile struct{ objs []string }

func (p *pdfFile) add(body string) int {
	p.objs = append(p.objs, body)
	return len(p.objs)
}

func (p *pdfFile) stream(dict string, data []byte) int {
	return p.add(fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data))
}

// bytes writes the file with a correct cross-reference table.
func (p *pdfFile) bytes(root int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(p.objs))
	for i, o := range p.objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(p.objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(p.objs)+1, root, xref)
	return b.Bytes()
}

// pagesPDF makes a PDF of n pages; page i gets the content and resources that
// page(i) returns (objects it adds to p).
func pagesPDF(n int, page func(p *pdfFile, i int) (content []byte, resources string)) []byte {
	p := &pdfFile{}
	p.add("") // catalog, filled in below
	pagesObj := p.add("")
	var kids []string
	for i := range n {
		content, res := page(p, i)
		c := p.stream("/Filter /FlateDecode", content)
		kids = append(kids, fmt.Sprintf("%d 0 R", p.add(fmt.Sprintf(
			"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << %s >> >>", pagesObj, c, res))))
	}
	p.objs[0] = fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesObj)
	p.objs[pagesObj-1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), n)
	return p.bytes(1)
}

// zerosPDF is a ~2 MB PDF whose one page holds 10 grey images of 10000×10000 pixels
// and a content stream, all compressed zeros: 2 GB once decoded.
func zerosPDF(t testing.TB) []byte {
	img := zlibOf(t, zeros(100_000_000))
	content := zlibOf(t, io.MultiReader(strings.NewReader("q 595 0 0 842 0 0 cm /Im0 Do Q\n"), zeros(1_000_000_000)))
	return pagesPDF(1, func(p *pdfFile, _ int) ([]byte, string) {
		var xo []string
		for i := range 10 {
			n := p.stream("/Type /XObject /Subtype /Image /Width 10000 /Height 10000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", img)
			xo = append(xo, fmt.Sprintf("/Im%d %d 0 R", i, n))
		}
		return content, "/XObject << " + strings.Join(xo, " ") + " >>"
	})
}

// zerosPagesPDF is a PDF of 10 pages whose content streams are each 20 MB of
// compressed zeros: every stream is under the per-stream limit, the file is not.
func zerosPagesPDF(t testing.TB) []byte {
	content := zlibOf(t, io.MultiReader(strings.NewReader("0 0 m\n"), zeros(20_000_000)))
	return pagesPDF(10, func(*pdfFile, int) ([]byte, string) { return content, "" })
}

// jpegHeader is the start of a JPEG (SOI, JFIF and a frame header of the given type:
// 0xc0 baseline, 0xc2 progressive) of w×h pixels in colour 4:4:4.
func jpegHeader(w, h uint16, sof byte) []byte {
	b := []byte{0xff, 0xd8, 0xff, 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0}
	b = append(b, 0xff, sof, 0, 17, 8, byte(h>>8), byte(h), byte(w>>8), byte(w), 3)
	for id := byte(1); id <= 3; id++ {
		b = append(b, id, 0x11, 0)
	}
	return b
}

// manyPagesPDF is a PDF of n pages, each with a small grey image (so each page is scanned).
func manyPagesPDF(t testing.TB, n int) []byte {
	img := zlibOf(t, zeros(64*64))
	content := zlibOf(t, strings.NewReader("q 595 0 0 842 0 0 cm /Im0 Do Q\n"))
	return pagesPDF(n, func(p *pdfFile, _ int) ([]byte, string) {
		im := p.stream("/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", img)
		return content, fmt.Sprintf("/XObject << /Im0 %d 0 R >>", im)
	})
}

// pngOf writes a PNG of w×h pixels with the given bit depth and colour type whose image
// data is compressed zeros (all-black rows with filter 0).
func pngOf(t testing.TB, w, h uint32, depth, colour byte) []byte {
	channels := map[byte]int{0: 1, 2: 3, 4: 2, 6: 4}[colour]
	row := int64(1 + (int(w)*channels*int(depth)+7)/8)
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = depth, colour
	pngChunk(&b, "IHDR", ihdr)
	pngChunk(&b, "IDAT", zlibOf(t, zeros(row*int64(h))))
	pngChunk(&b, "IEND", nil)
	return b.Bytes()
}

func pngChunk(b *bytes.Buffer, typ string, data []byte) {
	binary.Write(b, binary.BigEndian, uint32(len(data)))
	c := append([]byte(typ), data...)
	b.Write(c)
	binary.Write(b, binary.BigEndian, crc32.ChecksumIEEE(c))
}

// badTypedLines is n lines that look like typed codes but are not.
func badTypedLines(n int) []byte {
	var b bytes.Buffer
	for i := range n {
		fmt.Fprintf(&b, "%02d.%02d ABCDE ZZ\n", i%99+1, i%7+1)
	}
	return b.Bytes()
}
