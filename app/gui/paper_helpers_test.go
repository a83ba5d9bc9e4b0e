package gui

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"hash/crc32"
	"html"
	"image/png"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"coffer/export"
	"coffer/vault"
)

// paperRecorder stands in for the printer, the PDF viewer and the browser, so tests
// see what would be printed or opened without starting programs. Everything else of
// paper backups (export, restore, scan) is the real thing.
type paperRecorder struct {
	printed []string // "printer path"
	viewed  []string
	opened  []string
}

// usePaperRecorder makes backups fast (work factor 10) and records system actions.
func (h *harness) usePaperRecorder(printers ...string) *paperRecorder {
	r := &paperRecorder{}
	h.g.paper.workFactor = 10
	h.g.paper.weakForTests = true
	h.g.paper.printers = func() ([]export.Printer, error) {
		if len(printers) == 0 {
			return nil, export.ErrNoCUPS
		}
		var ps []export.Printer
		for i, p := range printers {
			ps = append(ps, export.Printer{Name: p, Default: i == 0})
		}
		return ps, nil
	}
	h.g.paper.print = func(printer, path string) (string, error) {
		r.printed = append(r.printed, printer+" "+path)
		return "request id is " + printer + "-1 (1 file(s))", nil
	}
	h.g.paper.openViewer = func(path string) error { r.viewed = append(r.viewed, path); return nil }
	h.g.paper.openURL = func(u *url.URL) error { r.opened = append(r.opened, u.String()); return nil }
	return r
}

// bigNote is an item whose random text fills more than two code pages once
// encrypted, so a backup of it has a spare page.
func bigNote(t *testing.T) vault.Item {
	t.Helper()
	b := make([]byte, 9600)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return vault.Item{Kind: vault.KindNote, Title: "Old wallet export", Secret: base64.StdEncoding.EncodeToString(b)}
}

// fileWriter opens a new file the way Fyne's save dialog hands it over.
func fileWriter(t *testing.T, path string) fyne.URIWriteCloser {
	t.Helper()
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// writePages writes the given pages (1-based) of a backup as 150 dpi PNG files, as a
// scanner would, and returns their paths.
func writePages(t *testing.T, b *export.Backup, dir string, pages ...int) []string {
	t.Helper()
	imgs, err := b.PageImages(150)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, n := range pages {
		p := filepath.Join(dir, fmt.Sprintf("scan-%s-%d.png", b.ID, n))
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(f, imgs[n-1]); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// writeBackupPDF makes a real backup of items with export and saves its PDF.
func writeBackupPDF(t *testing.T, items []vault.Item, pass, path string) *export.Backup {
	t.Helper()
	b, err := export.Create(items, "test-vault", pass, export.Options{WorkFactor: 10, AllowWeakWorkFactor: true, Now: func() time.Time { return time.Date(2024, 11, 2, 18, 30, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := b.WritePDF(f); err != nil {
		t.Fatal(err)
	}
	return b
}

// drop drops files on the window, as from a file manager.
func drop(h *harness, paths ...string) {
	uris := make([]fyne.URI, len(paths))
	for i, p := range paths {
		uris[i] = storage.NewFileURI(p)
	}
	h.g.onDropped(fyne.NewPos(10, 10), uris)
}

// typedLinesOf spells a backup's codes as the typed-fallback lines printed on its
// text pages, following docs/FORMAT.md: "CC.LL  XXXXX … KK", 30 characters a line,
// and a check of CRC-32("code.line:chars") in two Crockford characters.
func typedLinesOf(b *export.Backup, codes ...int) []string {
	const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
	width := len(fmt.Sprint(len(b.Frames)))
	var out []string
	for _, code := range codes {
		body := strings.TrimPrefix(b.Frames[code-1].Text(), "COFFER1:")
		for i := 0; i*30 < len(body); i++ {
			chars := body[i*30 : min((i+1)*30, len(body))]
			sum := crc32.ChecksumIEEE(fmt.Appendf(nil, "%d.%d:%s", code, i+1, chars))
			var groups []string
			for j := 0; j < len(chars); j += 5 {
				groups = append(groups, chars[j:min(j+5, len(chars))])
			}
			out = append(out, fmt.Sprintf("%0*d.%02d  %s  %c%c", width, code, i+1, strings.Join(groups, " "),
				alphabet[sum>>5&31], alphabet[sum&31]))
		}
	}
	return out
}

// markupHas reports whether the window shows text, also when a wrapped paragraph
// splits it over several lines.
func markupHas(h *harness, text string) bool {
	markup := test.RenderToMarkup(h.g.win.Canvas())
	if strings.Contains(markup, text) {
		return true
	}
	var shown []string
	for _, m := range markupText.FindAllStringSubmatch(markup, -1) {
		shown = append(shown, html.UnescapeString(m[1]))
	}
	return strings.Contains(strings.Join(shown, " "), text)
}

// markupText matches one line of text in Fyne's markup.
var markupText = regexp.MustCompile(`<text[^>]*>([^<]*)</text>`)
