package scan

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/go-pdf/fpdf"
)

// pngHeader is a PNG signature and IHDR of w×h pixels with the given depth and colour
// type (0 grey, 6 RGBA), no image data: enough for image.DecodeConfig.
func pngHeader(w, h uint32, depth, colour byte) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = depth, colour
	binary.Write(&b, binary.BigEndian, uint32(len(ihdr)))
	chunk := append([]byte("IHDR"), ihdr...)
	b.Write(chunk)
	binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(chunk))
	return b.Bytes()
}

// jpegHeader is SOI, JFIF and a frame header (sof 0xc0 baseline, 0xc2 progressive)
// of w×h pixels whose components have the given sampling factors (H<<4 | V).
func jpegHeader(w, h uint16, sof byte, sampling ...byte) []byte {
	b := []byte{0xff, 0xd8, 0xff, 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0}
	n := 8 + 3*len(sampling)
	b = append(b, 0xff, sof, byte(n>>8), byte(n), 8, byte(h>>8), byte(h), byte(w>>8), byte(w), byte(len(sampling)))
	for i, s := range sampling {
		b = append(b, byte(i+1), s, 0)
	}
	return b
}

// On the old code only the pixel count was checked: a 90 MP 16-bit RGBA PNG (720 MB
// decoded) or a progressive JPEG (4 bytes more per sample) went to the decoder.
func TestDecodeBudget(t *testing.T) {
	for _, c := range []struct {
		name string
		data []byte
		ok   bool
	}{
		{"100MP grey png", pngHeader(10000, 10000, 8, 0), true},
		{"100MP 16-bit grey png", pngHeader(10000, 10000, 16, 0), true},
		{"48MP RGBA png", pngHeader(8000, 6000, 8, 6), true},
		{"90MP 16-bit RGBA png", pngHeader(10000, 9000, 16, 6), false},
		{"40MP 16-bit RGBA png", pngHeader(8000, 5000, 16, 6), true},
		{"100MP 4:2:0 jpeg", jpegHeader(12000, 8320, 0xc0, 0x22, 0x11, 0x11), true},
		{"100MP 4:4:4 jpeg", jpegHeader(10000, 10000, 0xc0, 0x11, 0x11, 0x11), true},
		{"36MP progressive 4:2:0 jpeg", jpegHeader(6000, 6000, 0xc2, 0x22, 0x11, 0x11), true},
		{"36MP progressive 4:4:4 jpeg", jpegHeader(6000, 6000, 0xc2, 0x11, 0x11, 0x11), false},
		{"60MP progressive grey jpeg", jpegHeader(10000, 6000, 0xc2, 0x11), true},
		{"80MP progressive grey jpeg", jpegHeader(10000, 8000, 0xc2, 0x11), false},
	} {
		cfg, format, err := image.DecodeConfig(bytes.NewReader(c.data))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		err = checkDecodeBytes(bytes.NewReader(c.data), cfg, format)
		if c.ok != (err == nil) || err != nil && !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

func TestFolderFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.png", "A.JPG", "IMG_1.HEIC", "typed.txt", "sheet.pdf", "notes.docx", ".hidden"} {
		writeFile(t, dir, name, []byte("x"))
	}
	os.Mkdir(filepath.Join(dir, "sub.png"), 0o700)
	got, err := FolderFiles(dir, Options{})
	want := []string{"A.JPG", "IMG_1.HEIC", "b.png", "sheet.pdf", "typed.txt"}
	for i := range want {
		want[i] = filepath.Join(dir, want[i])
	}
	if err != nil || !slices.Equal(got, want) {
		t.Fatalf("got %v, %v; want %v", got, err, want)
	}
	if _, err := FolderFiles(dir, Options{MaxFolderFiles: 4}); !errors.Is(err, ErrTooManyFiles) {
		t.Fatalf("over the limit: %v", err)
	}
	if got, err := FolderFiles(dir, Options{MaxFolderFiles: -1}); err != nil || len(got) != 5 {
		t.Fatalf("no limit: %v %v", got, err)
	}
}

// pagesPDF is an fpdf PDF of n pages, each showing the same small grey image.
func pagesPDF(t *testing.T, n int) []byte {
	pdf := fpdf.New("P", "mm", "A4", "")
	opt := fpdf.ImageOptions{ImageType: "PNG"}
	pdf.RegisterImageOptionsReader("im", opt, bytes.NewReader(encode(t, "png", image.NewGray(image.Rect(0, 0, 32, 32)))))
	for range n {
		pdf.AddPage()
		pdf.ImageOptions("im", 0, 0, 50, 50, false, opt, 0, "")
	}
	var b bytes.Buffer
	if err := pdf.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// On the old code every page of any PDF was decoded (a 1,000-page PDF ran for minutes).
func TestPDFPageLimit(t *testing.T) {
	path := writeFile(t, t.TempDir(), "five.pdf", pagesPDF(t, 5))
	res := ScanFiles([]string{path}, Options{MaxPDFPages: 2})
	if len(res) != 3 || res[0].Page != 1 || res[1].Page != 2 || !errors.Is(res[2].Err, ErrTooManyPages) || res[2].Page != 3 {
		t.Fatalf("limit 2: %+v", res)
	}
	if all := ScanFiles([]string{path}, Options{MaxPDFPages: -1}); len(all) != 5 || slices.ContainsFunc(all, func(r FileResult) bool { return errors.Is(r.Err, ErrTooManyPages) }) {
		t.Fatalf("no limit: %+v", all)
	}
}
