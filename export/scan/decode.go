package scan

import (
	"image"
	"time"
)

// DefaultBudget is the time DecodeImage spends on one image when
// Options.Budget is zero (ScanFiles counts decoding the file in it, but
// leaves the search at least half of it). A page
// still incomplete by then is given up once the step under way ends, so an
// image costs about 4 s at most; pages that read at all read within a second
// or two.
const DefaultBudget = 3500 * time.Millisecond

// defaultBudget is the budget used when Options.Budget is zero (tests under
// the race detector, which runs code ~10 times slower, raise it).
var defaultBudget = DefaultBudget

// maxWorkSide caps the long side of the image the decoder works on; larger
// photos are shrunk first (a 48 MP photo of a page still has ~6 px per module).
const maxWorkSide = 4096

// Options tune DecodeImage and ScanFiles.
type Options struct {
	// Budget is the time allowed per image (default DefaultBudget).
	Budget time.Duration
	// Expect is the number of codes expected on the page; decoding stops as
	// soon as that many are found. 0 means unknown: the decoder stops when
	// every code-like region of the page has been read or the ladder of
	// attempts is exhausted.
	Expect int
	// Progress, if set, is called after each step: by DecodeImage with steps
	// of its ladder, by ScanFiles with files (PDF pages count as files).
	Progress func(done, total int)
	// MaxPDFPages is how many pages of one PDF ScanFiles reads (default
	// DefaultMaxPDFPages; negative: no limit). The pages beyond it give one
	// result with ErrTooManyPages; a front end may offer to read them with a
	// higher limit.
	MaxPDFPages int
	// MaxFolderFiles is how many readable files FolderFiles lists in one folder
	// (default DefaultMaxFolderFiles; negative: no limit).
	MaxFolderFiles int
	// OnProgress, if set, is called by ScanFilesContext (and ScanFiles) on
	// the goroutine reading: when a file or PDF page starts, after each step
	// of the search on it, and when it is done. It must return quickly.
	OnProgress func(FileProgress)

	watch *watch    // set by ScanFilesContext
	begin time.Time // when reading the file began (zero: when the search begins)
}

// Default limits of Options: a paper backup has at most 21 code pages, so a PDF or
// a folder far larger than that is a mistake or hostile, and reading it all could take
// hours.
const (
	DefaultMaxPDFPages    = 100
	DefaultMaxFolderFiles = 500
)

// limit returns n, def when n is 0, or no limit when n is negative.
func limit(n, def int) int {
	switch {
	case n == 0:
		return def
	case n < 0:
		return int(^uint(0) >> 1)
	}
	return n
}

// DecodeImage returns the distinct texts of all QR codes found in img, in the
// order they were found. It never panics and returns nil if nothing is found.
func DecodeImage(img image.Image, opts Options) []string {
	if img == nil || img.Bounds().Empty() {
		return nil
	}
	return decodeGray(workGray(img), opts)
}

// decodeGray is DecodeImage for a grey work image, which it may keep.
func decodeGray(g *image.Gray, opts Options) []string {
	if opts.watch.stopped() {
		return nil
	}
	s := newSession(g, opts)
	s.run()
	return s.texts
}

// debugf, when set by tests, receives a trace of the decoder's progress.
var debugf func(format string, args ...any)

// session is the state of one DecodeImage call.
type session struct {
	opts         Options
	start        time.Time
	deadline     time.Time
	page         *image.Gray                 // work image (possibly shrunk)
	texts        []string                    // distinct texts in order found
	seen         map[string]bool             // texts already found
	centres      []image.Point               // where found codes are, in page coordinates
	cands        []image.Rectangle           // candidate code regions, largest first
	skews        map[image.Rectangle]float64 // tilt of each region, once computed
	finderScales []finderScale               // scales the finder steps have read the page at
	dims         []int                       // sides in modules of the codes read by finders
	module       float64                     // median module size of finder patterns on the page, px
	gaveUp       bool                        // modules too small for the later steps
}

