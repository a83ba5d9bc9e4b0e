package scan

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"math/rand"
	"testing"
)

// TestWorkGray checks that the one-pass conversion and shrink gives the
// same pixels as converting at full size and shrinking, for each fast path,
// sub-images and each kind of shrink (none, bilinear only, blocks then
// bilinear).
func TestWorkGray(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	fill := func(b []byte) []byte { rng.Read(b); return b }
	for _, size := range []image.Point{{300, 200}, {maxWorkSide, 50}, {5000, 120}, {130, 9000}, {13000, 40}} {
		r := image.Rect(0, 0, size.X, size.Y)
		gray := image.NewGray(r)
		fill(gray.Pix)
		rgba := image.NewRGBA(r)
		fill(rgba.Pix)
		nrgba := image.NewNRGBA(r)
		fill(nrgba.Pix)
		ycc := image.NewYCbCr(r, image.YCbCrSubsampleRatio420)
		fill(ycc.Y)
		pal := image.NewPaletted(r, color.Palette{color.Black, color.White, color.RGBA{200, 30, 40, 255}})
		for i := range pal.Pix {
			pal.Pix[i] = uint8(rng.Intn(3))
		}
		rgba64 := image.NewRGBA64(r)
		fill(rgba64.Pix)
		cmyk := image.NewCMYK(r)
		fill(cmyk.Pix)
		alpha := image.NewAlpha(r) // no fast path
		fill(alpha.Pix)
		sub := r.Inset(3).Add(image.Pt(1, 2)).Intersect(r)
		for _, img := range []image.Image{gray, rgba, nrgba, ycc, pal, rgba64, cmyk, alpha,
			gray.SubImage(sub), rgba.SubImage(sub), ycc.SubImage(sub), pal.SubImage(sub)} {
			name := fmt.Sprintf("%T %v", img, img.Bounds())
			want := toGrayAt(img)
			if long := max(want.Rect.Dx(), want.Rect.Dy()); long > maxWorkSide {
				want = scaleOld(want, float64(maxWorkSide)/float64(long))
			}
			got := workGray(img)
			if got.Rect != want.Rect || !bytes.Equal(got.Pix, want.Pix) {
				t.Errorf("%s: workGray differs from scale(toGray): %v vs %v", name, got.Rect, want.Rect)
			}
		}
	}
}

// toGrayAt is the reference conversion, pixel by pixel through At, with
// the fast paths' convention of ignoring alpha and using high bytes.
func toGrayAt(img image.Image) *image.Gray {
	b := img.Bounds()
	g := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			var v uint8
			switch m := img.(type) {
			case *image.Gray, *image.YCbCr, *image.Paletted, *image.Alpha:
				v = color.GrayModel.Convert(m.At(b.Min.X+x, b.Min.Y+y)).(color.Gray).Y
				if ycc, ok := m.(*image.YCbCr); ok {
					v = ycc.YCbCrAt(b.Min.X+x, b.Min.Y+y).Y
				}
			case *image.RGBA:
				c := m.RGBAAt(b.Min.X+x, b.Min.Y+y)
				v = lumaRGB(int(c.R), int(c.G), int(c.B))
			case *image.NRGBA:
				c := m.NRGBAAt(b.Min.X+x, b.Min.Y+y)
				v = lumaRGB(int(c.R), int(c.G), int(c.B))
			case *image.RGBA64:
				c := m.RGBA64At(b.Min.X+x, b.Min.Y+y)
				v = lumaRGB(int(c.R>>8), int(c.G>>8), int(c.B>>8))
			case *image.CMYK:
				c := m.CMYKAt(b.Min.X+x, b.Min.Y+y)
				r, gg, bb := color.CMYKToRGB(c.C, c.M, c.Y, c.K)
				v = lumaRGB(int(r), int(gg), int(bb))
			}
			g.Pix[y*g.Stride+x] = v
		}
	}
	return g
}

// scaleOld is scale as it was before it read rows: block-average the
// whole image, then bilinear.
func scaleOld(g *image.Gray, f float64) *image.Gray {
	if k := int(1 / f); f < 1 && k >= 2 {
		w, h := g.Rect.Dx()/k, g.Rect.Dy()/k
		out := image.NewGray(image.Rect(0, 0, max(w, 1), max(h, 1)))
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				s := 0
				for dy := 0; dy < k; dy++ {
					for dx := 0; dx < k; dx++ {
						s += int(g.Pix[(y*k+dy)*g.Stride+x*k+dx])
					}
				}
				out.Pix[y*out.Stride+x] = uint8(s / (k * k))
			}
		}
		g, f = out, f*float64(k)
	}
	w := max(1, int(float64(g.Rect.Dx())*f+0.5))
	h := max(1, int(float64(g.Rect.Dy())*f+0.5))
	out := image.NewGray(image.Rect(0, 0, w, h))
	sx, sy := float64(g.Rect.Dx())/float64(w), float64(g.Rect.Dy())/float64(h)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			out.Pix[y*out.Stride+x] = sample(g, (float64(x)+0.5)*sx-0.5, (float64(y)+0.5)*sy-0.5)
		}
	}
	return out
}
