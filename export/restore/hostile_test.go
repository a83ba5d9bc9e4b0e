package restore

import (
	"bytes"
	"errors"
	"fmt"
	"image/jpeg"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"coffer/export/scan"
)

// hostileEnv names a folder to write the hostile suite into (for measuring the
// command line with /usr/bin/time -v); the test then only writes the files.
const hostileEnv = "COFFER_HOSTILE_DIR"

// hostileFile is one input of the hostile suite and the error it must give.
type hostileFile struct {
	name string
	make func(t testing.TB, path string)
	want error // sentinel the report must wrap
}

// writeBytes returns a maker that writes data.
func writeBytes(data func(testing.TB) []byte) func(testing.TB, string) {
	return func(t testing.TB, path string) {
		if err := os.WriteFile(path, data(t), 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

func hostileSuite() []hostileFile {
	return []hostileFile{
		{"zeros.pdf", writeBytes(zerosPDF), scan.ErrTooLarge},
		{"zeros-pages.pdf", writeBytes(zerosPagesPDF), scan.ErrTooLarge},
		{"huge.jpg", writeBytes(func(testing.TB) []byte { return jpegHeader(60000, 60000, 0xc0) }), scan.ErrTooLarge},
		{"1000-pages.pdf", writeBytes(func(t testing.TB) []byte { return manyPagesPDF(t, 1000) }), scan.ErrTooManyPages},
		{"rgba16-huge.png", writeBytes(func(t testing.TB) []byte { return pngOf(t, 10000, 9000, 16, 6) }), scan.ErrTooLarge},
		{"gray-bomb.png", writeBytes(func(t testing.TB) []byte { return pngOf(t, 10000, 9000, 8, 0) }), ErrNoCodes},
		{"truncated.jpg", writeBytes(truncatedJPEG), scan.ErrCorrupt},
		{"bad-lines.txt", writeBytes(func(testing.TB) []byte { return badTypedLines(100_000) }), ErrTypedLines},
		{"fifo.png", makeFIFO, scan.ErrNotRegular},
		{"600-files", makeFolder(600), scan.ErrTooManyFiles},
		{"150MB.pdf", makeSparsePDF(150 << 20), scan.ErrTooLarge},
	}
}

// makeFolder returns a maker of a folder of n small PNG files.
func makeFolder(n int) func(testing.TB, string) {
	return func(t testing.TB, path string) {
		os.RemoveAll(path)
		if err := os.Mkdir(path, 0o700); err != nil {
			t.Fatal(err)
		}
		png := pngOf(t, 8, 8, 8, 0)
		for i := range n {
			if err := os.WriteFile(filepath.Join(path, fmt.Sprintf("IMG_%04d.png", i)), png, 0o600); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// makeSparsePDF returns a maker of a PDF header followed by size bytes of nothing
// (a sparse file: no disk is used).
func makeSparsePDF(size int64) func(testing.TB, string) {
	return func(t testing.TB, path string) {
		if err := os.WriteFile(path, []byte("%PDF-1.7\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Truncate(path, size); err != nil {
			t.Fatal(err)
		}
	}
}

// truncatedJPEG is the first half of a real photo-sized JPEG.
func truncatedJPEG(t testing.TB) []byte {
	page := newBackup(t.(*testing.T), sampleItems(3, "jpeg"))
	imgs, err := page.PageImages(150)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, imgs[0], nil); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()[:b.Len()/2]
}

// TestHostileFiles feeds every hostile file to a session: each gives a clear one-line
// error wrapping the expected sentinel, no panic, and nothing is written.
func TestHostileFiles(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("gigabyte bombs: skipped in -short and -race runs")
	}
	dir := os.Getenv(hostileEnv)
	if dir == "" {
		dir = t.TempDir()
	}
	for _, h := range hostileSuite() {
		path := filepath.Join(dir, h.name)
		os.RemoveAll(path)
		h.make(t, path)
		if os.Getenv(hostileEnv) != "" {
			continue
		}
		t.Run(h.name, func(t *testing.T) {
			before := listDir(t, dir)
			reports := NewSession().AddFiles([]string{path}, scan.Options{})
			var errs []error
			for _, r := range reports {
				if r.Err != nil {
					errs = append(errs, r.Err)
				}
			}
			if len(errs) == 0 {
				t.Fatalf("no error: %+v", reports)
			}
			if !slices.ContainsFunc(errs, func(err error) bool { return errors.Is(err, h.want) }) {
				t.Errorf("errors %v, want %v", errs, h.want)
			}
			for _, err := range errs {
				if msg := err.Error(); strings.Contains(msg, "\n") || len(msg) > 2000 {
					t.Errorf("error is not one short line (%d bytes): %.300q", len(msg), msg)
				}
				t.Logf("%s: %v", h.name, err)
			}
			if after := listDir(t, dir); !slices.Equal(before, after) {
				t.Errorf("files written: before %v, after %v", before, after)
			}
		})
	}
}

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}