func newSession(g *image.Gray, opts Options) *session {
	if opts.Budget <= 0 {
		opts.Budget = defaultBudget
	}
	if long := max(g.Rect.Dx(), g.Rect.Dy()); long > maxWorkSide {
		g = scale(g, float64(maxWorkSide)/float64(long))
	}
	start := time.Now()
	if !opts.begin.IsZero() {
		start = opts.begin
	}
	// Decoding counts, but the search always gets half the budget (an HEIC
	// photo takes seconds to decode).
	deadline := start.Add(opts.Budget)
	if least := time.Now().Add(opts.Budget / 2); least.After(deadline) {
		deadline = least
	}
	return &session{opts: opts, start: start, deadline: deadline, page: g, seen: map[string]bool{},
		skews: map[image.Rectangle]float64{}}
}

// run walks the ladder of steps until done.
func (s *session) run() {
	steps := s.ladder()
	for i, step := range steps {
		if s.finished() {
			break
		}
		step()
		if debugf != nil {
			debugf("step %d: %d codes at %v, %d open", i, len(s.texts), time.Since(s.start).Round(time.Millisecond), len(s.openRegions()))
		}
		if s.opts.Progress != nil {
			s.opts.Progress(i+1, len(steps))
		}
		s.opts.watch.step(i+1, len(steps), len(s.texts))
	}
}

// finished reports whether decoding should stop: out of time, the expected
// count reached, or (count unknown) every code page whose codes were read
// is complete, or, for codes that are not Coffer's, every candidate region
// read. (Coffer codes say how many their page holds; candidate regions may
// miss some codes, so they are only a guess.)
func (s *session) finished() bool {
	if s.outOfTime() {
		return true
	}
	if s.opts.Expect > 0 {
		return len(s.texts) >= s.opts.Expect
	}
	complete, known := pagesComplete(s.texts)
	if known {
		return complete
	}
	return len(s.texts) > 0 && len(s.openRegions()) == 0
}

// outOfTime reports whether the budget is spent or the caller cancelled.
// Unlike finished it only reads the deadline, so parallel passes may call it.
func (s *session) outOfTime() bool { return time.Now().After(s.deadline) || s.ctxDone() }

// ctxDone reports whether ScanFilesContext's caller cancelled.
func (s *session) ctxDone() bool { return s.opts.watch.stopped() }

// add records hits found in an image that maps to the page by
// page = origin + p/f.
func (s *session) add(hits []hit, origin image.Point, f float64) int {
	n := 0
	for _, h := range hits {
		if h.text == "" {
			continue
		}
		c := origin.Add(image.Pt(int(float64(h.centre.X)/f), int(float64(h.centre.Y)/f)))
		s.centres = append(s.centres, c)
		if debugf != nil {
			debugf("hit at %v (new %v)", c, !s.seen[h.text])
		}
		if !s.seen[h.text] {
			s.seen[h.text] = true
			s.texts = append(s.texts, h.text)
			n++
		}
	}
	return n
}

// openRegions returns candidate regions that contain no found code yet.
func (s *session) openRegions() []image.Rectangle {
	done := make([]bool, len(s.cands))
	for _, c := range s.centres {
		if i := s.regionOf(c); i >= 0 {
			done[i] = true
		}
	}
	var open []image.Rectangle
	for i, r := range s.cands {
		if !done[i] {
			open = append(open, r)
		}
	}
	return open
}

// regionOf returns the index of the candidate region that p belongs to: of
// the regions containing p (bounding boxes of tilted codes overlap), the one
// whose centre is nearest. It returns -1 if no region contains p.
func (s *session) regionOf(p image.Point) int {
	best, bestD := -1, 0
	for i, r := range s.cands {
		if !p.In(r) {
			continue
		}
		d := p.Sub(r.Min.Add(r.Max).Div(2))
		if dd := d.X*d.X + d.Y*d.Y; best < 0 || dd < bestD {
			best, bestD = i, dd
		}
	}
	return best
}
