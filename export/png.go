package export

import (
	"fmt"
	"image"
	"image/color"
	"math"
)

// PageImages renders every page as a grayscale image at dpi dots per inch, with the
// same layout as WritePDF: codes have the same position and module size. Text uses a
// built-in 5×7 bitmap font (ASCII; other characters show as '?').
func (b *Backup) PageImages(dpi int) ([]image.Image, error) {
	if dpi < 72 || dpi > 1200 {
		return nil, fmt.Errorf("page images: dpi %d outside 72..1200", dpi)
	}
	s := papers[b.Paper]
	pages := b.layout()
	out := make([]image.Image, 0, len(pages))
	for i, pg := range pages {
		c := newPNGCanvas(s, float64(dpi))
		if err := b.drawPage(c, pg, i+1, len(pages)); err != nil {
			return nil, fmt.Errorf("page images: %w", err)
		}
		out = append(out, c.img)
	}
	return out, nil
}

// pngCanvas draws black on a white grayscale image; px converts mm to pixels.
type pngCanvas struct {
	img *image.Gray
	ppm float64 // pixels per mm
}

func newPNGCanvas(s paperSpec, dpi float64) *pngCanvas {
	c := &pngCanvas{ppm: dpi / 25.4}
	c.img = image.NewGray(image.Rect(0, 0, c.px(s.w), c.px(s.h)))
	for i := range c.img.Pix {
		c.img.Pix[i] = 0xFF
	}
	return c
}

// px converts mm to the nearest pixel edge.
func (c *pngCanvas) px(mm float64) int { return int(math.Round(mm * c.ppm)) }

// fill blackens the pixels between the edges nearest to the mm rectangle.
func (c *pngCanvas) fill(x, y, w, h float64) {
	r := image.Rect(c.px(x), c.px(y), c.px(x+w), c.px(y+h)).Intersect(c.img.Rect)
	for py := r.Min.Y; py < r.Max.Y; py++ {
		for px := r.Min.X; px < r.Max.X; px++ {
			c.img.SetGray(px, py, color.Gray{})
		}
	}
}

func (c *pngCanvas) hline(x1, x2, y, width float64) {
	width = max(width, 1/c.ppm)
	c.fill(x1, y-width/2, x2-x1, width)
}

func (c *pngCanvas) qr(x, y, module float64, m [][]bool) {
	for row, line := range m {
		for col, dark := range line {
			if dark {
				c.fill(x+float64(col)*module, y+float64(row)*module, module, module)
			}
		}
	}
}

// text draws s with the bitmap font: a glyph pixel is size/10 pt, so a character
// advances 0.6 em like the PDF's Courier and capitals are 0.7 em tall.
func (c *pngCanvas) text(x, y float64, f fontSpec, a align, s string) {
	unit := f.size / 10 * mmPerPt
	runes := []rune(s)
	w := float64(len(runes)) * 6 * unit
	switch a {
	case alignCenter:
		x -= w / 2
	case alignRight:
		x -= w
	}
	for i, r := range runes {
		c.glyph(x+float64(i)*6*unit, y-7*unit, unit, f.bold, r)
	}
}

// asciiLike draws the few non-ASCII characters Coffer's pages use with the nearest
// ASCII glyph of the 5×7 font.
var asciiLike = map[rune]rune{'—': '-', '–': '-', '…': '.', '≤': '<', '≥': '>', '×': 'x'}

// glyph draws one character with its top-left corner at x, y.
func (c *pngCanvas) glyph(x, y, unit float64, bold bool, r rune) {
	if a, ok := asciiLike[r]; ok {
		r = a
	}
	if r < 32 || r > 126 {
		r = '?'
	}
	for col, bits := range font5x7[r-32] {
		for row := 0; row < 8; row++ {
			if bits>>row&1 == 0 {
				continue
			}
			w := unit
			if bold {
				w = unit * 1.5
			}
			c.fill(x+float64(col)*unit, y+float64(row)*unit, w, unit)
		}
	}
}
