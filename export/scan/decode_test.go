package scan

import (
	"image"
	"testing"
	"time"
)

func TestCleanPageFast(t *testing.T) {
	p := makePage(t, 1, 150, 2, 3, 600, 1800)
	t0 := time.Now()
	got := DecodeImage(p.img, Options{})
	el := time.Since(t0)
	t.Logf("clean 150 dpi page, Expect unknown: %d codes in %v", len(got), el)
	checkCodes(t, got, p.texts)
	if !raceEnabled && el > time.Second {
		t.Errorf("took %v, want well under a second", el)
	}
}

func TestDuplicateCodeOnce(t *testing.T) {
	p := makePage(t, 2, 150, 2, 2, 600, 800)
	// Paste code 0 over code 3: the same text twice on the page.
	src, dst := p.boxes[0], p.boxes[3]
	for y := 0; y < src.Dy(); y++ {
		copy(p.img.Pix[(dst.Min.Y+y)*p.img.Stride+dst.Min.X:], p.img.Pix[(src.Min.Y+y)*p.img.Stride+src.Min.X:(src.Min.Y+y)*p.img.Stride+src.Max.X])
	}
	got := DecodeImage(p.img, Options{})
	checkCodes(t, got, p.texts[:3])
}

func TestNothingToFind(t *testing.T) {
	blank := image.NewGray(image.Rect(0, 0, 1240, 1754))
	for i := range blank.Pix {
		blank.Pix[i] = 250
	}
	label(blank, 100, 100, "NOT A BACKUP")
	t0 := time.Now()
	if got := DecodeImage(blank, Options{Budget: 5 * time.Second}); len(got) != 0 {
		t.Errorf("found %q on a blank page", got)
	}
	t.Logf("blank page: %v", time.Since(t0))
	if got := DecodeImage(image.NewGray(image.Rect(0, 0, 0, 0)), Options{}); got != nil {
		t.Errorf("empty image: %q", got)
	}
}

func TestProgress(t *testing.T) {
	p := makePage(t, 4, 150, 2, 2, 600, 800)
	var calls, last, total int
	DecodeImage(p.img, Options{Progress: func(d, n int) { calls, last, total = calls+1, d, n }})
	if calls == 0 || last > total {
		t.Errorf("progress: %d calls, last %d/%d", calls, last, total)
	}
}

// TestBudgetCountsDecoding: the time a file took to decode counts against the
// budget, but the search still gets half of it after a slow decode.
func TestBudgetCountsDecoding(t *testing.T) {
	g := image.NewGray(image.Rect(0, 0, 10, 10))
	now := time.Now()
	fast := newSession(g, Options{Budget: 4 * time.Second, begin: now.Add(-time.Second)})
	if d := fast.deadline.Sub(now); d < 2900*time.Millisecond || d > 3100*time.Millisecond {
		t.Errorf("after a 1 s decode the search has %v, want 3 s", d)
	}
	slow := newSession(g, Options{Budget: 4 * time.Second, begin: now.Add(-10 * time.Second)})
	if d := time.Until(slow.deadline); d < 1900*time.Millisecond {
		t.Errorf("after a 10 s decode the search has %v, want 2 s", d)
	}
}
