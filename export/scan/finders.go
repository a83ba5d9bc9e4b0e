package scan

import (
	"image"
	"math"
	"slices"
	"sort"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/common"
	multidet "github.com/makiuchi-d/gozxing/multi/qrcode/detector"
	"github.com/makiuchi-d/gozxing/qrcode/decoder"
	"github.com/makiuchi-d/gozxing/qrcode/detector"
)

// Locating codes by their finder patterns works on whole pages however they
// are turned or warped: the three corner squares of every code are found
// on the binarized page, grouped into triples that form a code's right-angled
// corner, and each triple is sampled and decoded in place. The QR checksum
// rejects triples made of patterns from neighbouring codes.

// finderPatterns returns every finder pattern candidate gozxing sees in bm,
// confirmed by at least two scan rows. Panics inside gozxing give nil.
func finderPatterns(bm *gozxing.BitMatrix) (out []*detector.FinderPattern) {
	defer func() {
		if recover() != nil {
			out = nil
		}
	}()
	f := multidet.NewMultiFinderPatternFinder(bm, nil)
	_, _ = f.FindMulti(hints) // its own grouping is not used, only the candidates
	for _, p := range f.GetPossibleCenters() {
		if p.GetCount() >= 2 {
			out = append(out, p)
		}
	}
	return out
}

// triple is three finder patterns that may be one code's corners, with a
// score of how far they are from a perfect square corner (lower is better).
type triple struct {
	p     [3]int // indexes into the pattern list
	score float64
}

// Limits on how far a triple may be from a square code's corner and still be
// tried: photos at an angle shorten one side and skew the corner.
const (
	maxLegRatio  = 1.35 // longer / shorter side
	maxCornerCos = 0.45 // |cos| of the corner angle (about 63°..117°)
	maxSizeRatio = 1.6  // largest / smallest module size of the three
)

// maxMisses is how many triples in a row may fail before readFinders gives
// up: true corners score best, so a long run of failures means the rest are
// patterns of different codes, or the image is too poor for this pass.
const maxMisses = 100

// wideTriples is how many of the best triples try a wide range of sides
// while no code is read: gozxing's module size, and so the side estimated
// from it, is up to 12% off on turned codes, but the rest of a pass gets the
// side from the first code read (codes of one sheet share it).
const wideTriples = 12

// triples lists the plausible code corners among ps, best first.
func triples(ps []*detector.FinderPattern) []triple {
	var out []triple
	for i := 0; i < len(ps); i++ {
		for j := i + 1; j < len(ps); j++ {
			for k := j + 1; k < len(ps); k++ {
				if s, ok := cornerScore(ps[i], ps[j], ps[k]); ok {
					out = append(out, triple{p: [3]int{i, j, k}, score: s})
				}
			}
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].score < out[b].score })
	return out
}

// cornerScore rates a, b, c as the corners of one code: module sizes alike,
// and a right angle with equal legs at whichever pattern is the corner.
func cornerScore(a, b, c *detector.FinderPattern) (float64, bool) {
	ms := []float64{a.GetEstimatedModuleSize(), b.GetEstimatedModuleSize(), c.GetEstimatedModuleSize()}
	lo, hi := min(ms[0], ms[1], ms[2]), max(ms[0], ms[1], ms[2])
	if hi > maxSizeRatio*lo {
		return 0, false
	}
	// The corner is opposite the longest side.
	ab, bc, ca := dist(a, b), dist(b, c), dist(c, a)
	v, p, q := a, b, c
	switch {
	case ab >= bc && ab >= ca:
		v, p, q = c, a, b
	case ca >= ab && ca >= bc:
		v, p, q = b, c, a
	}
	ux, uy := p.GetX()-v.GetX(), p.GetY()-v.GetY()
	wx, wy := q.GetX()-v.GetX(), q.GetY()-v.GetY()
	l1, l2 := math.Hypot(ux, uy), math.Hypot(wx, wy)
	if l1 == 0 || l2 == 0 {
		return 0, false
	}
	ratio := max(l1, l2) / min(l1, l2)
	cos := math.Abs(ux*wx+uy*wy) / (l1 * l2)
	modules := (l1+l2)/2/((lo+hi)/2) + 7 // code side in modules
	if ratio > maxLegRatio || cos > maxCornerCos || modules < 18 || modules > 185 {
		return 0, false
	}
	return (ratio - 1) + cos + (hi/lo - 1), true
}

func dist(a, b *detector.FinderPattern) float64 {
	return math.Hypot(a.GetX()-b.GetX(), a.GetY()-b.GetY())
}

