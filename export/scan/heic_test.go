package scan

import (
	"errors"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// heifEnc turns the JPEG at jpg into an HEIC file as an iPhone saves it, with
// heif-enc (Debian libheif-examples), and returns its path. It skips t when
// heif-enc is missing.
func heifEnc(t *testing.T, jpg string) string {
	t.Helper()
	if _, err := exec.LookPath("heif-enc"); err != nil {
		t.Skip("heif-enc not installed (apt-get install libheif-examples)")
	}
	out := filepath.Join(filepath.Dir(jpg), "IMG_0001.HEIC")
	if b, err := exec.Command("heif-enc", "-q", "80", "-o", out, jpg).CombinedOutput(); err != nil {
		t.Fatalf("heif-enc: %v\n%s", err, b)
	}
	return out
}

// TestHEICPhoto restores the items from an HEIC phone photo of the fixture
// sheet lying on a desk (made from the suite's phone photo by heif-enc).
func TestHEICPhoto(t *testing.T) {
	if raceEnabled {
		t.Skip("a 12-megapixel HEIC decoded in WebAssembly takes minutes under -race; CI runs it without")
	}
	s := realSheet(t, onePage, 1, 300)
	img := phone(3024, 4032, 6, 0.8, 0.08, 0.3, 1.0, 1)(t, s.pages[0])
	path := heifEnc(t, writeCase(t, t.TempDir(), "photo", 92, img))
	res := ScanFiles([]string{path}, Options{})
	if len(res) != 1 || res[0].Err != nil {
		t.Fatalf("results %+v", res)
	}
	checkCodes(t, res[0].Codes, s.texts(0))
	checkRestore(t, res[0].Codes, s)
}

// TestHEICLimits refuses HEIC photos over the budgets of other images, from
// the header, and a damaged HEIC with ErrCorrupt.
func TestHEICLimits(t *testing.T) {
	for _, c := range []struct {
		w, h, size int
		want       error
	}{
		{4032, 3024, 3 << 20, nil},
		{8064, 6048, 20 << 20, nil},          // 48 MP: 279 MiB
		{12000, 9000, 30 << 20, ErrTooLarge}, // 108 MP
		{9000, 7000, 30 << 20, ErrTooLarge},  // 63 MP: 360 MiB to decode
		{4032, 3024, 101 << 20, ErrTooLarge}, // file too big
		{0, 3024, 1 << 20, ErrCorrupt},
	} {
		err := checkHEIC(image.Config{Width: c.w, Height: c.h}, c.size)
		if !errors.Is(err, c.want) && !(c.want == nil && err == nil) {
			t.Errorf("%dx%d, %d bytes: %v, want %v", c.w, c.h, c.size, err, c.want)
		}
	}
	if _, err := exec.LookPath("heif-enc"); err != nil {
		t.Skip("heif-enc not installed (apt-get install libheif-examples)")
	}
	dir := t.TempDir()
	page := makePage(t, 5, 100, 1, 1, 100, 200)
	good, err := os.ReadFile(heifEnc(t, writeCase(t, dir, "small", 90, page.img)))
	if err != nil {
		t.Fatal(err)
	}
	cut := writeFile(t, dir, "cut.heic", good[:len(good)*2/3])
	res := ScanFiles([]string{cut}, Options{})
	if !errors.Is(res[0].Err, ErrCorrupt) {
		t.Errorf("truncated HEIC: %v, want ErrCorrupt", res[0].Err)
	}
}
