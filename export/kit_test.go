package export

import (
	"bytes"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"coffer/vault"
)

func kitLedger() []vault.BackupRecord {
	day := func(d int) *time.Time { t := testNow.AddDate(0, 0, d); return &t }
	return []vault.BackupRecord{
		{ID: "8HH5BV19", Created: testNow.AddDate(0, -6, 0), Paper: "a4", Pages: 2, Location: "Bank safe deposit box 112", Checked: day(-170)},
		{ID: "3K9QW2ZD", Created: testNow.AddDate(0, -1, 0), Paper: "a4", Pages: 1, Location: "Aunt Mary's desk, top drawer", Verified: day(-20)},
		{ID: "7TT0XM4P", Created: testNow, Paper: "letter", Pages: 3},
	}
}

func sampleKit(paper Paper, titles []string) Kit {
	return Kit{Paper: paper, Date: testNow, VaultPath: "/home/ann/.local/share/coffer/vault.coffer",
		Backups: kitLedger(), Titles: titles}
}

// pdfText extracts the text of a PDF with poppler's pdftotext, an independent reader.
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	path := filepath.Join(t.TempDir(), "kit.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

func kitPDF(t *testing.T, k Kit) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := k.WritePDF(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestKitListsBackups: the page, as pdftotext reads it, lists every backup
// with its ID, date, pages, state and where it is kept, the vault's place,
// the restore steps and the lines to fill in; on one page of the paper asked.
func TestKitListsBackups(t *testing.T) {
	for _, paper := range []Paper{A4, Letter} {
		pdf := kitPDF(t, sampleKit(paper, nil))
		text := pdfText(t, pdf)
		for _, want := range []string{
			"For the people who will need this", "free", "offline", "/home/ann/.local/share/coffer/vault.coffer", "encrypted",
			"8HH5BV19", "Bank safe deposit box 112", "checked", "3K9QW2ZD", "Aunt Mary's desk, top drawer", "codes read",
			"7TT0XM4P", "printed, never checked", "(not recorded)", "age --decrypt", "docs/PAPER.md",
			"The passphrase is kept at:", "Share holders", "A trusted contact", "Review this page every year",
			testNow.Format("2 January 2006"),
		} {
			if !strings.Contains(text, want) {
				t.Errorf("%s kit lacks %q:\n%s", paper, want, text)
			}
		}
		if strings.Contains(text, "What the vault holds") {
			t.Errorf("titles listed without being asked")
		}
		checkOnePage(t, pdf, paper)
	}
}

func checkOnePage(t *testing.T, pdf []byte, paper Paper) {
	t.Helper()
	if _, err := exec.LookPath("pdfinfo"); err != nil {
		return
	}
	path := filepath.Join(t.TempDir(), "kit.pdf")
	_ = os.WriteFile(path, pdf, 0o600)
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	size := map[Paper]string{A4: "595.28 x 841.89 pts", Letter: "612 x 792 pts"}[paper]
	if !strings.Contains(string(out), "Pages:           1\n") || !strings.Contains(string(out), size) {
		t.Errorf("%s kit is not one %s page:\n%s", paper, size, out)
	}
}

// TestKitTitlesOnlyWhenAsked: titles appear only when given, and a long list
// is cut with a count instead of running off the page.
func TestKitTitlesOnlyWhenAsked(t *testing.T) {
	titles := []string{"Bitcoin wallet (Trezor)", "Bank of Nowhere", "Email"}
	text := pdfText(t, kitPDF(t, sampleKit(A4, titles)))
	for _, want := range append(titles, "What the vault holds (titles only, 3 items)") {
		if !strings.Contains(text, want) {
			t.Errorf("kit lacks %q", want)
		}
	}
	var many []string
	for _, it := range sampleItems(400) {
		many = append(many, it.Title)
	}
	pdf := kitPDF(t, sampleKit(Letter, many))
	text = pdfText(t, pdf)
	if !strings.Contains(text, "... and ") || !strings.Contains(text, many[0]) {
		t.Errorf("400 titles not cut with a count:\n%s", text)
	}
	checkOnePage(t, pdf, Letter)
}

// TestKitLongPlace: a long place takes a second line instead of being cut
// mid-word, and a very long one is cut with a mark.
func TestKitLongPlace(t *testing.T) {
	k := sampleKit(A4, nil)
	k.Backups = append(k.Backups, vault.BackupRecord{ID: "9ZZ1AA2B", Created: testNow, Pages: 1,
		Location: "Safe deposit box 112 at First National Bank, Main Street branch, key with Tom"})
	text := pdfText(t, kitPDF(t, k))
	for _, want := range []string{"Safe deposit box 112 at First National", "Bank, Main Street branch, key with Tom"} {
		if !strings.Contains(text, want) {
			t.Errorf("kit lacks %q:\n%s", want, text)
		}
	}
	if got := kitWhere(strings.Repeat("drawer ", 30)); len(got) != 2 || !strings.HasSuffix(got[1], "...") {
		t.Errorf("very long place: %q", got)
	}
}

// TestKitNoBackups: an empty ledger is said plainly.
func TestKitNoBackups(t *testing.T) {
	text := pdfText(t, kitPDF(t, Kit{Date: testNow, VaultPath: "C:\\Users\\Ann\\vault.coffer"}))
	if !strings.Contains(text, "No paper backup was recorded") {
		t.Errorf("no-backup sentence missing:\n%s", text)
	}
}

// TestKitDeterministic: the same kit gives the same bytes (fixtures and
// reproducible prints).
func TestKitDeterministic(t *testing.T) {
	a, b := kitPDF(t, sampleKit(A4, nil)), kitPDF(t, sampleKit(A4, nil))
	if !bytes.Equal(a, b) {
		t.Fatal("two renders differ")
	}
}

// TestKitImage: the preview image has the paper's proportions; with
// COFFER_KIT_PNG set it is written there to be looked at.
func TestKitImage(t *testing.T) {
	img, err := sampleKit(A4, []string{"Bitcoin wallet", "Email"}).Image(100)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 827 || b.Dy() != 1169 {
		t.Fatalf("A4 at 100 dpi is %v", b)
	}
	if out := os.Getenv("COFFER_KIT_PNG"); out != "" {
		f, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := png.Encode(f, img); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := (Kit{}).Image(10); err == nil {
		t.Fatal("dpi 10 accepted")
	}
}

// TestKitListsSharedBackups: a shared backup is listed with its K of N and the
// holders' labels, and the restore steps say how share sheets open it; no share
// word is ever on the page.
func TestKitListsSharedBackups(t *testing.T) {
	k := sampleKit(A4, nil)
	b, err := Create(nil, "v", "", Options{Shares: Shares{K: 3, N: 5}, Now: func() time.Time { return testNow }})
	if err != nil {
		t.Fatal(err)
	}
	rec := b.LedgerRecord(nil)
	rec.Shared.Holders = []string{"Alice", "Bob (notary)"}
	rec.Location = "Home safe"
	k.Backups = append(k.Backups, rec)
	text := pdfText(t, kitPDF(t, k))
	flat := strings.Join(strings.Fields(text), " ")
	for _, want := range []string{
		b.ID, "Home safe", "any 3 of its 5 share sheets", "Share sheets held by: Alice; Bob (notary).",
		"A shared backup asks for no passphrase", "any SLIP-39 tool combines the share sheets",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("kit lacks %q:\n%s", want, text)
		}
	}
	for _, sh := range b.Shares {
		words := sh.Words()
		for i := 0; i+3 <= len(words); i++ { // any three words of a share in a row would be a leak
			if run := strings.Join(words[i:i+3], " "); strings.Contains(flat, run) {
				t.Errorf("share words %q on the kit", run)
			}
		}
	}
	checkOnePage(t, kitPDF(t, k), A4)
	k.Backups[len(k.Backups)-1].Shared.Passphrase = true
	if flat := strings.Join(strings.Fields(pdfText(t, kitPDF(t, k))), " "); !strings.Contains(flat, "and the shares' SLIP-39 passphrase, open it") {
		t.Errorf("kit does not say the shares need their passphrase:\n%s", flat)
	}
	plain := strings.Join(strings.Fields(pdfText(t, kitPDF(t, sampleKit(A4, nil)))), " ")
	if strings.Contains(plain, "share sheets held by") || strings.Contains(plain, "A shared backup asks") {
		t.Error("a kit with no shared backup talks about share sheets")
	}
}
