package scan

import (
	"image"
	"math"
	"math/rand/v2"
)

// Pure-Go damage of the kinds phones and cheap scanners do, for the
// degradation suite (suite_test.go). Every function is deterministic given
// its seed and returns a new image.

// warp makes a w×h image whose pixel (x, y) shows g at src(x+.5, y+.5)
// (page pixel centres), and bg(x, y) where that falls outside g.
func warp(g *image.Gray, w, h int, src func(x, y float64) (float64, float64), bg func(x, y int) float64) *image.Gray {
	out := image.NewGray(image.Rect(0, 0, w, h))
	gw, gh := float64(g.Rect.Dx()), float64(g.Rect.Dy())
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			u, v := src(float64(x)+0.5, float64(y)+0.5)
			if u < 0 || v < 0 || u >= gw || v >= gh {
				out.Pix[y*out.Stride+x] = clamp8(bg(x, y))
				continue
			}
			out.Pix[y*out.Stride+x] = sample(g, u-0.5, v-0.5)
		}
	}
	return out
}

// grey is a plain background of value v.
func grey(v float64) func(x, y int) float64 { return func(int, int) float64 { return v } }

// desk is a wood-like textured background: grain stripes bent by a slow
// wave, knots of darker colour, and fine noise (from seed).
func desk(seed uint64) func(x, y int) float64 {
	r := rand.New(rand.NewPCG(seed, 7))
	phase, freq, bend := r.Float64()*6, 0.02+r.Float64()*0.02, 20+r.Float64()*30
	noise := make([]float64, 4096)
	for i := range noise {
		noise[i] = r.NormFloat64() * 9
	}
	return func(x, y int) float64 {
		fx, fy := float64(x), float64(y)
		grain := math.Sin(freq*fy + bend*math.Sin(fx/400+phase)/10 + math.Sin(fx/37)*0.8)
		return 120 + 28*grain + noise[(x*31+y*17)&4095]
	}
}

// lensDistort bends the page as a cheap lens does: barrel for k > 0 (straight
// lines bow outwards), pincushion for k < 0. r is measured from the centre
// in units of half the diagonal.
func lensDistort(g *image.Gray, k float64) *image.Gray {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	cx, cy := float64(w)/2, float64(h)/2
	d := math.Hypot(cx, cy)
	// Normalised so the corners stay put: the whole page stays in frame
	// (k > -1/3 keeps the mapping monotonic).
	return warp(g, w, h, func(x, y float64) (float64, float64) {
		dx, dy := (x-cx)/d, (y-cy)/d
		f := (1 + k*(dx*dx+dy*dy)) / (1 + k)
		return cx + dx*d*f, cy + dy*d*f
	}, grey(90))
}

// curl lifts the middle of the page towards the camera, as paper that was
// rolled does: a sine bulge across the width makes the middle larger and
// squeezes the edges.
func curl(g *image.Gray, a float64) *image.Gray {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	fw, fh := float64(w), float64(h)
	return warp(g, w, h, func(x, y float64) (float64, float64) {
		t := x / fw
		u := x - a*fw*math.Sin(2*math.Pi*t)/(2*math.Pi)
		scale := 1 + a*math.Sin(math.Pi*t)
		v := fh/2 + (y-fh/2)/scale
		return u, v
	}, grey(90))
}

// folds folds the page in thirds, the creases off the thirds by shift (a
// fraction of the height): each panel lies at its own slight angle (shifted
// sideways and shaded), and each crease is a dark line with a shadow.
func folds(g *image.Gray, shift float64) *image.Gray {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	fh := float64(h)
	c1, c2 := fh*(1.0/3+shift), fh*(2.0/3+shift)
	out := warp(g, w, h, func(x, y float64) (float64, float64) {
		switch {
		case y > c2:
			return x - 3 - (y-c2)*0.004, y - 2
		case y > c1:
			return x + 2 + (y-c1)*0.006, y
		}
		return x, y
	}, grey(90))
	return mapPix(out, func(_, y int, v float64) float64 {
		fy := float64(y)
		d := min(math.Abs(fy-c1), math.Abs(fy-c2))
		if d < 1.5 {
			return v * 0.35
		}
		shade := 1 - 0.25*math.Exp(-d/12)
		if fy > c1 && fy < c2 {
			shade *= 0.88 // the middle panel faces away from the light
		}
		return v * shade
	})
}

// glare washes out a round hot spot of radius r (pixels) at (cx, cy), as a
// flash does on glossy paper: contrast there falls to a tenth.
func glare(g *image.Gray, cx, cy, r float64) *image.Gray {
	return mapPix(g, func(x, y int, v float64) float64 {
		d := math.Hypot(float64(x)-cx, float64(y)-cy) / r
		a := 0.9 * math.Exp(-d*d)
		return v + (255-v)*a
	})
}

// fade makes toner faded to ink level dark (black prints as dark) and
// sprinkles white speckle over a fraction p of the dark area in dots of
// one to two pixels (seeded).
func fade(g *image.Gray, dark, p float64, seed uint64) *image.Gray {
	r := rand.New(rand.NewPCG(seed, 11))
	out := mapPix(g, func(_, _ int, v float64) float64 { return 255 - (255-v)*(255-dark)/255 })
	w, h := out.Rect.Dx(), out.Rect.Dy()
	for n := int(p * float64(w*h) / 2); n > 0; n-- {
		x, y := r.IntN(w-1), r.IntN(h-1)
		if g.Pix[y*g.Stride+x] > 128 {
			continue
		}
		out.Pix[y*out.Stride+x] = 250
		if r.IntN(2) == 0 {
			out.Pix[y*out.Stride+x+1] = 245
			out.Pix[(y+1)*out.Stride+x] = 245
		}
	}
	return out
}

