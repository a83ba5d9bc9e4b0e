package scan

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/go-pdf/fpdf"
	"golang.org/x/image/bmp"
	"golang.org/x/image/tiff"
)

// encoders writes a page in each format the standard and x/image libraries
// can encode (WebP comes from a committed fixture).
var encoders = map[string]func(*bytes.Buffer, image.Image) error{
	"png": func(b *bytes.Buffer, m image.Image) error { return png.Encode(b, m) },
	"jpg": func(b *bytes.Buffer, m image.Image) error { return jpeg.Encode(b, m, &jpeg.Options{Quality: 85}) },
	"gif": func(b *bytes.Buffer, m image.Image) error { return gif.Encode(b, grayPaletted(m), nil) },
	"bmp": func(b *bytes.Buffer, m image.Image) error { return bmp.Encode(b, m) },
	"tiff": func(b *bytes.Buffer, m image.Image) error {
		return tiff.Encode(b, m, &tiff.Options{Compression: tiff.Deflate})
	},
}

// grayPaletted converts m to a 256-grey paletted image, so GIF encoding
// does not dither.
func grayPaletted(m image.Image) *image.Paletted {
	pal := make(color.Palette, 256)
	for i := range pal {
		pal[i] = color.Gray{uint8(i)}
	}
	g := toGray(m)
	p := image.NewPaletted(g.Rect, pal)
	copy(p.Pix, g.Pix)
	return p
}