// decodeTriple samples the code whose corners are a, b, c from bm and
// decodes it, trying the side lengths in dims first, then the ones near the
// estimate from the patterns' distance (and, if wide, farther ones). It returns the hit and the code's
// side in modules. Panics inside gozxing count as failure.
// Only well-formed triples (score at most maxBoxScore: likely one code's
// corners) get gozxing's detector and the mesh sampler too.
func decodeTriple(bm *gozxing.BitMatrix, a, b, c *detector.FinderPattern, dims []int, wide bool, score float64) (h hit, dim int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	p0, p1, p2 := gozxing.ResultPoint_OrderBestPatterns(a, b, c)
	bl, tl, tr := p0.(*detector.FinderPattern), p1.(*detector.FinderPattern), p2.(*detector.FinderPattern)
	ms := (a.GetEstimatedModuleSize() + b.GetEstimatedModuleSize() + c.GetEstimatedModuleSize()) / 3
	est := (dist(tl, tr)+dist(tl, bl))/2/(ms*rowFactor(tl, tr)) + 7
	near := int(math.Round((est-17)/4))*4 + 17
	tried := map[int]bool{}
	// Sides worth the mesh sampler too: those of codes read on the page, and
	// the one gozxing's detector measures; guesses only get the homography.
	attempt := func(sides []int, mesh bool) (hit, int, bool) {
		for _, d := range sides {
			if tried[d] || d < 21 || d > 177 {
				continue
			}
			tried[d] = true
			if text, ok := readGrid(bm, bl, tl, tr, d, ms, mesh); ok {
				return hit{text: text, centre: tripleCentre(bl, tr)}, d, true
			}
		}
		return hit{}, 0, false
	}
	good := score <= maxBoxScore
	if h, d, ok := attempt(dims, good); ok {
		return h, d, true
	}
	if good {
		text, d, ok := readDetected(bm, bl, tl, tr)
		if ok {
			return hit{text: text, centre: tripleCentre(bl, tr)}, d, true
		}
		if d > 0 {
			if h, d, ok := attempt([]int{d}, true); ok {
				return h, d, true
			}
		}
	}
	try := []int{near}
	if wide { // no code read yet: the estimate may be off (turned codes' more so)
		try = append(try, near-4, near+4, near-8, near+8, near-12, near-16)
	}
	return attempt(try, false)
}

// tripleCentre is the centre of the code whose bottom-left and top-right
// finder patterns are bl and tr.
func tripleCentre(bl, tr *detector.FinderPattern) image.Point {
	return image.Pt(int((bl.GetX()+tr.GetX())/2), int((bl.GetY()+tr.GetY())/2))
}

// readDetected lets gozxing's detector sample the code of the finder
// patterns bl, tl, tr: it measures the module size along the lines between
// the patterns, which perspective foreshortens less than the patterns
// themselves, so its side in modules is often right where ours is not.
// It returns the text if the code decoded, and that side (0 if none).
func readDetected(bm *gozxing.BitMatrix, bl, tl, tr *detector.FinderPattern) (string, int, bool) {
	r, err := detector.NewDetector(bm).ProcessFinderPatternInfo(detector.NewFinderPatternInfo(bl, tl, tr))
	if err != nil {
		return "", 0, false
	}
	dim := r.GetBits().GetWidth()
	dr, err := decoder.NewDecoder().Decode(r.GetBits(), hints)
	if err != nil || dr.GetText() == "" {
		return "", dim, false
	}
	return dr.GetText(), dim, true
}

// rowFactor corrects gozxing's module size, measured along pixel rows, for
// a code turned by the angle of tl→tr: a row crosses a turned square on a
// longer path, 1/max(|cos|, |sin|) times its side.
func rowFactor(tl, tr *detector.FinderPattern) float64 {
	a := math.Atan2(tr.GetY()-tl.GetY(), tr.GetX()-tl.GetX())
	return max(math.Abs(math.Cos(a)), math.Abs(math.Sin(a)))
}

// readGrid decodes the dim×dim code whose finder patterns are bl, tl, tr
// in the binarized page bm.
func readGrid(bm *gozxing.BitMatrix, bl, tl, tr *detector.FinderPattern, dim int, ms float64, mesh bool) (string, bool) {
	ap := alignmentOf(bm, bl, tl, tr, dim, ms)
	t := detector.Detector_createTransform(tl, tr, bl, ap, dim)
	if text, ok := readWith(bm, t, dim); ok {
		return text, ok
	}
	if ap != nil {
		// A pattern in the data near where the alignment pattern should be can
		// be taken for it (perspective moves the true one): try without.
		if text, ok := readWith(bm, detector.Detector_createTransform(tl, tr, bl, nil, dim), dim); ok {
			return text, ok
		}
	}
	if !mesh {
		return "", false
	}
	// Curved paper or a bending lens: follow the grid of alignment patterns.
	return readMesh(bm, t, dim, ms)
}

// readWith samples the dim×dim code that t maps to bm and decodes it.
func readWith(bm *gozxing.BitMatrix, t *common.PerspectiveTransform, dim int) (string, bool) {
	bits, err := detector.Detector_sampleGrid(bm, t, dim)
	if err != nil {
		return "", false
	}
	dr, err := decoder.NewDecoder().Decode(bits, hints)
	if err != nil {
		return "", false
	}
	return dr.GetText(), dr.GetText() != ""
}

