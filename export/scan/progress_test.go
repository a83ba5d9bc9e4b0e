package scan

import (
	"context"
	"errors"
	"testing"
)

// TestScanFilesProgress follows ScanFiles on two pages: every file starts,
// reports its steps with the codes found so far, and ends with all its
// codes; the fraction only grows, up to 1.
func TestScanFilesProgress(t *testing.T) {
	dir := t.TempDir()
	a, b := makePage(t, 51, 150, 2, 2, 600, 800), makePage(t, 52, 150, 2, 1, 600, 800)
	paths := []string{writeFile(t, dir, "a.png", encode(t, "png", a.img)), writeFile(t, dir, "b.png", encode(t, "png", b.img))}
	var reps []FileProgress
	res := ScanFiles(paths, Options{OnProgress: func(p FileProgress) { reps = append(reps, p) }})
	if len(res) != 2 {
		t.Fatalf("%d results", len(res))
	}
	last := -1.0
	var ends []FileProgress
	for _, p := range reps {
		if p.Fraction() < last {
			t.Errorf("fraction went back from %.2f to %.2f at %+v", last, p.Fraction(), p)
		}
		last = p.Fraction()
		if p.Files != 2 || p.Path != paths[p.File-1] || p.Step > p.Steps {
			t.Errorf("report %+v", p)
		}
		if p.Done {
			ends = append(ends, p)
		}
	}
	if len(ends) != 2 || ends[0].Codes != 4 || ends[1].Codes != 2 || last != 1 {
		t.Errorf("ends %+v, last fraction %.2f; want 4 then 2 codes, 1", ends, last)
	}
	if reps[0].File != 1 || reps[0].Step != 0 || reps[0].Done {
		t.Errorf("first report %+v, want file 1 starting", reps[0])
	}
}

// TestScanFilesCancel cancels while the first of two files is searched:
// the search ends at the step it is in, the file's result says it was
// stopped, and the second file is not read.
func TestScanFilesCancel(t *testing.T) {
	dir := t.TempDir()
	s := realSheet(t, onePage, 1, 150)
	hard := writeFile(t, dir, "noisy.png", encode(t, "png", addNoise(s.pages[0], 150, 9))) // no code survives
	good := writeFile(t, dir, "good.png", encode(t, "png", makePage(t, 53, 150, 1, 1, 600, 800).img))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var after []FileProgress
	stopped := false
	res := ScanFilesContext(ctx, []string{hard, good}, Options{OnProgress: func(p FileProgress) {
		if stopped {
			after = append(after, p)
		}
		if p.Step == 1 && !stopped {
			stopped = true
			cancel()
		}
	}})
	if len(res) != 1 || res[0].Path != hard || !errors.Is(res[0].Err, context.Canceled) {
		t.Fatalf("results %+v, want one for %s stopped by the cancel", res, hard)
	}
	steps := 0
	for _, p := range after {
		if p.Path != hard {
			t.Errorf("report on %s after the cancel", p.Path)
		}
		if !p.Done {
			steps++
		}
	}
	if steps > 1 {
		t.Errorf("%d steps after the cancel, want at most the one under way: %+v", steps, after)
	}
}
