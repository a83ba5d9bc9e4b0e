package scan

import (
	"image"
	"image/color"
)

// toGray converts img to an 8-bit luminance image with origin (0,0).
// Common decoder outputs take fast paths; anything else goes through color.GrayModel.
func toGray(img image.Image) *image.Gray {
	b := img.Bounds()
	g := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
	switch src := img.(type) {
	case *image.Gray:
		for y := 0; y < b.Dy(); y++ {
			copy(g.Pix[y*g.Stride:(y+1)*g.Stride], src.Pix[src.PixOffset(b.Min.X, b.Min.Y+y):])
		}
	case *image.YCbCr:
		for y := 0; y < b.Dy(); y++ {
			copy(g.Pix[y*g.Stride:(y+1)*g.Stride], src.Y[src.YOffset(b.Min.X, b.Min.Y+y):])
		}
	case *image.RGBA:
		rgbaToGray(g, src.Pix, src.Stride, src.PixOffset(b.Min.X, b.Min.Y))
	case *image.NRGBA:
		rgbaToGray(g, src.Pix, src.Stride, src.PixOffset(b.Min.X, b.Min.Y))
	case *image.Paletted:
		palettedToGray(g, src)
	default:
		for y := 0; y < b.Dy(); y++ {
			for x := 0; x < b.Dx(); x++ {
				g.Pix[y*g.Stride+x] = color.GrayModel.Convert(img.At(b.Min.X+x, b.Min.Y+y)).(color.Gray).Y
			}
		}
	}
	return g
}

// rgbaToGray fills g from 4-byte-per-pixel data (alpha ignored, which suits
// opaque scans) starting at offset off.
func rgbaToGray(g *image.Gray, pix []byte, stride, off int) {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	for y := 0; y < h; y++ {
		row := pix[off+y*stride:]
		out := g.Pix[y*g.Stride:]
		for x := 0; x < w; x++ {
			r, gg, bb := int(row[4*x]), int(row[4*x+1]), int(row[4*x+2])
			out[x] = uint8((19595*r + 38470*gg + 7471*bb + 1<<15) >> 16)
		}
	}
}

// palettedToGray converts a paletted image through a precomputed gray palette.
func palettedToGray(g *image.Gray, src *image.Paletted) {
	var lut [256]uint8
	for i, c := range src.Palette {
		lut[i] = color.GrayModel.Convert(c).(color.Gray).Y
	}
	b := src.Bounds()
	for y := 0; y < b.Dy(); y++ {
		row := src.Pix[src.PixOffset(b.Min.X, b.Min.Y+y):]
		out := g.Pix[y*g.Stride:]
		for x := 0; x < b.Dx(); x++ {
			out[x] = lut[row[x]]
		}
	}
}
