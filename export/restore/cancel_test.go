package restore

import (
	"context"
	"testing"

	"coffer/export/scan"
)

// TestAddFilesCancelled stops a session's reading of two page images after
// the first one is done: the first page's codes are recorded, the second
// file gets no report, and adding it again afterwards reads it.
func TestAddFilesCancelled(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes rasterized pages")
	}
	b := newBackup(t, sampleItems(250, "cancel"))
	paths := writePages(t, t.TempDir(), b, 150, nil)
	if len(paths) < 2 {
		t.Fatalf("want two code pages, got %d", len(paths))
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := NewSession()
	var seen []scan.FileProgress
	reports := s.AddFilesContext(ctx, paths[:2], scan.Options{OnProgress: func(p scan.FileProgress) {
		seen = append(seen, p)
		if p.File == 1 && p.Done {
			cancel()
		}
	}})
	if len(reports) != 1 || reports[0].Path != paths[0] || reports[0].Err != nil || reports[0].New != len(b.Pages[0]) {
		t.Fatalf("reports %+v, want the first page's %d codes only", reports, len(b.Pages[0]))
	}
	for _, p := range seen {
		if p.File != 1 {
			t.Errorf("progress on file %d after the cancel: %+v", p.File, p)
		}
	}
	again := s.AddFiles(paths[1:2], scan.Options{})
	if len(again) != 1 || again[0].New != len(b.Pages[1]) {
		t.Errorf("second page added again: %+v", again)
	}
}
