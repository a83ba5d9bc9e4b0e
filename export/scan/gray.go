package scan

import (
	"image"
	"image/color"
)

// toGray converts img to an 8-bit luminance image with origin (0,0), at full size.
func toGray(img image.Image) *image.Gray {
	w, h, row := grayRows(img)
	g := image.NewGray(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		copy(g.Pix[y*g.Stride:(y+1)*g.Stride], row(y))
	}
	return g
}

// workGray converts img to the grey work image of the decoder, shrunk to at
// most maxWorkSide pixels on its long side, in one pass over img: rows are
// converted one at a time as the shrinking reads them, so no full-size grey
// copy of a big photo is ever made. The result is the same as
// scale(toGray(img), maxWorkSide/long side).
func workGray(img image.Image) *image.Gray {
	w, h, row := grayRows(img)
	long := max(w, h)
	if long <= maxWorkSide {
		g := image.NewGray(image.Rect(0, 0, w, h))
		for y := 0; y < h; y++ {
			copy(g.Pix[y*g.Stride:(y+1)*g.Stride], row(y))
		}
		return g
	}
	return scaleRows(w, h, row, float64(maxWorkSide)/float64(long))
}

// grayRows returns the size of img and a function that returns its row y
// (0-based) in 8-bit grey. The returned slice may be img's own memory or a
// buffer that is reused two calls later, so a caller may hold two rows at
// once but must not modify them. Common decoder outputs take fast paths;
// anything else goes through color.GrayModel. Alpha is ignored, which suits
// opaque photos and scans.
func grayRows(img image.Image) (w, h int, row func(y int) []uint8) {
	b := img.Bounds()
	w, h = b.Dx(), b.Dy()
	var bufs [2][]uint8
	buf := func(y int) []uint8 {
		if bufs[y&1] == nil {
			bufs[y&1] = make([]uint8, w)
		}
		return bufs[y&1]
	}
	switch src := img.(type) {
	case *image.Gray:
		return w, h, func(y int) []uint8 {
			i := src.PixOffset(b.Min.X, b.Min.Y+y)
			return src.Pix[i : i+w]
		}
	case *image.YCbCr:
		return w, h, func(y int) []uint8 {
			i := src.YOffset(b.Min.X, b.Min.Y+y)
			return src.Y[i : i+w]
		}
	case *image.RGBA:
		return w, h, func(y int) []uint8 {
			return rgbToGray(buf(y), src.Pix[src.PixOffset(b.Min.X, b.Min.Y+y):], 4)
		}
	case *image.NRGBA:
		return w, h, func(y int) []uint8 {
			return rgbToGray(buf(y), src.Pix[src.PixOffset(b.Min.X, b.Min.Y+y):], 4)
		}
	case *image.RGBA64:
		// 16-bit samples are big-endian: the high bytes are at offsets 0, 2, 4.
		return w, h, func(y int) []uint8 {
			return rgbToGray(buf(y), src.Pix[src.PixOffset(b.Min.X, b.Min.Y+y):], 8)
		}
	case *image.NRGBA64:
		return w, h, func(y int) []uint8 {
			return rgbToGray(buf(y), src.Pix[src.PixOffset(b.Min.X, b.Min.Y+y):], 8)
		}
	case *image.Gray16:
		return w, h, func(y int) []uint8 {
			out, in := buf(y), src.Pix[src.PixOffset(b.Min.X, b.Min.Y+y):]
			for x := range out {
				out[x] = in[2*x]
			}
			return out
		}
	case *image.Paletted:
		var lut [256]uint8
		for i, c := range src.Palette {
			lut[i] = color.GrayModel.Convert(c).(color.Gray).Y
		}
		return w, h, func(y int) []uint8 {
			out, in := buf(y), src.Pix[src.PixOffset(b.Min.X, b.Min.Y+y):]
			for x := range out {
				out[x] = lut[in[x]]
			}
			return out
		}
	case *image.CMYK:
		return w, h, func(y int) []uint8 {
			out, in := buf(y), src.Pix[src.PixOffset(b.Min.X, b.Min.Y+y):]
			for x := range out {
				r, g, bb := color.CMYKToRGB(in[4*x], in[4*x+1], in[4*x+2], in[4*x+3])
				out[x] = lumaRGB(int(r), int(g), int(bb))
			}
			return out
		}
	}
	return w, h, func(y int) []uint8 {
		out := buf(y)
		for x := range out {
			out[x] = color.GrayModel.Convert(img.At(b.Min.X+x, b.Min.Y+y)).(color.Gray).Y
		}
		return out
	}
}

// rgbToGray fills out from pixels of size bytes whose red, green and blue
// (high) bytes are at offsets 0, size/4 and size/2, and returns out.
func rgbToGray(out, pix []byte, size int) []uint8 {
	gi, bi := size/4, size/2
	for x := range out {
		p := pix[size*x : size*x+size]
		out[x] = lumaRGB(int(p[0]), int(p[gi]), int(p[bi]))
	}
	return out
}

// lumaRGB is the luminance of an 8-bit RGB colour (as color.GrayModel).
func lumaRGB(r, g, b int) uint8 {
	return uint8((19595*r + 38470*g + 7471*b + 1<<15) >> 16)
}
