package scan

import (
	"bytes"
	"image"
	"image/jpeg"
	"math"
	"math/rand"
	"testing"
)

// Pure-Go page damage for the robustness suite. Each returns a new image.

// gaussBlur blurs g with a separable Gaussian of standard deviation sigma.
func gaussBlur(g *image.Gray, sigma float64) *image.Gray {
	r := int(math.Ceil(3 * sigma))
	k := make([]float64, 2*r+1)
	var sum float64
	for i := range k {
		d := float64(i - r)
		k[i] = math.Exp(-d * d / (2 * sigma * sigma))
		sum += k[i]
	}
	for i := range k {
		k[i] /= sum
	}
	return convolve1(convolve1(g, k, true), k, false)
}

func convolve1(g *image.Gray, k []float64, alongX bool) *image.Gray {
	r := len(k) / 2
	w, h := g.Rect.Dx(), g.Rect.Dy()
	out := image.NewGray(g.Rect)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			var acc float64
			for i, kv := range k {
				xx, yy := x, y
				if alongX {
					xx = min(max(x+i-r, 0), w-1)
				} else {
					yy = min(max(y+i-r, 0), h-1)
				}
				acc += kv * float64(g.Pix[yy*g.Stride+xx])
			}
			out.Pix[y*out.Stride+x] = clamp8(acc)
		}
	}
	return out
}

// addNoise adds Gaussian noise of standard deviation sd (fixed seed).
func addNoise(g *image.Gray, sd float64, seed int64) *image.Gray {
	rng := rand.New(rand.NewSource(seed))
	out := image.NewGray(g.Rect)
	for i, v := range g.Pix {
		out.Pix[i] = clamp8(float64(v) + rng.NormFloat64()*sd)
	}
	return out
}

// jpegRound encodes g as JPEG at quality q and decodes it again.
func jpegRound(t testing.TB, g *image.Gray, q int) *image.Gray {
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, g, &jpeg.Options{Quality: q}); err != nil {
		t.Fatal(err)
	}
	img, err := jpeg.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return toGray(img)
}

// mapPix applies f(x, y, v) to every pixel.
func mapPix(g *image.Gray, f func(x, y int, v float64) float64) *image.Gray {
	out := image.NewGray(g.Rect)
	for y := 0; y < g.Rect.Dy(); y++ {
		for x := 0; x < g.Rect.Dx(); x++ {
			out.Pix[y*out.Stride+x] = clamp8(f(x, y, float64(g.Pix[y*g.Stride+x])))
		}
	}
	return out
}

// lowContrast squeezes the range into 100..170 (grey paper, faded toner).
func lowContrast(g *image.Gray) *image.Gray {
	return mapPix(g, func(_, _ int, v float64) float64 { return 100 + v*70/255 })
}

// unevenLight darkens the page towards one corner down to 30% brightness,
// as a phone's shadow or a desk lamp does.
func unevenLight(g *image.Gray) *image.Gray {
	w, h := float64(g.Rect.Dx()), float64(g.Rect.Dy())
	return mapPix(g, func(x, y int, v float64) float64 {
		d := math.Hypot(float64(x)/w, float64(y)/h) / math.Sqrt2
		return v * (1 - 0.7*d)
	})
}

// blot paints a black ellipse over r (spilled coffee).
func blot(g *image.Gray, r image.Rectangle) *image.Gray {
	cx, cy := float64(r.Min.X+r.Max.X)/2, float64(r.Min.Y+r.Max.Y)/2
	rx, ry := float64(r.Dx())*0.3, float64(r.Dy())*0.3
	return mapPix(g, func(x, y int, v float64) float64 {
		dx, dy := (float64(x)-cx)/rx, (float64(y)-cy)/ry
		if dx*dx+dy*dy <= 1 {
			return 20
		}
		return v
	})
}

// perspective maps the page onto a quadrilateral whose corners are moved
// inwards by the given fractions (tl, tr, br, bl x-shifts; top edge shorter),
// like a photo taken at an angle. Outside is a grey table.
func perspective(g *image.Gray, k float64) *image.Gray {
	w, h := float64(g.Rect.Dx()), float64(g.Rect.Dy())
	dst := [4][2]float64{{k * w, 0.3 * k * h}, {w - 0.5*k*w, 0}, {w, h}, {0, h - 0.4*k*h}}
	src := [4][2]float64{{0, 0}, {w, 0}, {w, h}, {0, h}}
	hm := homography(dst, src) // output pixel → page pixel
	out := image.NewGray(g.Rect)
	for y := 0; y < g.Rect.Dy(); y++ {
		for x := 0; x < g.Rect.Dx(); x++ {
			X, Y := float64(x)+0.5, float64(y)+0.5
			d := hm[6]*X + hm[7]*Y + 1
			u, v := (hm[0]*X+hm[1]*Y+hm[2])/d, (hm[3]*X+hm[4]*Y+hm[5])/d
			if u < 0 || v < 0 || u >= w || v >= h {
				out.Pix[y*out.Stride+x] = 90
				continue
			}
			out.Pix[y*out.Stride+x] = sample(g, u-0.5, v-0.5)
		}
	}
	return out
}

// homography solves for the 8 coefficients mapping from[i] to to[i].
func homography(from, to [4][2]float64) [8]float64 {
	var a [8][9]float64
	for i := 0; i < 4; i++ {
		x, y, u, v := from[i][0], from[i][1], to[i][0], to[i][1]
		a[2*i] = [9]float64{x, y, 1, 0, 0, 0, -u * x, -u * y, u}
		a[2*i+1] = [9]float64{0, 0, 0, x, y, 1, -v * x, -v * y, v}
	}
	for c := 0; c < 8; c++ { // Gauss-Jordan with partial pivoting
		p := c
		for r := c + 1; r < 8; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		for r := 0; r < 8; r++ {
			if r != c {
				f := a[r][c] / a[c][c]
				for k := c; k < 9; k++ {
					a[r][k] -= f * a[c][k]
				}
			}
		}
	}
	var hm [8]float64
	for i := range hm {
		hm[i] = a[i][8] / a[i][i]
	}
	return hm
}
