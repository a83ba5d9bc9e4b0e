package scan

import (
	"image"
	"math"
)

// crop returns a copy of r ∩ bounds of g, with origin (0,0).
func crop(g *image.Gray, r image.Rectangle) *image.Gray {
	r = r.Intersect(g.Rect)
	out := image.NewGray(image.Rect(0, 0, r.Dx(), r.Dy()))
	for y := 0; y < r.Dy(); y++ {
		copy(out.Pix[y*out.Stride:(y+1)*out.Stride], g.Pix[g.PixOffset(r.Min.X, r.Min.Y+y):])
	}
	return out
}

// scale resizes g by factor f: area averaging when shrinking, bilinear when growing.
func scale(g *image.Gray, f float64) *image.Gray {
	if f == 1 {
		return g
	}
	return scaleRows(g.Rect.Dx(), g.Rect.Dy(), grayPixRows(g), f)
}

// grayPixRows returns g's rows as a row function for scaleRows.
func grayPixRows(g *image.Gray) func(y int) []uint8 {
	w := g.Rect.Dx()
	return func(y int) []uint8 { return g.Pix[y*g.Stride : y*g.Stride+w] }
}

// scaleRows resizes a w×h grey image given by its rows (see grayRows) by
// factor f, asking for rows in increasing order and holding two at most:
// k×k block averaging by the largest whole k ≤ 1/f, then bilinear for the rest.
func scaleRows(w, h int, row func(y int) []uint8, f float64) *image.Gray {
	if f < 1 {
		if k := int(1 / f); k >= 2 {
			g := boxShrinkRows(w, h, k, row)
			w, h, row, f = g.Rect.Dx(), g.Rect.Dy(), grayPixRows(g), f*float64(k)
		}
	}
	nw := max(1, int(math.Round(float64(w)*f)))
	nh := max(1, int(math.Round(float64(h)*f)))
	return bilinearRows(w, h, nw, nh, row)
}

// boxShrinkRows averages k×k blocks of a w×h image given by its rows.
func boxShrinkRows(gw, gh, k int, row func(y int) []uint8) *image.Gray {
	w, h := gw/k, gh/k
	out := image.NewGray(image.Rect(0, 0, max(w, 1), max(h, 1)))
	sum := make([]int, w)
	for y := 0; y < h; y++ {
		clear(sum)
		for dy := 0; dy < k; dy++ {
			row := row(y*k + dy)
			for x := 0; x < w; x++ {
				for dx := 0; dx < k; dx++ {
					sum[x] += int(row[x*k+dx])
				}
			}
		}
		for x := 0; x < w; x++ {
			out.Pix[y*out.Stride+x] = uint8(sum[x] / (k * k))
		}
	}
	return out
}

// bilinearRows resamples a gw×gh image given by its rows to w×h. It holds
// at most two source rows at a time and asks for rows in increasing order
// when shrinking. Source columns and weights are computed once per column
// instead of once per pixel.
func bilinearRows(gw, gh, w, h int, src func(y int) []uint8) *image.Gray {
	out := image.NewGray(image.Rect(0, 0, w, h))
	sx := float64(gw) / float64(w)
	sy := float64(gh) / float64(h)
	xs := make([]int, w)
	ax := make([]float64, w)
	for x := range xs {
		fx := (float64(x)+0.5)*sx - 0.5
		xs[x] = int(math.Floor(fx))
		ax[x] = fx - float64(xs[x])
	}
	white := make([]uint8, gw)
	for i := range white {
		white[i] = 255
	}
	row := func(y int) []uint8 {
		if y < 0 || y >= gh {
			return white
		}
		return src(y)
	}
	px := func(r []uint8, x int) float64 {
		if x < 0 || x >= gw {
			return 255
		}
		return float64(r[x])
	}
	for y := 0; y < h; y++ {
		fy := (float64(y)+0.5)*sy - 0.5
		y0 := int(math.Floor(fy))
		ay := fy - float64(y0)
		r0, r1 := row(y0), row(y0+1)
		o := out.Pix[y*out.Stride : y*out.Stride+w]
		for x, x0 := range xs {
			a := ax[x]
			top := px(r0, x0)*(1-a) + px(r0, x0+1)*a
			bot := px(r1, x0)*(1-a) + px(r1, x0+1)*a
			o[x] = uint8(top*(1-ay) + bot*ay + 0.5)
		}
	}
	return out
}

// sample reads g at fractional (fx, fy) with bilinear interpolation; outside is white.
func sample(g *image.Gray, fx, fy float64) uint8 {
	x0, y0 := int(math.Floor(fx)), int(math.Floor(fy))
	ax, ay := fx-float64(x0), fy-float64(y0)
	p := func(x, y int) float64 {
		if x < 0 || y < 0 || x >= g.Rect.Dx() || y >= g.Rect.Dy() {
			return 255
		}
		return float64(g.Pix[y*g.Stride+x])
	}
	top := p(x0, y0)*(1-ax) + p(x0+1, y0)*ax
	bot := p(x0, y0+1)*(1-ax) + p(x0+1, y0+1)*ax
	return uint8(top*(1-ay) + bot*ay + 0.5)
}

