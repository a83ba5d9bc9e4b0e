package restore

import (
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"coffer/export"
	"coffer/export/scan"
)

// A lone photo or scan of a Coffer text page (pdftoppm's rendering of the PDF, as a
// grey PNG and as a JPEG) is recognised by its mark: which page of which backup, and
// what it holds; it is never a failure, and it adds no codes.
func TestLoneTextPageIsRecognisedByItsMark(t *testing.T) {
	for _, tool := range []string{"pdftoppm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skip(tool + " not installed")
		}
	}
	items := sampleItems(3, "mark")
	b, err := export.Create(items, "vault-id", testPass, export.Options{Paper: export.A4, WorkFactor: 10, AllowWeakWorkFactor: true, ListTitles: true})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	pdf := writePDF(t, dir, b)
	kinds := b.PageKinds() // codes, list of items, typed lines
	for _, c := range []struct {
		page int
		args []string
		file string
	}{
		{2, []string{"-r", "150", "-gray", "-png"}, "list-2.png"},
		{3, []string{"-r", "120", "-jpeg"}, "typed-3.jpg"},
	} {
		prefix := filepath.Join(dir, "p")
		args := append(append([]string{}, c.args...), "-f", itoa(c.page), "-l", itoa(c.page), "-singlefile", pdf, prefix)
		if out, err := exec.Command("pdftoppm", args...).CombinedOutput(); err != nil {
			t.Fatalf("pdftoppm: %v: %s", err, out)
		}
		img := prefix + filepath.Ext(c.file)
		s := NewSession()
		reps := s.AddFiles([]string{img}, scan.Options{})
		if len(reps) != 1 {
			t.Fatalf("%d reports", len(reps))
		}
		r := reps[0]
		want := export.TextMark{BackupID: b.ID, Page: c.page, Pages: len(kinds), Kind: kinds[c.page-1]}
		if r.Err != nil || r.TextPage == nil || *r.TextPage != want || r.Codes != 0 || r.Others != 0 {
			t.Fatalf("%s: report %+v (text page %+v), want the mark %+v and no error", c.file, r, r.TextPage, want)
		}
		if got, wantLine := r.TextPageLine(), "page "+itoa(c.page)+" of 3 of backup "+b.ID+": "+kinds[c.page-1].String()+", no codes on it"; got != wantLine {
			t.Errorf("line %q, want %q", got, wantLine)
		}
		if len(s.Backups()) != 0 {
			t.Errorf("a text page started a backup: %+v", s.Backups())
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
