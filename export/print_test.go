package export

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// needTools skips the test when the external checkers are not installed.
func needTools(t *testing.T, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (apt-get install poppler-utils zbar-tools): skipping print check", tool)
		}
	}
}

// zbarTexts returns the QR texts zbarimg reads in one image file.
func zbarTexts(t *testing.T, file string) []string {
	t.Helper()
	out, err := exec.Command("zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", file).Output()
	if err != nil && len(out) == 0 {
		return nil // zbarimg exits 4 when it finds nothing
	}
	return strings.Fields(string(out))
}

// codeTexts is the sorted QR texts of the frames on a code page.
func codeTexts(b *Backup, page int) []string {
	var want []string
	for _, i := range b.Pages[page] {
		want = append(want, b.Frames[i].Text())
	}
	sort.Strings(want)
	return want
}

// assertPageCodes checks that zbarimg reads exactly the page's codes from file.
func assertPageCodes(t *testing.T, b *Backup, page int, file string) {
	t.Helper()
	got := zbarTexts(t, file)
	sort.Strings(got)
	if want := codeTexts(b, page); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s: zbarimg read %d of %d codes of page %d", filepath.Base(file), len(got), len(want), page+1)
	}
}

func TestPrintedPDFScans(t *testing.T) {
	needTools(t, "pdftoppm", "zbarimg")
	n := 100
	if testing.Short() {
		n = 30
	}
	for _, p := range []Paper{A4, Letter} {
		t.Run(string(p), func(t *testing.T) {
			t.Parallel()
			b := printFixture(t, p, n)
			dir := t.TempDir()
			file := writeBackupPDF(t, b, dir)
			last := fmt.Sprint(len(b.Pages))
			out, err := exec.Command("pdftoppm", "-r", "150", "-png", "-l", last, file, filepath.Join(dir, "p")).CombinedOutput()
			if err != nil {
				t.Fatalf("pdftoppm: %v: %s", err, out)
			}
			pngs, _ := filepath.Glob(filepath.Join(dir, "p-*.png"))
			sort.Strings(pngs)
			if len(pngs) != len(b.Pages) {
				t.Fatalf("pdftoppm made %d code pages, want %d", len(pngs), len(b.Pages))
			}
			for i, f := range pngs {
				assertPageCodes(t, b, i, f)
			}
		})
	}
}

func TestPageImagesScan(t *testing.T) {
	needTools(t, "zbarimg")
	for _, p := range []Paper{A4, Letter} {
		t.Run(string(p), func(t *testing.T) {
			b := printFixture(t, p, 40)
			imgs, err := b.PageImages(150)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			for i := range b.Pages {
				file := filepath.Join(dir, fmt.Sprintf("page-%d.png", i+1))
				var buf bytes.Buffer
				if err := png.Encode(&buf, imgs[i]); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, buf.Bytes(), 0o600); err != nil {
					t.Fatal(err)
				}
				assertPageCodes(t, b, i, file)
			}
		})
	}
}

// printFixture returns the code pages (no text pages) of a backup of n sample items
// on paper p, from the committed frames in testdata/print/ (PRINT_FIXTURES=write
// makes them afresh). A backup made afresh each run would print other codes every
// time (its ID and its encryption are random), and zbarimg misses a code on about
// one page in ten of those at 150 dpi, so the check would fail one run in several
// without anything having changed.
func printFixture(t *testing.T, p Paper, n int) *Backup {
	t.Helper()
	o := testOpts(p)
	o.NoText = true
	path := filepath.Join("testdata", "print", fmt.Sprintf("items-%d-%s.txt", n, p))
	if os.Getenv("PRINT_FIXTURES") == "write" {
		b, err := Create(sampleItems(n), "v", testPass, o)
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, f := range b.Frames {
			lines = append(lines, f.Text())
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("print fixture (make it with PRINT_FIXTURES=write go test -run TestPrintedPDFScans ./export/): %v", err)
	}
	o, _ = o.withDefaults()
	b := &Backup{Created: testNow, Paper: p, opts: o}
	for _, line := range strings.Fields(string(data)) {
		f, err := ParseFrame(line)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		b.ID, b.DataFrames, b.ParityFrames = f.BackupID, f.DataCount, f.ParityCount
		for len(b.Pages) <= f.Index/f.PerPage {
			b.Pages = append(b.Pages, nil)
		}
		b.Pages[f.Index/f.PerPage] = append(b.Pages[f.Index/f.PerPage], len(b.Frames))
		b.Frames = append(b.Frames, f)
	}
	return b
}

// writeBackupPDF writes b's PDF as dir/backup.pdf and returns its path.
func writeBackupPDF(t *testing.T, b *Backup, dir string) string {
	t.Helper()
	var pdf bytes.Buffer
	if err := b.WritePDF(&pdf); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "backup.pdf")
	if err := os.WriteFile(file, pdf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return file
}
