package scan

import "image"

// reader is one way of reading codes from a (pre-processed) image.
type reader func(g *image.Gray) []hit

func readMultiHybrid(g *image.Gray) []hit { return readMulti(g, hybrid) }
func readOneHybrid(g *image.Gray) []hit   { return readOne(g, hybrid) }
func readOneGlobal(g *image.Gray) []hit   { return readOne(g, global) }

// sharpened reads after an unsharp mask, which restores blurred module edges.
func sharpened(g *image.Gray) []hit { return readOne(unsharp(g, 2, 1.5), hybrid) }

// smoothed reads after a 3×3 box blur, which removes sensor noise and JPEG
// ringing that would otherwise flip single pixels of small modules.
func smoothed(g *image.Gray) []hit { return readOne(boxMean(g, 1), hybrid) }

// thresholded reads after our own mean-based adaptive threshold.
func thresholded(g *image.Gray) []hit { return readOne(threshold(g, 12, 0.08), global) }
