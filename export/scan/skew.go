package scan

import (
	"image"
	"math"
)

// skew estimates how far the dominant edge directions of g are turned from
// the axes, in degrees within (-45, 45]. QR modules make edges at 0° and 90°,
// so the angle of the magnitude-weighted mean of 4φ over all gradients,
// divided by 4, is the code's tilt.
func skew(g *image.Gray) float64 {
	var c, s float64
	w, h := g.Rect.Dx(), g.Rect.Dy()
	for y := 1; y < h-1; y++ {
		for x := 1; x < w-1; x++ {
			i := y*g.Stride + x
			gx := float64(g.Pix[i+1]) - float64(g.Pix[i-1])
			gy := float64(g.Pix[i+g.Stride]) - float64(g.Pix[i-g.Stride])
			m := gx*gx + gy*gy
			if m < 400 {
				continue
			}
			phi := math.Atan2(gy, gx)
			sn, cs := math.Sincos(4 * phi)
			c += m * cs
			s += m * sn
		}
	}
	return math.Atan2(s, c) / 4 * 180 / math.Pi
}
