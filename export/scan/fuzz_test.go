package scan

import (
	"image"
	"testing"
	"time"
)

// FuzzScanBytes feeds arbitrary bytes to the file decoder: it must never
// panic, and every result must carry either codes or an error, not both.
func FuzzScanBytes(f *testing.F) {
	small := makePage(f, 1, 40, 1, 1, 20, 40).img
	tiny := crop(small, image.Rect(0, 0, 120, 160))
	for _, format := range []string{"png", "jpg", "gif", "bmp", "tiff"} {
		f.Add(encode(f, format, tiny))
	}
	f.Add(pngBomb(50000, 50000))
	f.Add([]byte("\x00\x00\x00\x18ftypheic"))
	f.Add(vectorPDF(f))
	f.Add([]byte("%PDF-1.7\n"))
	f.Add(pngHeader(10000, 9000, 16, 6))
	f.Add(jpegHeader(6000, 6000, 0xc2, 0x11, 0x11, 0x11))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, r := range scanBytes("fuzz", data, Options{Budget: 50 * time.Millisecond}) {
			if r.Err != nil && len(r.Codes) > 0 {
				t.Fatalf("both codes and error: %+v", r)
			}
		}
	})
}
