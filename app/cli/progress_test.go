package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// On a terminal verify shows the file it reads and the codes found so far on
// one line rewritten in place, then what each file gave; --quiet hides that,
// and so does a standard error that is not a terminal. Problems always show.
func TestCLIProgressOnATerminal(t *testing.T) {
	e, _, dir := backupFixture(t)
	pngDir := filepath.Join(dir, "png")
	if err := os.Mkdir(pngDir, 0o700); err != nil {
		t.Fatal(err)
	}
	e.must("", "backup", "--out", filepath.Join(dir, "second.pdf"), "--png", pngDir, "--work-factor", "10", "--no-text")
	pngs, _ := filepath.Glob(filepath.Join(pngDir, "*.png"))
	if len(pngs) != 1 {
		t.Fatalf("%d PNG pages, want 1", len(pngs))
	}
	blank := filepath.Join(dir, "blank.png")
	os.WriteFile(blank, nil, 0o600)
	e.terminal = true
	_, _, errOut := e.run("", "verify", pngs[0], blank)
	for _, want := range []string{"\r\x1b[Kcoffer: reading 1/2 " + pngs[0], "codes so far", "coffer: 1/2 " + pngs[0] + ": ",
		"\r\x1b[Kcoffer: reading 2/2 " + blank, "coffer: " + blank + ": "} {
		if !strings.Contains(errOut, want) {
			t.Errorf("terminal stderr lacks %q:\n%q", want, errOut)
		}
	}
	_, _, quiet := e.run("", "verify", "--quiet", pngs[0], blank)
	e.terminal = false
	_, _, piped := e.run("", "verify", pngs[0], blank)
	for name, out := range map[string]string{"--quiet": quiet, "not a terminal": piped} {
		if strings.Contains(out, "\r") || strings.Contains(out, "reading") || strings.Contains(out, "1/2") {
			t.Errorf("%s: progress shown:\n%q", name, out)
		}
		if !strings.Contains(out, "coffer: "+blank+": ") {
			t.Errorf("%s: the empty file's problem is not shown:\n%q", name, out)
		}
	}
}
