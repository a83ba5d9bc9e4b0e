package scan

import (
	"image"
	"math"
	"runtime"
	"slices"
	"sort"
	"sync"
	"time"
)

// fastSide is the long side the first, fast whole-page read is done at.
const fastSide = 2000

// cropSide is the long side candidate regions are resampled to before reading
// (a version-30 code then gets ~5 px per module).
const cropSide = 800

// ladder lists the decoding steps from cheapest to most desperate. On the
// degradation suite and the zbarimg comparison every code is read by the
// finder steps, but one (the 24th code of a photo of two pages side by
// side, read by the regions at zoom 1); two later steps, the regions at
// zoom 1.6 and overlapping tiles, read none and cost 0.5 to 2 s a page, so
// they are gone.
func (s *session) ladder() []func() {
	plain := func(g *image.Gray) []hit { return readMulti(g, hybrid) }
	return []func(){
		s.findRegions,
		func() { s.byFinders(1, "plain", hybrid, nil) },
		func() { s.byFinders(1, "sharp", hybrid, sharpen) },
		func() { s.byFinders(1, "sharper", hybrid, sharpenHard) },
		func() { s.byFinders(1.5, "plain", hybrid, nil) },
		func() { s.byFinders(1.5, "sharp", hybrid, sharpen) },
		func() { s.byFinders(4, "both", hybrid, nil, sharpen) },
		func() { s.byFinders(2, "despeckled", global, despeckle) },
		s.giveUpIfTiny,
		func() { s.whole(fastSide, plain) },
		func() { s.whole(maxWorkSide, plain) },
		s.giveUpIfNothing,
		func() { s.eachRegion(0.6, true, readMultiHybrid, readOneGlobal, thresholded, sharpened) },
		func() { s.eachRegion(1, true, readOneHybrid, readMultiHybrid, sharpened, smoothed) },
		func() { s.eachRegion(1, false, readOneHybrid, sharpened) },
		func() { s.whole(fastSide, func(g *image.Gray) []hit { return readMulti(g, global) }) },
	}
}

// tinyModule is the module size, in pixels of the work image, below which
// only the finder steps are tried: at 75 dpi (1.6 px modules) the region
// and tile steps took 5 s more to read one code more, when they read any.
const tinyModule = 2.2

// giveUpIfTiny ends decoding when the page's modules are tiny, the page is
// incomplete and the finder steps are done: a hopeless page costs well
// under a second instead of the whole ladder.
func (s *session) giveUpIfTiny() {
	if s.module > 0 && s.module < tinyModule {
		s.gaveUp = true
		s.deadline = time.Now()
		if debugf != nil {
			debugf("modules of %.1f px: giving up after the finder steps", s.module)
		}
	}
}

// giveUpIfNothing ends decoding when the finder steps and the whole-page
// reads have not read a single code: the region and tile steps that follow
// read codes the earlier steps missed on pages where they read others, but
// on the suite's pages they never read the first code (blur, bleed, faded
// toner), and cost seconds.
func (s *session) giveUpIfNothing() {
	if len(s.texts) == 0 {
		s.gaveUp = true
		s.deadline = time.Now()
		if debugf != nil {
			debugf("no code read by the finder and whole-page steps: giving up")
		}
	}
}

// findRegions locates candidate code regions on the page.
func (s *session) findRegions() {
	long := max(s.page.Rect.Dx(), s.page.Rect.Dy())
	s.cands = regions(s.page, max(3, long/300))
}

// maxFinderSide caps the long side of an enlarged page searched for finder
// patterns: a 150 dpi A4 page doubled, a 75 dpi one times four, is 3508
// pixels long, with modules of 0.55 mm then 6 pixels wide.
const maxFinderSide = 3600

// sharpen is the unsharp mask the finder steps use: at 150 dpi it restores
// modules blurred by a shaky hand or a soft lens.
func sharpen(g *image.Gray) *image.Gray { return unsharp(g, 2, 1.5) }

