package gui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"coffer/export"
	"coffer/export/scan"
	"coffer/vault"
)

// restoreFilesStep opens the restore wizard at the step where photos are added.
func restoreFilesStep(t *testing.T, h *harness) *restoreScreen {
	t.Helper()
	h.g.start()
	test.Tap(showing[*welcomeScreen](h).restore)
	r := showing[*restoreScreen](h)
	test.Tap(r.wiz.Next) // photos
	if r.wiz.Current != restoreStepFiles {
		t.Fatal("files step not shown")
	}
	return r
}

// twoPageScans writes the first two code pages of a real backup as 150 dpi scans.
func twoPageScans(t *testing.T) (*export.Backup, []string) {
	t.Helper()
	b, err := export.Create([]vault.Item{bigNote(t)}, "test-vault", testPassphrase, export.Options{WorkFactor: 10,
		AllowWeakWorkFactor: true, NoText: true, Now: func() time.Time { return time.Date(2024, 11, 2, 18, 30, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Pages) < 2 {
		t.Fatalf("%d code pages, want 2", len(b.Pages))
	}
	return b, writePages(t, b, t.TempDir(), 1, 2)
}

// While files are read the restore step names the file, how far it is and
// the codes found so far; the progress goes away when the reading is done.
func TestRestoreShowsReadingProgress(t *testing.T) {
	h := newHarness(t)
	r := restoreFilesStep(t, h)
	b, pngs := twoPageScans(t)
	h.queueDone() // the reading is over, its result not yet shown
	drop(h, pngs...)
	rp := r.codes.reading
	want := "Reading " + filepath.Base(pngs[1]) + " (file 2 of 2): " + plural(len(b.Pages[1]), "code", "codes") + " found so far"
	if rp.box.Hidden || !strings.HasPrefix(rp.text.Text, want) || rp.bar.Value != 1 || !r.codes.addFiles.Disabled() {
		t.Fatalf("while reading: hidden %v, text %q (want %q…), bar %.2f", rp.box.Hidden, rp.text.Text, want, rp.bar.Value)
	}
	if dir := os.Getenv("COFFER_SHOTS"); dir != "" {
		shooter{t, h, dir}.shot("restore-2-reading")
	}
	h.runDone()
	if !rp.box.Hidden || r.codes.addFiles.Disabled() {
		t.Fatalf("after reading: progress shown %v, buttons disabled %v", !rp.box.Hidden, r.codes.addFiles.Disabled())
	}
	if st, ok := r.codes.selected(); !ok || st.Found != len(b.Pages[0])+len(b.Pages[1]) {
		t.Fatalf("status %+v", st)
	}
}

// Stop reading ends the reading after the step under way: the first page's
// codes are kept, the second file is not read, and the step says so; the
// second file can then be added again.
func TestRestoreStopReading(t *testing.T) {
	h := newHarness(t)
	r := restoreFilesStep(t, h)
	b, pngs := twoPageScans(t)
	rp := r.codes.reading
	var after []scan.FileProgress
	rp.shown = func(fp scan.FileProgress) {
		if fp.File == 1 && fp.Done && !rp.stopped {
			test.Tap(rp.stop)
			return
		}
		after = append(after, fp)
	}
	drop(h, pngs...)
	if len(after) > 0 && after[len(after)-1].File == 2 {
		t.Errorf("the second file was read after Stop: %+v", after)
	}
	if got := r.codes.session.Reports(); len(got) != 1 || got[0].Path != pngs[0] {
		t.Fatalf("reports %+v, want the first file's only", got)
	}
	if dir := os.Getenv("COFFER_SHOTS"); dir != "" {
		shooter{t, h, dir}.shot("restore-2-stopped")
	}
	if rp.box.Hidden || !strings.HasPrefix(rp.text.Text, "Stopped.") || !rp.bar.Hidden || r.codes.addFiles.Disabled() {
		t.Fatalf("after Stop: shown %v, text %q, bar hidden %v", !rp.box.Hidden, rp.text.Text, rp.bar.Hidden)
	}
	st, _ := r.codes.selected()
	if st.Found != len(b.Pages[0]) {
		t.Fatalf("%d codes found, want the first page's %d", st.Found, len(b.Pages[0]))
	}
	rp.shown = nil
	drop(h, pngs[1])
	if st, _ := r.codes.selected(); st.Found != len(b.Pages[0])+len(b.Pages[1]) || !rp.box.Hidden {
		t.Fatalf("second page added again: %d codes, progress shown %v", st.Found, !rp.box.Hidden)
	}
}

// Leaving the restore while a file is being read stops the reading after the step
// under way, as Stop does: the next file is not read (issue 12 item 6).
func TestLeavingTheRestoreStopsReading(t *testing.T) {
	h := newHarness(t)
	r := restoreFilesStep(t, h)
	_, pngs := twoPageScans(t)
	rp := r.codes.reading
	left := false
	var after []scan.FileProgress
	rp.shown = func(fp scan.FileProgress) {
		if fp.File == 1 && fp.Done && !left {
			left = true
			h.g.showMain()
			return
		}
		if left {
			after = append(after, fp)
		}
	}
	drop(h, pngs...)
	if !left {
		t.Fatal("the first file was never reported done")
	}
	if len(after) > 0 {
		t.Errorf("reading went on after the restore was left: %+v", after)
	}
	if got := r.codes.session.Reports(); len(got) != 1 || got[0].Path != pngs[0] {
		t.Fatalf("reports %+v, want the first file's only", got)
	}
}
