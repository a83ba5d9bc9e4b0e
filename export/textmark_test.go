package export

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestTextMarkRoundTrip(t *testing.T) {
	for _, m := range []TextMark{
		{BackupID: "K3J9QX2A", Page: 2, Pages: 3, Kind: PageTitles},
		{BackupID: "0000ZZZZ", Page: 9999, Pages: 9999, Kind: PageTyped},
	} {
		got, ok := ParseTextMark(m.Text())
		if !ok || got != m {
			t.Errorf("ParseTextMark(%q) = %+v, %v", m.Text(), got, ok)
		}
	}
	for _, bad := range []string{
		"", "COFFERTEXT1:", "COFFERTEXT1:K3J9QX2A:2:3", "COFFERTEXT1:K3J9QX2A:4:3:L", "COFFERTEXT1:K3J9QX2A:0:3:L",
		"COFFERTEXT1:K3J9QX2a:2:3:L", "COFFERTEXT1:K3J9QX2A:02:3:L", "COFFERTEXT1:K3J9QX2A:2:3:C", "COFFERTEXT2:K3J9QX2A:2:3:L",
		"COFFERTEXT1:K3J9QX2A:2:3:L:", "COFFERTEXT1:K3J9QXIA:2:3:T",
	} {
		if m, ok := ParseTextMark(bad); ok {
			t.Errorf("ParseTextMark(%q) = %+v, want not a mark", bad, m)
		}
	}
}

func FuzzParseTextMark(f *testing.F) {
	f.Add("COFFERTEXT1:K3J9QX2A:2:3:L")
	f.Add("COFFERTEXT1:K3J9QX2A:12:23:T")
	f.Fuzz(func(t *testing.T, s string) {
		m, ok := ParseTextMark(s)
		if !ok {
			return
		}
		if m.Text() != s {
			t.Fatalf("%q parsed to %+v, which writes %q", s, m, m.Text())
		}
	})
}

// Every text page of the PDF carries its mark where a second QR reader (zbarimg)
// finds it at 150 dpi, and a code page carries none; the mark's text is in QR
// alphanumeric characters only.
func TestTextPagesCarryTheirMark(t *testing.T) {
	needTools(t, "pdftoppm", "zbarimg")
	for _, p := range []Paper{A4, Letter} {
		t.Run(string(p), func(t *testing.T) {
			o := testOpts(p)
			o.ListTitles = true
			b, err := Create(sampleItems(30), "v", testPass, o)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			file := writeBackupPDF(t, b, dir)
			if out, err := exec.Command("pdftoppm", "-r", "150", "-gray", "-png", file, filepath.Join(dir, "p")).CombinedOutput(); err != nil {
				t.Fatalf("pdftoppm: %v: %s", err, out)
			}
			kinds := b.PageKinds()
			for i, k := range kinds {
				png := filepath.Join(dir, fmt.Sprintf("p-%0*d.png", len(fmt.Sprint(len(kinds))), i+1))
				out, _ := exec.Command("zbarimg", "-q", "--raw", png).Output()
				var marks []string
				for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
					if strings.HasPrefix(l, TextMarkPrefix) {
						marks = append(marks, l)
					}
				}
				want := ""
				if k != PageCodes {
					want = TextMark{BackupID: b.ID, Page: i + 1, Pages: len(kinds), Kind: k}.Text()
					if strings.Trim(want, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:") != "" {
						t.Fatalf("mark %q leaves QR alphanumeric mode", want)
					}
				}
				if strings.Join(marks, ",") != want {
					t.Errorf("page %d (%v): marks read %q, want %q", i+1, k, marks, want)
				}
			}
		})
	}
}