// sharpenHard is a stronger unsharp mask twice over (a wide one, then a
// narrow one): it restores module edges a Gaussian blur of σ 1.5 pixels
// left at a fifth of their contrast (the suite's blurred page: 0 → 12 of
// 12 codes, where zbarimg and ZXing read none).
func sharpenHard(g *image.Gray) *image.Gray { return unsharp(unsharp(g, 2, 3), 1, 2) }

// byFinders locates and reads codes by their finder patterns on the page
// enlarged by up to f (not beyond maxFinderSide; skipped if that gives a
// scale already tried with the pre-processings called name), once per
// pre-processing (nil: none), binarized by b. The passes run
// in parallel, one goroutine each, and their results are added in order.
// (The despeckled pass reads faded toner with white speckle: 0 → 7 of 12
// codes on the suite's page, where zbarimg and ZXing read none.)
func (s *session) byFinders(f float64, name string, b binarizer, preps ...func(*image.Gray) *image.Gray) {
	long := float64(max(s.page.Rect.Dx(), s.page.Rect.Dy()))
	f = max(1, min(f, maxFinderSide/long))
	for _, done := range s.finderScales {
		if math.Abs(f-done.f) < 0.1 && done.name == name {
			return
		}
	}
	s.finderScales = append(s.finderScales, finderScale{f, name})
	g := scale(s.page, f)
	res := make([]finderResult, len(preps))
	var wg sync.WaitGroup
	for i, prep := range preps {
		wg.Go(func() {
			in := g
			if prep != nil {
				in = prep(g)
			}
			res[i] = readFinders(in, b, s.dims, s.outOfTime)
		})
	}
	wg.Wait()
	for _, r := range res {
		s.add(r.hits, image.Point{}, f)
		s.addBoxes(r.boxes, f)
		if s.module == 0 {
			s.module = r.module / f
		}
		for _, d := range r.dims {
			if !slices.Contains(s.dims, d) {
				s.dims = append(s.dims, d)
			}
		}
	}
}

// finderScale is a scale a finder step read the page at, and the name of
// its pre-processing.
type finderScale struct {
	f    float64
	name string
}

// addBoxes makes the code boxes found by finder patterns (in an image
// scaled by f) candidate regions. Regions of the first guess that hold
// several of them are several codes merged (a label bridging two rows, a
// turned page) and are dropped; a box already known is not added twice.
func (s *session) addBoxes(boxes []image.Rectangle, f float64) {
	var page []image.Rectangle
	for _, b := range boxes {
		r := image.Rect(int(float64(b.Min.X)/f), int(float64(b.Min.Y)/f), int(float64(b.Max.X)/f), int(float64(b.Max.Y)/f))
		page = append(page, r.Intersect(s.page.Rect))
	}
	var keep []image.Rectangle
	for _, c := range s.cands {
		n := 0
		for _, r := range page {
			if centreIn(r, c) {
				n++
			}
		}
		if n < 2 && !s.known(c, page) {
			keep = append(keep, c)
		}
	}
	s.cands = append(keep, page...)
	sort.SliceStable(s.cands, func(i, j int) bool { return area(s.cands[i]) > area(s.cands[j]) })
}

// known reports whether r is, within a quarter of its size, one of boxes.
func (s *session) known(r image.Rectangle, boxes []image.Rectangle) bool {
	for _, b := range boxes {
		if centreIn(b, r) && centreIn(r, b) && area(b)*2 > area(r) && area(r)*2 > area(b) {
			return true
		}
	}
	return false
}

// centreIn reports whether the centre of r lies in c.
func centreIn(r, c image.Rectangle) bool { return r.Min.Add(r.Max).Div(2).In(c) }

// whole reads the page scaled down to at most side pixels on its long side.
func (s *session) whole(side int, read reader) {
	f := min(1, float64(side)/float64(max(s.page.Rect.Dx(), s.page.Rect.Dy())))
	if side > fastSide && f >= 1 && max(s.page.Rect.Dx(), s.page.Rect.Dy()) <= fastSide {
		return // already done at this resolution
	}
	s.add(read(scale(s.page, f)), image.Point{}, f)
}

