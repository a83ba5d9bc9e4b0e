package scan

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math/rand"
	"testing"

	qr "github.com/skip2/go-qrcode"
	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/math/fixed"
)

// testPage is a rasterized backup sheet: the image, the texts of its codes
// and where each code is (in pixels), for tests that damage one of them.
type testPage struct {
	img   *image.Gray
	texts []string
	boxes []image.Rectangle
}

// alnum is the QR alphanumeric alphabet restricted to what Coffer writes.
const alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

// randomText returns n random alphanumeric characters from rng.
func randomText(rng *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alnum[rng.Intn(len(alnum))]
	}
	return string(b)
}

// makePage renders an A4 page at dpi with a cols×rows grid of level-M codes
// (module 0.5 mm, 4-module quiet zone) of random texts of minLen..maxLen
// characters, with a title and a label under each code.
func makePage(t testing.TB, seed int64, dpi float64, cols, rows, minLen, maxLen int) testPage {
	t.Helper()
	rng := rand.New(rand.NewSource(seed))
	mm := dpi / 25.4
	w, h := int(210*mm), int(297*mm)
	g := image.NewGray(image.Rect(0, 0, w, h))
	draw.Draw(g, g.Rect, image.White, image.Point{}, draw.Src)
	label(g, int(15*mm), int(12*mm), fmt.Sprintf("COFFER PAPER BACKUP  page 1/1  seed %d", seed))
	var p testPage
	p.img = g
	cellW, cellH := 180*mm/float64(cols), 265*mm/float64(rows)
	for i := 0; i < cols*rows; i++ {
		text := randomText(rng, minLen+rng.Intn(maxLen-minLen+1))
		code, err := qr.New(text, qr.Medium)
		if err != nil {
			t.Fatal(err)
		}
		bits := code.Bitmap()
		side := float64(len(bits)) * 0.5 * mm
		x0 := 15*mm + float64(i%cols)*cellW + (cellW-side)/2
		y0 := 20*mm + float64(i/cols)*cellH
		box := drawModules(g, bits, x0, y0, 0.5*mm)
		label(g, box.Min.X+int(4*mm), box.Max.Y+int(1*mm), fmt.Sprintf("CODE %d OF %d  %d CHARS", i+1, cols*rows, len(text)))
		p.texts = append(p.texts, text)
		p.boxes = append(p.boxes, box)
	}
	return p
}

// drawModules paints the code bitmap at (x0,y0) with module size m pixels,
// area-averaging each pixel (4×4 supersampling) as a scanner would.
func drawModules(g *image.Gray, bits [][]bool, x0, y0, m float64) image.Rectangle {
	n := len(bits)
	box := image.Rect(int(x0), int(y0), int(x0+float64(n)*m)+1, int(y0+float64(n)*m)+1).Intersect(g.Rect)
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			dark := 0
			for sy := 0; sy < 4; sy++ {
				for sx := 0; sx < 4; sx++ {
					mx := int((float64(x) + (float64(sx)+0.5)/4 - x0) / m)
					my := int((float64(y) + (float64(sy)+0.5)/4 - y0) / m)
					if mx >= 0 && my >= 0 && mx < n && my < n && bits[my][mx] {
						dark++
					}
				}
			}
			g.Pix[y*g.Stride+x] = uint8(255 - dark*255/16)
		}
	}
	return box
}

// label writes s at (x,y) in a small bitmap font.
func label(g *image.Gray, x, y int, s string) {
	d := font.Drawer{Dst: g, Src: image.NewUniform(color.Gray{40}), Face: basicfont.Face7x13,
		Dot: fixed.P(x, y+13)}
	d.DrawString(s)
}
