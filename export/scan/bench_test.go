package scan

import (
	"image"
	"testing"
)

// benchFile writes img as the suite would (JPEG at q, or PNG) and returns
// its path, for benchmarks that time ScanFiles from the file, decoding
// included.
func benchFile(b *testing.B, name string, q int, img func(testing.TB) (*image.Gray, []string)) (string, []string) {
	b.Helper()
	g, want := img(b)
	return writeCase(b, b.TempDir(), name, q, g), want
}

// benchScan times ScanFiles on one file and fails if a code is missed.
func benchScan(b *testing.B, path string, want []string) {
	b.ResetTimer()
	for b.Loop() {
		res := ScanFiles([]string{path}, Options{})
		if n := countIn(res[0].Codes, want); n != len(want) {
			b.Fatalf("read %d of %d codes", n, len(want))
		}
	}
}

// BenchmarkCleanPage300 reads a clean 300-dpi scan of the fixture sheet (PNG).
func BenchmarkCleanPage300(b *testing.B) {
	path, want := benchFile(b, "clean300", 0, func(t testing.TB) (*image.Gray, []string) {
		s := realSheet(t, onePage, 1, 300)
		return s.pages[0], s.texts(0)
	})
	benchScan(b, path, want)
}

// BenchmarkPhonePhoto reads the suite's 12-megapixel phone photo of the
// fixture sheet on a desk (JPEG q80).
func BenchmarkPhonePhoto(b *testing.B) {
	path, want := benchFile(b, "phone", 80, func(t testing.TB) (*image.Gray, []string) {
		s := realSheet(t, onePage, 1, 300)
		return phone(3024, 4032, 6, 0.8, 0.08, 0.3, 1.0, 1)(t, s.pages[0]), s.texts(0)
	})
	benchScan(b, path, want)
}

// BenchmarkCleanPage150 reads a clean 150-dpi scan of the fixture sheet (PNG).
func BenchmarkCleanPage150(b *testing.B) {
	path, want := benchFile(b, "clean150", 0, func(t testing.TB) (*image.Gray, []string) {
		s := realSheet(t, onePage, 1, 150)
		return s.pages[0], s.texts(0)
	})
	benchScan(b, path, want)
}