// eachRegion tries the readers, in order, on every open candidate region
// resampled so the region is about zoom·cropSide pixels long, until one of
// them reads it. With deskew, a tilted region is first turned upright.
// Without, only tilted regions are tried (upright ones were tried with deskew).
// Regions are read in parallel (see crops).
func (s *session) eachRegion(zoom float64, deskew bool, readers ...reader) {
	open := s.openRegions()
	for _, r := range open {
		s.skewOf(r)
	}
	s.crops(len(open), readers, func(i int) (*image.Gray, image.Point, float64, bool) {
		r := open[i]
		a := s.skews[r]
		tilted := math.Abs(a) >= 4
		if !deskew && !tilted {
			return nil, image.Point{}, 0, false
		}
		// A tilted code's bounding box is larger than the code by |cos|+|sin|.
		sn, cs := math.Sincos(a * math.Pi / 180)
		f := zoom * cropSide * (math.Abs(sn) + math.Abs(cs)) / float64(max(r.Dx(), r.Dy()))
		g, origin, f := s.cut(pad(r, s.page.Rect), f)
		if deskew && tilted {
			g = rotate(g, a)
			origin, f = r.Min.Add(r.Max).Div(2), 0 // hits count at the region's centre
		}
		return g, origin, f, true
	})
}

// skewOf returns the tilt of region r in degrees, computed once per region
// on a copy at most 400 pixels wide.
func (s *session) skewOf(r image.Rectangle) float64 {
	if a, ok := s.skews[r]; ok {
		return a
	}
	g := crop(s.page, r)
	a := skew(scale(g, min(1, 400/float64(max(r.Dx(), r.Dy())))))
	s.skews[r] = a
	return a
}

// crops reads n crops of the page in parallel, one goroutine per CPU: cut
// makes crop i (false: skip it), and its readers are tried in order until
// one reads a code. The hits are added in crop order once all are read,
// so the result does not depend on timing; crops not started by the
// deadline are skipped.
func (s *session) crops(n int, readers []reader, cut func(i int) (*image.Gray, image.Point, float64, bool)) {
	type found struct {
		hits   []hit
		origin image.Point
		f      float64
	}
	res := make([]found, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for i := range next {
				if s.outOfTime() {
					continue
				}
				g, origin, f, ok := cut(i)
				if !ok {
					continue
				}
				res[i] = found{s.readFirst(g, readers), origin, f}
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, r := range res {
		s.addAt(r.hits, r.origin, r.f)
	}
}

// readFirst runs readers on g until one reads a code not found before
// (s.seen is only read here: hits are added after the parallel reads).
func (s *session) readFirst(g *image.Gray, readers []reader) []hit {
	var all []hit
	for _, read := range readers {
		hits := read(g)
		all = append(all, hits...)
		for _, h := range hits {
			if h.text != "" && !s.seen[h.text] {
				return all
			}
		}
	}
	return all
}

// addAt adds hits read in a crop that maps to the page by origin + p/f, or
// to origin itself when f is 0.
func (s *session) addAt(hits []hit, origin image.Point, f float64) {
	if f == 0 {
		for i := range hits {
			hits[i].centre = image.Point{}
		}
		f = 1
	}
	s.add(hits, origin, f)
}

// cut crops r from the page and resamples it by f (clamped to 0.25..4).
func (s *session) cut(r image.Rectangle, f float64) (*image.Gray, image.Point, float64) {
	f = min(max(f, 0.25), 4)
	return scale(crop(s.page, r), f), r.Min, f
}

// pad grows r by a sixth of its long side on each side (the quiet zone and
// any part the region finder cut off), within bounds.
func pad(r, bounds image.Rectangle) image.Rectangle {
	m := max(r.Dx(), r.Dy())/6 + 4
	return r.Inset(-m).Intersect(bounds)
}
