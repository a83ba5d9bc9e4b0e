package scan

import (
	"bytes"
	"image"
	"image/jpeg"
	"os"
	"strings"
	"testing"
)

// The degradation suite: the committed fixture sheet (sheet_test.go) spoiled
// in the ways phones and cheap scanners spoil it, every image made in Go
// from fixed seeds, so each run reads the very same pixels.

// suiteCase is one image of the suite: how it is made from the one-page
// fixture sheet (rendered at dpi), and whether it is saved as JPEG (quality
// q) or PNG (q = 0), as a phone or a scanner would save it.
type suiteCase struct {
	name string
	dpi  int
	q    int
	make func(t testing.TB, g *image.Gray) *image.Gray
}

// phone is a phone photo case: the page at 300 dpi on a w×h desk photo.
func phone(w, h int, deg, fill, tilt, light, defocus float64, seed uint64) func(testing.TB, *image.Gray) *image.Gray {
	return func(_ testing.TB, g *image.Gray) *image.Gray {
		aspect := float64(g.Rect.Dy()) / float64(g.Rect.Dx())
		q := tiltedQuad(w, h, aspect, deg, fill*float64(max(w, h))/float64(h), tilt, 0, 0)
		return phoneShot(g, w, h, q, light, defocus, seed)
	}
}

func suiteCases() []suiteCase {
	f := func(fn func(g *image.Gray) *image.Gray) func(testing.TB, *image.Gray) *image.Gray {
		return func(_ testing.TB, g *image.Gray) *image.Gray { return fn(g) }
	}
	return []suiteCase{
		{"phone desk", 300, 80, phone(3024, 4032, 6, 0.8, 0.08, 0.3, 1.0, 1)},
		{"phone desk landscape", 300, 85, phone(4032, 3024, 93, 0.78, 0.12, 0.25, 1.3, 2)},
		{"phone desk q75 soft", 300, 75, phone(3024, 4032, -12, 0.72, 0.05, 0.2, 1.8, 3)},
		{"barrel", 150, 0, f(func(g *image.Gray) *image.Gray { return lensDistort(g, 0.12) })},
		{"pincushion", 150, 0, f(func(g *image.Gray) *image.Gray { return lensDistort(g, -0.1) })},
		{"curled paper", 150, 0, f(func(g *image.Gray) *image.Gray { return curl(g, 0.08) })},
		{"folds, shifted crease", 150, 0, f(func(g *image.Gray) *image.Gray { return folds(g, 0.05) })},
		{"glare hot spot", 150, 85, f(func(g *image.Gray) *image.Gray {
			return glare(g, float64(g.Rect.Dx())*0.45, float64(g.Rect.Dy())*0.4, float64(g.Rect.Dx())*0.25)
		})},
		{"low light", 300, 55, func(t testing.TB, g *image.Gray) *image.Gray {
			p := phone(3024, 4032, 3, 0.8, 0.06, 0.3, 1.4, 4)(t, g)
			return addNoise(mapPix(p, func(_, _ int, v float64) float64 { return 8 + v*0.3 }), 6, 5)
		}},
		{"faded toner, speckle", 150, 0, f(func(g *image.Gray) *image.Gray { return fade(g, 60, 0.08, 6) })},
		{"inkjet bleed", 150, 0, f(func(g *image.Gray) *image.Gray { return bleed(g, 0.8, 170) })},
		{"inkjet starved", 150, 0, f(func(g *image.Gray) *image.Gray { return bleed(g, 0.8, 85) })},
		{"1-bit 200dpi", 200, 0, f(func(g *image.Gray) *image.Gray { return oneBit(g, 7) })},
		{"motion blur", 150, 0, f(func(g *image.Gray) *image.Gray { return motionBlur(g, 4, 10) })},
		{"motion blur 300dpi", 300, 85, f(func(g *image.Gray) *image.Gray { return motionBlur(g, 8, -30) })},
		{"blur σ1.5", 150, 0, f(func(g *image.Gray) *image.Gray { return gaussBlur(g, 1.5) })},
		{"blur σ2", 150, 0, f(func(g *image.Gray) *image.Gray { return gaussBlur(g, 2) })},
		{"out of frame", 150, 0, f(func(g *image.Gray) *image.Gray { return outOfFrame(g, 0.8, 0.85) })},
		{"screenshot 96dpi", 192, 0, f(func(g *image.Gray) *image.Gray { return scale(g, 0.5) })},
		{"small photo 120dpi", 300, 80, f(func(g *image.Gray) *image.Gray { return gaussBlur(scale(g, 0.4), 0.6) })},
		{"small photo 100dpi", 300, 80, f(func(g *image.Gray) *image.Gray { return scale(g, 1.0/3) })},
	}
}

// twoPagesCase is the suite's photo of two pages side by side (the
// one-page fixture and the first page of the two-page one): its image and
// the codes on it.
func twoPagesCase(t testing.TB) (*image.Gray, []string) {
	a, b := realSheet(t, onePage, 1, 200), realSheet(t, twoPages, 2, 200)
	both := sideBySide(a.pages[0], b.pages[0])
	aspect := float64(both.Rect.Dy()) / float64(both.Rect.Dx())
	q := tiltedQuad(4032, 3024, aspect, 2, 0.95*3024/(4032*aspect)*aspect, 0.05, 0, 0)
	return phoneShot(both, 4032, 3024, q, 0.2, 1.0, 8), append(a.texts(0), b.texts(0)...)
}

// writeCase saves img as the case's file: JPEG at quality q, or PNG.
func writeCase(t testing.TB, dir, name string, q int, img *image.Gray) string {
	t.Helper()
	base := strings.NewReplacer(" ", "_", ",", "", "σ", "s").Replace(name)
	if q == 0 {
		return writeFile(t, dir, base+".png", encode(t, "png", img))
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: q}); err != nil {
		t.Fatal(err)
	}
	return writeFile(t, dir, base+".jpg", b.Bytes())
}

// suiteFiles writes every image of the suite to dir and returns the cases'
// names, paths and expected codes. With SUITE_DIR set, the files go there
// (to look at them, or to run other readers on them).
func suiteFiles(t testing.TB) (names, paths []string, want [][]string) {
	dir := suiteDir(t)
	for _, c := range suiteCases() {
		sh := realSheet(t, onePage, 1, c.dpi)
		names = append(names, c.name)
		paths = append(paths, writeCase(t, dir, c.name, c.q, c.make(t, sh.pages[0])))
		want = append(want, sh.texts(0))
	}
	img, codes := twoPagesCase(t)
	names = append(names, "two pages side by side")
	paths = append(paths, writeCase(t, dir, "two pages", 85, img))
	want = append(want, codes)
	return names, paths, want
}

// suiteDir is where the comparisons write their images: SUITE_DIR if set
// (to look at them, or run other readers on them), else a temporary folder.
func suiteDir(t testing.TB) string {
	dir := os.Getenv("SUITE_DIR")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestDegradationSuite reads every image of the suite with ScanFiles,
// zbarimg and ZXing C++, one after the other, logs the table and fails
// where we read fewer codes than the better of the two, or take more
// than twice zbarimg's time over the suite.
func TestDegradationSuite(t *testing.T) {
	needReferences(t)
	names, paths, want := suiteFiles(t)
	var rows []compared
	for i := range names {
		rows = append(rows, compareFile(t, names[i], paths[i], want[i]))
	}
	ours, zbar := reportCompared(t, rows)
	if ours > 2*zbar {
		t.Errorf("suite took %v, over twice zbarimg's %v", ours, zbar)
	}
}
