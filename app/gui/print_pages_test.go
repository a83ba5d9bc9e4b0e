package gui

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"coffer/export"
	"coffer/vault"
)

// notesOf is n notes of size characters each, the same on every run.
func notesOf(n, size int) []vault.Item {
	var out []vault.Item
	for i := range n {
		var b strings.Builder
		for j := 0; b.Len() < size; j++ {
			fmt.Fprintf(&b, "%08x", uint32(i*7919+j)*2654435761) // no compressible runs
		}
		out = append(out, vault.Item{Kind: vault.KindNote, Title: fmt.Sprintf("Note %d", i+1), Secret: b.String()[:size]})
	}
	return out
}

var typedLineNo = regexp.MustCompile(`(?m)^\s*(\d\d)\.\d\d\s`)

// pdfPageKinds reads a backup PDF with poppler's pdftotext, page by page, and says
// what each page holds, and the highest code printed as typed lines.
func pdfPageKinds(t *testing.T, pdf string, pages int) ([]export.PageKind, int) {
	t.Helper()
	var kinds []export.PageKind
	typed := 0
	for p := 1; p <= pages; p++ {
		out, err := exec.Command("pdftotext", "-layout", "-f", strconv.Itoa(p), "-l", strconv.Itoa(p), pdf, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext page %d: %v", p, err)
		}
		text := string(out)
		switch {
		case strings.Contains(text, "Items in this backup"):
			kinds = append(kinds, export.PageTitles)
		case strings.Contains(text, "Typed fallback"):
			kinds = append(kinds, export.PageTyped)
			for _, m := range typedLineNo.FindAllStringSubmatch(text, -1) {
				n, _ := strconv.Atoi(m[1])
				typed = max(typed, n)
			}
		case strings.Contains(text, "Code 1 of") || regexp.MustCompile(`Code \d+ of \d+`).MatchString(text):
			kinds = append(kinds, export.PageCodes)
		default:
			t.Fatalf("page %d holds neither codes, titles nor typed lines:\n%s", p, text)
		}
	}
	return kinds, typed
}

// The print preview says which page holds what, true to the PDF export writes, for
// backups of several sizes, with and without the list of titles and the typed lines.
func TestPrintPreviewDescribesTheRealPages(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	cases := []struct {
		name   string
		items  []vault.Item
		titles bool
		noText bool
		want   string // the sentence, when fixed
	}{
		{"one small item", sampleItems()[1:2], false, false, "Page 1 holds the codes; page 2 repeats code 1 as lines"},
		{"one small item with titles", sampleItems()[1:2], true, false,
			"Page 1 holds the codes; page 2 lists the items' titles, without their secrets; page 3 repeats code 1 as lines"},
		{"no typed lines", sampleItems(), true, true, "Page 1 holds the codes; page 2 lists the items' titles, without their secrets."},
		{"several code pages", notesOf(6, 3000), true, false, ""},
		{"many code pages", notesOf(20, 3000), false, false, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b, err := export.Create(c.items, "test-vault", testPassphrase, export.Options{WorkFactor: 10, AllowWeakWorkFactor: true,
				ListTitles: c.titles, NoText: c.noText, Now: func() time.Time { return time.Date(2025, 3, 14, 9, 26, 0, 0, time.UTC) }})
			if err != nil {
				t.Fatal(err)
			}
			pdf := filepath.Join(t.TempDir(), "b.pdf")
			writeBackupPDFOf(t, b, pdf)
			kinds := b.PageKinds()
			got, typed := pdfPageKinds(t, pdf, len(kinds))
			if fmt.Sprint(got) != fmt.Sprint(kinds) {
				t.Fatalf("the PDF's pages hold %v; PageKinds says %v", got, kinds)
			}
			if typed != b.TypedCodes() {
				t.Fatalf("the typed pages print codes 1 to %d; TypedCodes says %d", typed, b.TypedCodes())
			}
			about := pagesAbout(kinds, b.TypedCodes())
			if c.want != "" && !strings.HasPrefix(about, c.want) {
				t.Errorf("about = %q, want %q…", about, c.want)
			}
			codes := strings.Count(fmt.Sprint(kinds), "codes")
			if codes > 1 && !strings.HasPrefix(about, fmt.Sprintf("Pages 1 to %d hold the codes", codes)) {
				t.Errorf("%d code pages: %q", codes, about)
			}
			if b.TypedCodes() > 1 && !strings.Contains(about, fmt.Sprintf("codes 1 to %d as lines", b.TypedCodes())) {
				t.Errorf("codes 1 to %d are typed: %q", b.TypedCodes(), about)
			}
			page1, _ := exec.Command("pdftotext", "-f", "1", "-l", "1", pdf, "-").Output()
			if c.noText == strings.Contains(strings.Join(strings.Fields(string(page1)), " "), "type the lines printed on the text pages") {
				t.Errorf("no typed pages %v, but page 1 says otherwise about typing lines", c.noText)
			}
			t.Log(about)
		})
	}
}

// The wizard's preview step shows that sentence, for the backup it made.
func TestPrintPreviewStepNamesTheTitlesPage(t *testing.T) {
	h := newHarness(t)
	toPreview(t, h, h.unlocked(sampleItems()...), true)
	want := "Page 1 holds the codes; page 2 lists the items' titles, without their secrets; page 3 repeats code 1 as lines"
	if !shows(h, want) || shows(h, "Pages 2 to 3 repeat") {
		t.Errorf("the preview does not say %q", want)
	}
}

// toPreview opens the print wizard from the main screen and goes to its preview
// step with the vault passphrase, the list of titles on or off.
func toPreview(t *testing.T, h *harness, m *mainScreen, titles bool) *printScreen {
	t.Helper()
	test.Tap(m.print)
	p := showing[*printScreen](h)
	test.Tap(p.wiz.Next)
	p.titles.SetChecked(titles)
	p.passChoice.Pick(passVault)
	test.Type(p.vaultPass, testPassphrase)
	test.Tap(p.wiz.Next)
	if p.wiz.Current != printStepPreview {
		t.Fatalf("print wizard at step %d, not the preview", p.wiz.Current)
	}
	return p
}
