package scan

import (
	"image"
	"sort"
)

// regions finds rectangles of g that look like QR codes: compact, roughly
// square areas densely filled with dark/light detail. It works on a map of
// cells of `cell` pixels, marking cells with strong local contrast, closing
// small gaps and taking connected components. Largest regions come first.
func regions(g *image.Gray, cell int) []image.Rectangle {
	busy, cw, ch := busyCells(g, cell)
	busy = dilate(busy, cw, ch)
	busy = erode(busy, cw, ch)
	var out []image.Rectangle
	for _, c := range components(busy, cw, ch) {
		if looksLikeCode(c) {
			r := image.Rect(c.r.Min.X*cell, c.r.Min.Y*cell, c.r.Max.X*cell, c.r.Max.Y*cell)
			out = append(out, r.Intersect(g.Rect))
		}
	}
	sort.Slice(out, func(i, j int) bool { return area(out[i]) > area(out[j]) })
	return out
}

func area(r image.Rectangle) int { return r.Dx() * r.Dy() }

// busyCells marks each cell×cell block whose luminance range is large
// compared with the page's typical strong contrast.
func busyCells(g *image.Gray, cell int) ([]bool, int, int) {
	cw, ch := g.Rect.Dx()/cell, g.Rect.Dy()/cell
	rng := make([]int, cw*ch)
	for cy := 0; cy < ch; cy++ {
		for cx := 0; cx < cw; cx++ {
			lo, hi := 255, 0
			for y := cy * cell; y < (cy+1)*cell; y++ {
				row := g.Pix[y*g.Stride+cx*cell : y*g.Stride+(cx+1)*cell]
				for _, v := range row {
					lo, hi = min(lo, int(v)), max(hi, int(v))
				}
			}
			rng[cy*cw+cx] = hi - lo
		}
	}
	limit := max(20, percentile(rng, 0.97)*2/5)
	busy := make([]bool, len(rng))
	for i, v := range rng {
		busy[i] = v >= limit
	}
	return busy, cw, ch
}

// percentile returns the p-quantile of vs (vs is not modified).
func percentile(vs []int, p float64) int {
	if len(vs) == 0 {
		return 0
	}
	s := append([]int(nil), vs...)
	sort.Ints(s)
	return s[int(p*float64(len(s)-1))]
}

// dilate grows marked cells by one cell in 8 directions.
func dilate(m []bool, w, h int) []bool { return morph(m, w, h, true) }

// erode shrinks marked cells by one cell in 8 directions.
func erode(m []bool, w, h int) []bool { return morph(m, w, h, false) }

func morph(m []bool, w, h int, grow bool) []bool {
	out := make([]bool, len(m))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			v := !grow
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					xx, yy := x+dx, y+dy
					in := xx >= 0 && yy >= 0 && xx < w && yy < h && m[yy*w+xx]
					if grow && in {
						v = true
					}
					if !grow && !in {
						v = false
					}
				}
			}
			out[y*w+x] = v
		}
	}
	return out
}

// component is a 4-connected set of marked cells: its bounding box and size.
type component struct {
	r     image.Rectangle
	cells int
}

// components labels the 4-connected components of m.
func components(m []bool, w, h int) []component {
	seen := make([]bool, len(m))
	var out []component
	var stack []int
	for start := range m {
		if !m[start] || seen[start] {
			continue
		}
		var c component
		stack = append(stack[:0], start)
		seen[start] = true
		for len(stack) > 0 {
			i := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			x, y := i%w, i/w
			c.cells++
			c.r = c.r.Union(image.Rect(x, y, x+1, y+1))
			for _, n := range [4][2]int{{x - 1, y}, {x + 1, y}, {x, y - 1}, {x, y + 1}} {
				if n[0] >= 0 && n[1] >= 0 && n[0] < w && n[1] < h && m[n[1]*w+n[0]] && !seen[n[1]*w+n[0]] {
					seen[n[1]*w+n[0]] = true
					stack = append(stack, n[1]*w+n[0])
				}
			}
		}
		out = append(out, c)
	}
	return out
}

// looksLikeCode keeps components that are big enough, not too elongated and
// fairly solid (a square rotated 45° fills half its bounding box).
func looksLikeCode(c component) bool {
	w, h := c.r.Dx(), c.r.Dy()
	if w < 8 || h < 8 {
		return false
	}
	if w > 3*h || h > 3*w {
		return false
	}
	return float64(c.cells) >= 0.35*float64(w*h)
}
