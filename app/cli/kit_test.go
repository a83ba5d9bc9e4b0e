package cli

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// kitText runs pdftotext (poppler-utils), a reader independent of Coffer.
func kitText(t *testing.T, pdf string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	out, err := exec.Command("pdftotext", "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// kitFixture makes a vault with three known secrets and prints one backup of
// it, at the least work factors Coffer writes (backupFixture's 10 is refused
// since the floor was raised).
func kitFixture(t *testing.T, extra ...string) (*cliEnv, string) {
	t.Helper()
	e := newCLIEnv(t)
	e.must("", "init", "--work-factor", "16")
	e.must(cliSeed, "add", "--kind", "seed", "--title", "Cold wallet")
	e.must("hunter2", "add", "--kind", "password", "--title", "Mail")
	e.must("JBSWY3DPEHPK3PXP", "add", "--kind", "totp", "--title", "Exchange 2FA")
	dir := t.TempDir()
	e.must("", append([]string{"backup", "--out", filepath.Join(dir, "backup.pdf"), "--work-factor", "15"}, extra...)...)
	return e, dir
}

// kitSecrets are the secrets and passphrases of kitFixture's vault, none
// of which may reach a kit.
func kitSecrets(e *cliEnv) []string {
	return []string{cliSeed, "abandon", "hunter2", "JBSWY3DPEHPK3PXP", e.env["COFFER_PASSPHRASE"], "correct horse"}
}

// TestCLIKitListsBackupsNoSecrets: `coffer kit` on a vault with known secrets
// and a located backup writes a PDF (0600) whose text lists the backup, its
// place and the vault file, and holds no secret, no passphrase and no title.
func TestCLIKitListsBackupsNoSecrets(t *testing.T) {
	e, dir := kitFixture(t, "--location", "fire safe, bottom shelf")
	var st statusJSON
	if err := json.Unmarshal([]byte(e.must("", "status", "--json")), &st); err != nil {
		t.Fatal(err)
	}
	kit := filepath.Join(dir, "kit.pdf")
	out := e.must("", "kit", "--out", kit, "--paper", "letter")
	if !strings.Contains(out, "1 paper backup(s)") {
		t.Fatalf("kit output: %s", out)
	}
	if fi, err := os.Stat(kit); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("kit file: %v %v", fi, err)
	}
	text := kitText(t, kit)
	for _, want := range []string{st.Backups[0].ID, "fire safe, bottom shelf", "printed, never checked",
		filepath.Base(e.vault), "For the people who will need this"} {
		if !strings.Contains(text, want) {
			t.Errorf("kit lacks %q:\n%s", want, text)
		}
	}
	for _, bad := range append(kitSecrets(e), "Cold wallet", "Mail", "Exchange 2FA") {
		if strings.Contains(text, bad) {
			t.Errorf("kit contains %q:\n%s", bad, text)
		}
	}
}

// TestCLIKitTitlesOnlyWhenAsked: --list-titles adds the titles, still no secret.
func TestCLIKitTitlesOnlyWhenAsked(t *testing.T) {
	e, dir := kitFixture(t)
	kit := filepath.Join(dir, "kit.pdf")
	e.must("", "kit", "--out", kit, "--list-titles")
	text := kitText(t, kit)
	for _, want := range []string{"Cold wallet", "Mail", "Exchange 2FA", "titles only, 3 items"} {
		if !strings.Contains(text, want) {
			t.Errorf("kit lacks %q", want)
		}
	}
	for _, bad := range kitSecrets(e) {
		if strings.Contains(text, bad) {
			t.Errorf("kit contains %q", bad)
		}
	}
}

// TestCLIKitNeverOverwritesAndUsage: an existing file is kept as it was; a
// missing --out or a wrong paper is a usage error (exit 2).
func TestCLIKitNeverOverwritesAndUsage(t *testing.T) {
	e := newCLIEnv(t)
	e.must("", "init", "--work-factor", "16")
	kit := filepath.Join(t.TempDir(), "kit.pdf")
	if err := os.WriteFile(kit, []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := e.run("", "kit", "--out", kit); code == 0 || !strings.Contains(errOut, "never overwrites") {
		t.Fatalf("exit %d, %s", code, errOut)
	}
	if b, _ := os.ReadFile(kit); string(b) != "mine" {
		t.Fatal("existing file changed")
	}
	for _, args := range [][]string{{"kit"}, {"kit", "--out", kit + "2", "--paper", "a5"}} {
		if code, _, _ := e.run("", args...); code != 2 {
			t.Errorf("coffer %v: exit %d, want 2", args, code)
		}
	}
	if _, err := os.Stat(kit + "2"); err == nil {
		t.Error("a kit was written despite the usage error")
	}
}

// TestCLIHelpListsKit: the command is registered and described.
func TestCLIHelpListsKit(t *testing.T) {
	e := newCLIEnv(t)
	code, out, errOut := e.run("", "help")
	if !strings.Contains(out+errOut, "  kit       --out FILE.pdf [options]       print an emergency kit") {
		t.Fatalf("help (exit %d) lacks kit:\n%s%s", code, out, errOut)
	}
}