// bleed fattens (cut > 128) or thins (cut < 128) dark modules as inkjet ink
// spreading or a starved cartridge does: the page blurred by sigma is
// thresholded at cut, then softened a little as a scanner sees it.
func bleed(g *image.Gray, sigma, cut float64) *image.Gray {
	b := gaussBlur(g, sigma)
	return gaussBlur(mapPix(b, func(_, _ int, v float64) float64 {
		if v < cut {
			return 20
		}
		return 240
	}), 0.6)
}

// oneBit is a black-and-white scan: a little blur and noise, then a fixed
// threshold at 128.
func oneBit(g *image.Gray, seed uint64) *image.Gray {
	n := addNoise(gaussBlur(g, 0.7), 10, int64(seed))
	return mapPix(n, func(_, _ int, v float64) float64 {
		if v < 128 {
			return 0
		}
		return 255
	})
}

// motionBlur smears g along angle deg (degrees) over n pixels: a hand that
// moved while the shutter was open.
func motionBlur(g *image.Gray, n int, deg float64) *image.Gray {
	s, c := math.Sincos(deg * math.Pi / 180)
	w, h := g.Rect.Dx(), g.Rect.Dy()
	out := image.NewGray(g.Rect)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			var acc float64
			for i := 0; i < n; i++ {
				t := float64(i) - float64(n-1)/2
				acc += float64(sample(g, float64(x)+t*c, float64(y)+t*s))
			}
			out.Pix[y*out.Stride+x] = clamp8(acc / float64(n))
		}
	}
	return out
}

// outOfFrame keeps only the left part of the page (a fraction keep of its
// width) and the top, as a photo that missed the page's right edge.
func outOfFrame(g *image.Gray, keepW, keepH float64) *image.Gray {
	r := image.Rect(0, 0, int(keepW*float64(g.Rect.Dx())), int(keepH*float64(g.Rect.Dy())))
	return crop(g, r)
}

// sideBySide lays pages a and b next to each other on a grey table with a
// margin, both at the same scale.
func sideBySide(a, b *image.Gray) *image.Gray {
	m := a.Rect.Dx() / 20
	w := a.Rect.Dx() + b.Rect.Dx() + 3*m
	h := max(a.Rect.Dy(), b.Rect.Dy()) + 2*m
	out := image.NewGray(image.Rect(0, 0, w, h))
	for i := range out.Pix {
		out.Pix[i] = 100
	}
	paste := func(g *image.Gray, x0 int) {
		for y := 0; y < g.Rect.Dy(); y++ {
			copy(out.Pix[(y+m)*out.Stride+x0:], g.Pix[y*g.Stride:y*g.Stride+g.Rect.Dx()])
		}
	}
	paste(a, m)
	paste(b, 2*m+a.Rect.Dx())
	return out
}

// phoneShot is a phone photo of page lying on a desk: a w×h frame showing
// the desk texture, the page's corners at quad (tl, tr, br, bl, in frame
// pixels), light falling off towards one side, a slightly soft lens and
// sensor noise. JPEG compression is the caller's.
func phoneShot(page *image.Gray, w, h int, quad [4][2]float64, light, defocus float64, seed uint64) *image.Gray {
	pw, ph := float64(page.Rect.Dx()), float64(page.Rect.Dy())
	hm := homography(quad, [4][2]float64{{0, 0}, {pw, 0}, {pw, ph}, {0, ph}})
	img := warp(page, w, h, func(x, y float64) (float64, float64) {
		d := hm[6]*x + hm[7]*y + 1
		return (hm[0]*x + hm[1]*y + hm[2]) / d, (hm[3]*x + hm[4]*y + hm[5]) / d
	}, desk(seed))
	fw := float64(w)
	img = mapPix(img, func(x, _ int, v float64) float64 { return v * (1 - light*float64(x)/fw) })
	if defocus > 0 {
		img = gaussBlur(img, defocus)
	}
	return addNoise(img, 4, int64(seed))
}

// tiltedQuad is where a page of aspect ratio ph/pw lands in a w×h frame
// photographed from an angle: turned by deg, filling fill of the frame's
// height, its top edge shorter by tilt (a fraction), shifted by (dx, dy).
func tiltedQuad(w, h int, aspect, deg, fill, tilt, dx, dy float64) [4][2]float64 {
	ph := fill * float64(h)
	pw := ph / aspect
	cx, cy := float64(w)/2+dx, float64(h)/2+dy
	corners := [4][2]float64{{-pw / 2 * (1 - tilt), -ph / 2}, {pw / 2 * (1 - tilt), -ph / 2}, {pw / 2, ph / 2}, {-pw / 2, ph / 2}}
	s, c := math.Sincos(deg * math.Pi / 180)
	var q [4][2]float64
	for i, p := range corners {
		q[i] = [2]float64{cx + c*p[0] - s*p[1], cy + s*p[0] + c*p[1]}
	}
	return q
}
