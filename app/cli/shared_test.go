package cli

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// pdfToPNG renders every page of pdf as PNG with poppler's pdftoppm (as a scanner
// would see the paper) and returns the files in page order.
func pdfToPNG(t *testing.T, pdf, prefix string) []string {
	t.Helper()
	if out, err := exec.Command("pdftoppm", "-r", "150", "-png", pdf, prefix).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	pages, _ := filepath.Glob(prefix + "-*.png")
	return pages
}

// showJSON is `coffer show TITLE --json` on the vault at path ("" for the test vault).
func showJSON(t *testing.T, e *cliEnv, path, title string) map[string]any {
	t.Helper()
	args := []string{"show", title, "--json"}
	if path != "" {
		args = append([]string{"--vault", path}, args...)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(e.must("", args...)), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestCLISharedBackupRestoresFromPageImagesAndThreeShareSheets(t *testing.T) {
	for _, tool := range []string{"pdftoppm", "pdftotext", "zbarimg"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	e, pdf, dir := backupFixture(t, "--shares", "3-of-5", "--holder", "Alice", "--holder", "Bob (notary)")
	sharesPDF := filepath.Join(dir, "backup-shares.pdf")
	st := e.status()
	if sh := st.Backups[0].Shared; sh == nil || sh.K != 3 || sh.N != 5 || !reflect.DeepEqual(sh.Holders, []string{"Alice", "Bob (notary)"}) {
		t.Fatalf("ledger: %+v", st.Backups[0])
	}
	if text := e.must("", "status"); !strings.Contains(text, "any 3 of its 5 share sheets") || !strings.Contains(text, "share 2 held by: Bob (notary)") {
		t.Fatalf("status: %s", text)
	}
	if text, err := exec.Command("pdftotext", sharesPDF, "-").Output(); err != nil || strings.Contains(string(text), "Alice") ||
		!strings.Contains(string(text), "any 3 of these, together with the code pages") {
		t.Fatalf("share sheet text (%v): %.300s", err, text)
	}
	pages := pdfToPNG(t, pdf, filepath.Join(dir, "code"))
	sheets := pdfToPNG(t, sharesPDF, filepath.Join(dir, "share"))
	if len(sheets) != 5 {
		t.Fatalf("%d share sheets", len(sheets))
	}
	// No passphrase anywhere: the backup opens with the code pages and any 3 sheets.
	delete(e.env, "COFFER_BACKUP_PASSPHRASE")
	newVault := filepath.Join(dir, "new.coffer")
	e.env["COFFER_NEW_PASSPHRASE"] = "new vault passphrase"
	// no sheet: the passphrase is not asked for, the sheets are
	code, _, errOut := e.run("", append([]string{"verify"}, pages...)...)
	if code != 1 || !strings.Contains(errOut, "is shared: it opens with its share sheets") {
		t.Fatalf("no sheets: exit %d stderr %s", code, errOut)
	}
	// two sheets: not enough, and the message says how many more
	args := append(append([]string{"restore", "--new", newVault, "--work-factor", "10"}, pages...), sheets[0], sheets[3])
	code, out, errOut := e.run("", args...)
	if code != 1 || !strings.Contains(errOut, "1 more share needed") || !strings.Contains(out, "shares: 2 of 3 needed") {
		t.Fatalf("two sheets: exit %d\nstdout %s\nstderr %s", code, out, errOut)
	}
	out = e.must("", append(args, sheets[4])...)
	if !strings.Contains(out, "restored backup") || !strings.Contains(out, "3 added") {
		t.Fatalf("restore: %s", out)
	}
	for _, title := range []string{"Cold wallet", "Mail", "Exchange 2FA"} {
		before := showJSON(t, e, "", title)
		saved := e.env["COFFER_PASSPHRASE"]
		e.env["COFFER_PASSPHRASE"] = "new vault passphrase"
		after := showJSON(t, e, newVault, title)
		e.env["COFFER_PASSPHRASE"] = saved
		b, _ := json.Marshal(before)
		a, _ := json.Marshal(after)
		if string(a) != string(b) {
			t.Fatalf("%s differs:\nbefore %s\nafter  %s", title, b, a)
		}
	}

	// Typed share words, read off the sheets by another QR reader; one typo is caught at the word.
	var typed []string
	for _, sheet := range sheets[1:4] {
		words, err := exec.Command("zbarimg", "-q", "--raw", sheet).Output()
		if err != nil {
			t.Fatalf("zbarimg %s: %v", sheet, err)
		}
		typed = append(typed, strings.TrimSpace(string(words)))
	}
	good := strings.Join(typed, "\n") + "\n"
	w := strings.Fields(typed[1])
	w[11] = w[11][:len(w[11])-1] + "q" // its last letter made a "q": no SLIP-39 word
	bad := typed[0] + "\n" + strings.Join(w, " ") + "\n" + typed[2] + "\n"
	wordsFile := filepath.Join(dir, "typed-shares.txt")
	if err := os.WriteFile(wordsFile, []byte(bad), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = e.run("", append([]string{"verify"}, append(pages, wordsFile)...)...)
	if code != 1 || !strings.Contains(errOut, "word 12") {
		t.Fatalf("typo: exit %d stderr %s", code, errOut)
	}
	if err := os.WriteFile(wordsFile, []byte(good), 0o600); err != nil {
		t.Fatal(err)
	}
	out = e.must("", append([]string{"verify"}, append(pages, wordsFile)...)...)
	if !strings.Contains(out, "decrypted backup") {
		t.Fatalf("verify with typed words: %s", out)
	}
	var v restoreJSON
	if err := json.Unmarshal([]byte(e.must("", append([]string{"verify", "--json"}, append(pages, wordsFile)...)...)), &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Shares) != 1 || v.Shares[0].Needed != 3 || len(v.Shares[0].Members) != 3 || v.Files[len(v.Files)-1].Shares != 3 {
		t.Fatalf("verify --json shares: %+v %+v", v.Shares, v.Files)
	}
	if st := e.status(); st.Backups[0].State != "checked" {
		t.Fatalf("after verify: %+v", st.Backups[0])
	}
}

func TestCLISharedBackupFlags(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	e.must("hunter2", "add", "--kind", "password", "--title", "Mail")
	out := filepath.Join(t.TempDir(), "b.pdf")
	for _, bad := range [][]string{
		{"--shares", "1-of-3"}, {"--shares", "4-of-3"}, {"--shares", "2-of-17"}, {"--shares", "three"},
		{"--shares", "2-of-3", "--hint-line"}, {"--shares-out", "x.pdf"}, {"--holder", "Alice"},
		{"--shares", "2-of-2", "--holder", "A", "--holder", "B", "--holder", "C"},
	} {
		if code, _, errOut := e.run("", append([]string{"backup", "--out", out}, bad...)...); code != 2 {
			t.Errorf("%v: exit %d stderr %s", bad, code, errOut)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Fatal("a refused backup wrote its PDF")
	}
}

// Issue 15 item 4 on the command line: a photo of a text page alone is named as
// one (on a terminal, and in --json), not reported as a file without codes.
func TestCLIVerifyNamesALoneTextPage(t *testing.T) {
	for _, tool := range []string{"pdftoppm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (apt-get install poppler-utils)", tool)
		}
	}
	e, pdf, dir := backupFixture(t, "--list-titles")
	pages := pdfToPNG(t, pdf, filepath.Join(dir, "p"))
	if len(pages) < 2 {
		t.Fatalf("%d pages", len(pages))
	}
	textPage := pages[1] // page 1 holds the codes, page 2 the list of titles
	code, stdout, errOut := e.run("", "verify", textPage, "--json")
	var v restoreJSON
	if err := json.Unmarshal([]byte(stdout), &v); err != nil {
		t.Fatalf("%v: %s", err, stdout)
	}
	if code == 0 || len(v.Files) != 1 || v.Files[0].TextPage == nil || v.Files[0].TextPage.Page != 2 || v.Files[0].Error != "" {
		t.Fatalf("verify a lone text page: exit %d, %+v, stderr %q", code, v.Files, errOut)
	}
	e.terminal = true
	_, _, errOut = e.run("", "verify", textPage)
	if !strings.Contains(errOut, "page 2 of") || !strings.Contains(errOut, "no codes on it") {
		t.Fatalf("on a terminal: %q", errOut)
	}
}