// writeFile writes data to name in dir and returns the path.
func writeFile(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func encode(t testing.TB, format string, m image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := encoders[format](&b, m); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestScanFilesFormats(t *testing.T) {
	page := makePage(t, 3, 150, 2, 2, 600, 1200)
	dir := t.TempDir()
	var paths []string
	for _, f := range []string{"png", "jpg", "gif", "bmp", "tiff"} {
		paths = append(paths, writeFile(t, dir, "page."+f, encode(t, f, page.img)))
	}
	res := ScanFiles(paths, Options{Expect: len(page.texts)})
	for _, r := range res {
		if r.Err != nil {
			t.Errorf("%s: %v", filepath.Base(r.Path), r.Err)
			continue
		}
		checkCodes(t, r.Codes, page.texts)
	}
}

func TestScanFilesWebP(t *testing.T) {
	want, err := os.ReadFile("testdata/code.webp.txt")
	if err != nil {
		t.Fatal(err)
	}
	res := ScanFiles([]string{"testdata/code.webp"}, Options{})
	if len(res) != 1 || res[0].Err != nil {
		t.Fatalf("got %+v", res)
	}
	checkCodes(t, res[0].Codes, []string{string(want)})
}

// scannerPDF builds a two-page PDF like a document scanner makes: page 1 a
// JPEG (DCTDecode), page 2 a PNG (FlateDecode).
func scannerPDF(t testing.TB, p1, p2 image.Image, protect bool) []byte {
	t.Helper()
	pdf := fpdf.New("P", "mm", "A4", "")
	if protect {
		pdf.SetProtection(fpdf.CnProtectPrint, "user", "owner")
	}
	for i, img := range []struct {
		typ  string
		data []byte
	}{{"JPG", encode(t, "jpg", p1)}, {"PNG", encode(t, "png", p2)}} {
		name := []string{"p1", "p2"}[i]
		pdf.AddPage()
		opt := fpdf.ImageOptions{ImageType: img.typ}
		pdf.RegisterImageOptionsReader(name, opt, bytes.NewReader(img.data))
		pdf.ImageOptions(name, 0, 0, 210, 297, false, opt, 0, "")
	}
	var b bytes.Buffer
	if err := pdf.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// vectorPDF is a PDF with only text and rectangles, like Coffer's own sheet.
func vectorPDF(t testing.TB) []byte {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddPage()
	pdf.SetFont("Helvetica", "", 12)
	pdf.Text(20, 20, "COFFER PAPER BACKUP")
	pdf.Rect(20, 30, 60, 60, "F")
	var b bytes.Buffer
	if err := pdf.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestScanFilesPDF(t *testing.T) {
	a := makePage(t, 11, 150, 2, 2, 600, 1000)
	b := makePage(t, 12, 150, 2, 3, 600, 1000)
	path := writeFile(t, t.TempDir(), "scan.pdf", scannerPDF(t, a.img, b.img, false))
	res := ScanFiles([]string{path}, Options{})
	if len(res) != 2 {
		t.Fatalf("got %d results, want 2 pages: %+v", len(res), res)
	}
	for i, want := range [][]string{a.texts, b.texts} {
		if res[i].Err != nil || res[i].Page != i+1 {
			t.Errorf("page %d: %+v", i+1, res[i])
		}
		checkCodes(t, res[i].Codes, want)
	}
}

// pngBomb is a valid PNG signature and IHDR claiming w×h pixels, no data.
func pngBomb(w, h uint32) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = 8, 0 // 8-bit greyscale
	binary.Write(&b, binary.BigEndian, uint32(len(ihdr)))
	chunk := append([]byte("IHDR"), ihdr...)
	b.Write(chunk)
	binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(chunk))
	return b.Bytes()
}

func TestScanFilesBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := makePage(t, 21, 150, 2, 2, 600, 800)
	jpg := encode(t, "jpg", good.img)
	heic := append([]byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"), make([]byte, 64)...)
	cases := []struct {
		name string
		data []byte // nil: do not create the file
		want error
	}{
		{"notes.txt", []byte("just some text, not an image\n"), ErrUnsupported},
		{"empty.png", []byte{}, ErrEmpty},
		{"truncated.jpg", jpg[:len(jpg)/2], ErrCorrupt},
		{"bomb.png", pngBomb(50000, 50000), ErrTooLarge},
		{"IMG_0001.HEIC", heic, ErrCorrupt}, // a header and no picture
		{"broken.pdf", []byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF"), ErrCorrupt},
		{"sheet.pdf", vectorPDF(t), ErrNoImages},
		{"locked.pdf", scannerPDF(t, good.img, good.img, true), ErrEncryptedPDF},
		{"missing.png", nil, os.ErrNotExist},
		{"good.jpg", jpg, nil},
	}
	var paths []string
	for _, c := range cases {
		p := filepath.Join(dir, c.name)
		if c.data != nil {
			writeFile(t, dir, c.name, c.data)
		}
		paths = append(paths, p)
	}
	res := ScanFiles(paths, Options{})
	if len(res) != len(cases) {
		t.Fatalf("got %d results for %d files", len(res), len(cases))
	}
	for i, c := range cases {
		r := res[i]
		t.Logf("%-14s -> %v", c.name, r.Err)
		if !errors.Is(r.Err, c.want) && !(c.want == nil && r.Err == nil) {
			t.Errorf("%s: err %v, want %v", c.name, r.Err, c.want)
		}
	}
	checkCodes(t, res[len(res)-1].Codes, good.texts)
}

func TestLargePhoto(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("48 MP photo: skipped in -short and -race runs")
	}
	page := makePage(t, 31, 150, 2, 3, 600, 1200)
	// 8000×6000 landscape photo: page scaled up ~3.4×, turned, on a table.
	photo := image.NewGray(image.Rect(0, 0, 8000, 6000))
	for i := range photo.Pix {
		photo.Pix[i] = 70
	}
	big := scale(rotate(page.img, 90), 3.3)
	off := image.Pt((8000-big.Rect.Dx())/2, (6000-big.Rect.Dy())/2)
	for y := 0; y < big.Rect.Dy(); y++ {
		copy(photo.Pix[(y+off.Y)*photo.Stride+off.X:], big.Pix[y*big.Stride:(y+1)*big.Stride])
	}
	path := writeFile(t, t.TempDir(), "photo.jpg", encode(t, "jpg", photo))
	res := ScanFiles([]string{path}, Options{Expect: len(page.texts)})
	if res[0].Err != nil {
		t.Fatal(res[0].Err)
	}
	checkCodes(t, res[0].Codes, page.texts)
}