// rotate turns g by deg degrees counter-clockwise about its centre, growing the
// canvas so nothing is cut; new area is white.
func rotate(g *image.Gray, deg float64) *image.Gray {
	s, c := math.Sincos(deg * math.Pi / 180)
	w, h := float64(g.Rect.Dx()), float64(g.Rect.Dy())
	nw := int(math.Ceil(math.Abs(w*c) + math.Abs(h*s)))
	nh := int(math.Ceil(math.Abs(w*s) + math.Abs(h*c)))
	out := image.NewGray(image.Rect(0, 0, nw, nh))
	cx, cy, ncx, ncy := w/2, h/2, float64(nw)/2, float64(nh)/2
	for y := 0; y < nh; y++ {
		dy := float64(y) + 0.5 - ncy
		for x := 0; x < nw; x++ {
			dx := float64(x) + 0.5 - ncx
			out.Pix[y*out.Stride+x] = sample(g, c*dx-s*dy+cx-0.5, s*dx+c*dy+cy-0.5)
		}
	}
	return out
}

// boxMean returns g blurred with a (2r+1)² box filter (clamped at the
// edges: each pixel is the mean of the part of its window inside g). It
// slides column sums down the image and a window along each row, so it
// needs memory for one row only.
func boxMean(g *image.Gray, r int) *image.Gray {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	out := image.NewGray(image.Rect(0, 0, w, h))
	col := make([]int32, w) // sums of rows y0..y1-1 per column
	addRow := func(y int, sign int32) {
		for x, v := range g.Pix[y*g.Stride : y*g.Stride+w] {
			col[x] += sign * int32(v)
		}
	}
	y0, y1 := 0, 0
	for y := 0; y < h; y++ {
		for ; y1 < min(h, y+r+1); y1++ {
			addRow(y1, 1)
		}
		for ; y0 < max(0, y-r); y0++ {
			addRow(y0, -1)
		}
		rows := int32(y1 - y0)
		o := out.Pix[y*out.Stride : y*out.Stride+w]
		var s int32
		x0, x1 := 0, 0
		for x := 0; x < w; x++ {
			for ; x1 < min(w, x+r+1); x1++ {
				s += col[x1]
			}
			for ; x0 < max(0, x-r); x0++ {
				s -= col[x0]
			}
			o[x] = uint8(s / (rows * int32(x1-x0)))
		}
	}
	return out
}

// unsharp sharpens g: v + amount·(v − blur_r(v)), clamped.
func unsharp(g *image.Gray, r int, amount float64) *image.Gray {
	b := boxMean(boxMean(g, r), r)
	out := image.NewGray(g.Rect)
	for i, v := range g.Pix {
		out.Pix[i] = clamp8(float64(v) + amount*(float64(v)-float64(b.Pix[i])))
	}
	return out
}

// threshold binarizes g against the local mean of a (2r+1)² window: a pixel is
// black when it is darker than mean·(1−k). The result is 0/255, which any
// binarizer downstream keeps as is. It copes with uneven light and low contrast.
func threshold(g *image.Gray, r int, k float64) *image.Gray {
	m := boxMean(g, r)
	out := image.NewGray(g.Rect)
	for i, v := range g.Pix {
		if float64(v) < float64(m.Pix[i])*(1-k) {
			out.Pix[i] = 0
		} else {
			out.Pix[i] = 255
		}
	}
	return out
}

func clamp8(v float64) uint8 {
	switch {
	case v <= 0:
		return 0
	case v >= 255:
		return 255
	}
	return uint8(v + 0.5)
}

// despeckle removes white specks of a pixel or two from dark areas (faded
// toner, dust on the scanner glass): a 3×3 minimum, which fills them, then a
// 3×3 maximum, which gives dark areas back their size (a morphological
// opening of the light areas). Light modules of 3 pixels or more survive.
func despeckle(g *image.Gray) *image.Gray { return extremum(extremum(g, false), true) }

// extremum returns the 3×3 maximum (max) or minimum of g, clamped at the edges.
func extremum(g *image.Gray, max3 bool) *image.Gray {
	pick := func(a, b uint8) uint8 {
		if (a > b) == max3 {
			return a
		}
		return b
	}
	w, h := g.Rect.Dx(), g.Rect.Dy()
	rows := image.NewGray(g.Rect)
	for y := 0; y < h; y++ {
		in, out := g.Pix[y*g.Stride:y*g.Stride+w], rows.Pix[y*rows.Stride:y*rows.Stride+w]
		for x := range in {
			v := in[x]
			if x > 0 {
				v = pick(v, in[x-1])
			}
			if x < w-1 {
				v = pick(v, in[x+1])
			}
			out[x] = v
		}
	}
	out := image.NewGray(g.Rect)
	for y := 0; y < h; y++ {
		o := out.Pix[y*out.Stride : y*out.Stride+w]
		copy(o, rows.Pix[y*rows.Stride:y*rows.Stride+w])
		for _, yy := range []int{y - 1, y + 1} {
			if yy < 0 || yy >= h {
				continue
			}
			r := rows.Pix[yy*rows.Stride : yy*rows.Stride+w]
			for x := range o {
				o[x] = pick(o[x], r[x])
			}
		}
	}
	return out
}