// alignmentOf finds the bottom-right alignment pattern of the dim×dim code
// whose finder patterns are bl, tl, tr, searching ever wider around where
// an undistorted code has it (as gozxing's Detector does, but with the side
// given). It returns nil if there is none or dim has none.
func alignmentOf(bm *gozxing.BitMatrix, bl, tl, tr *detector.FinderPattern, dim int, ms float64) *detector.AlignmentPattern {
	if dim <= 21 {
		return nil
	}
	k := 1 - 3/float64(dim-7)
	x := tl.GetX() + k*(tr.GetX()-tl.GetX()+bl.GetX()-tl.GetX())
	y := tl.GetY() + k*(tr.GetY()-tl.GetY()+bl.GetY()-tl.GetY())
	for f := 4.0; f <= 16; f *= 2 {
		if ap := findAlignment(bm, x, y, f*ms, ms); ap != nil {
			return ap
		}
	}
	return nil
}

// findAlignment looks for an alignment pattern within r pixels of (x, y).
func findAlignment(bm *gozxing.BitMatrix, x, y, r, ms float64) *detector.AlignmentPattern {
	x0, y0 := max(0, int(x-r)), max(0, int(y-r))
	x1, y1 := min(bm.GetWidth()-1, int(x+r)), min(bm.GetHeight()-1, int(y+r))
	if float64(x1-x0) < 3*ms || float64(y1-y0) < 3*ms {
		return nil
	}
	ap, err := detector.NewAlignmentPatternFinder(bm, x0, y0, x1-x0, y1-y0, ms, nil).Find()
	if err != nil {
		return nil
	}
	return ap
}

// maxBoxScore is the worst corner score of an undecoded triple that is
// still reported as a code's place for the later, slower steps.
const maxBoxScore = 0.3

// readFinders decodes every code of g it can locate by finder patterns,
// trying the code sides in known (in modules) first.
// A pattern that belongs to a decoded code is not tried again. Besides the
// hits it returns where codes are, decoded or not: the boxes of decoded
// triples and of well-formed triples that did not decode. It stops trying
// triples once stop (if not nil) says so.
func readFinders(g *image.Gray, b binarizer, known []int, stop func() bool) finderResult {
	bm, err := bitmap(g, b)
	if err != nil {
		return finderResult{}
	}
	m, err := bm.GetBlackMatrix()
	if err != nil {
		return finderResult{}
	}
	ps := finderPatterns(m)
	ts := triples(ps)
	used := make([]bool, len(ps))
	free := func(t triple) bool { return !used[t.p[0]] && !used[t.p[1]] && !used[t.p[2]] }
	take := func(t triple) { used[t.p[0]], used[t.p[1]], used[t.p[2]] = true, true, true }
	var hits []hit
	var boxes []image.Rectangle
	dims := slices.Clone(known) // sides of codes decoded so far: codes of one sheet share it
	misses, tried := 0, 0
	for _, t := range ts {
		if !free(t) {
			continue
		}
		if misses++; misses > maxMisses || (stop != nil && stop()) {
			break
		}
		tried++
		wide := len(dims) == 0 && tried <= wideTriples
		if h, d, ok := decodeTriple(m, ps[t.p[0]], ps[t.p[1]], ps[t.p[2]], dims, wide, t.score); ok {
			misses = 0
			hits = append(hits, h)
			boxes = append(boxes, tripleBox(ps, t))
			take(t)
			if !slices.Contains(dims, d) {
				dims = append(dims, d)
			}
		}
	}
	for _, t := range ts {
		if t.score <= maxBoxScore && free(t) {
			boxes = append(boxes, tripleBox(ps, t))
			take(t)
		}
	}
	return finderResult{hits, boxes, dims, medianModule(ps)}
}

// finderResult is what readFinders found: hits, code boxes, the sides in
// modules of the codes read and the median module size of the finder
// patterns seen (0 if none), in pixels of the image read.
type finderResult struct {
	hits   []hit
	boxes  []image.Rectangle
	dims   []int
	module float64
}

// medianModule is the median estimated module size of ps, 0 if ps is empty.
func medianModule(ps []*detector.FinderPattern) float64 {
	if len(ps) == 0 {
		return 0
	}
	ms := make([]float64, len(ps))
	for i, p := range ps {
		ms[i] = p.GetEstimatedModuleSize()
	}
	slices.Sort(ms)
	return ms[len(ms)/2]
}

// tripleBox is the bounding box of the code whose finder patterns are t,
// with its quiet zone: the three centres and the fourth corner they imply,
// widened by 4 modules.
func tripleBox(ps []*detector.FinderPattern, t triple) image.Rectangle {
	p0, p1, p2 := gozxing.ResultPoint_OrderBestPatterns(ps[t.p[0]], ps[t.p[1]], ps[t.p[2]])
	bl, tl, tr := p0.(*detector.FinderPattern), p1.(*detector.FinderPattern), p2.(*detector.FinderPattern)
	xs := []float64{bl.GetX(), tl.GetX(), tr.GetX(), tr.GetX() + bl.GetX() - tl.GetX()}
	ys := []float64{bl.GetY(), tl.GetY(), tr.GetY(), tr.GetY() + bl.GetY() - tl.GetY()}
	m := 4 * tl.GetEstimatedModuleSize()
	return image.Rect(int(slices.Min(xs)-m), int(slices.Min(ys)-m), int(slices.Max(xs)+m), int(slices.Max(ys)+m))
}
