package cli

import (
	"strings"
	"testing"

	"coffer/vault"
)

// A backup made with a passphrase other than the one the user will type never reaches
// "checked": verify without it exits 1, verify with the wrong one exits 1.
func TestCLIMistypedBackupPassphraseNeverChecked(t *testing.T) {
	e := newCLIEnv(t)
	e.env["COFFER_BACKUP_PASSPHRASE"] = "paper passphrase for the sofa" // meant: …safe
	e2, pdf, _ := backupFixtureEnv(t, e)
	delete(e2.env, "COFFER_BACKUP_PASSPHRASE")
	if code, _, errOut := e2.run("", "verify", pdf); code != 1 || !strings.Contains(errOut, "codes read, not decrypted") {
		t.Fatalf("verify without passphrase: exit %d stderr %q", code, errOut)
	}
	e2.env["COFFER_BACKUP_PASSPHRASE"] = "paper passphrase for the safe"
	if code, _, errOut := e2.run("", "verify", pdf); code != 1 || !strings.Contains(errOut, "wrong backup passphrase") {
		t.Fatalf("verify with the passphrase the user remembers: exit %d stderr %q", code, errOut)
	}
	if st := e2.status(); st.Backups[0].State != vault.BackupCodesRead.String() || st.UpToDate != 0 {
		t.Fatalf("status: %+v", st)
	}
	out := e2.must("", "status")
	if !strings.Contains(out, "codes read 2026-03-04, not decrypted") || !strings.Contains(out, "Up to date on paper (on a checked backup): 0") ||
		!strings.Contains(out, "On paper, codes read but never decrypted: 3") {
		t.Fatalf("status text:\n%s", out)
	}
}

func TestCLIVerifyAsksOnATerminal(t *testing.T) {
	e, pdf, _ := backupFixture(t)
	e.answers = []string{""} // Enter alone: codes only
	if code, _, errOut := e.run("", "verify", pdf); code != 1 || !strings.Contains(errOut, "codes read, not decrypted") {
		t.Fatalf("Enter alone: exit %d stderr %q", code, errOut)
	}
	if len(e.prompts) != 1 || !strings.Contains(e.prompts[0], "Backup passphrase") {
		t.Fatalf("prompts %q", e.prompts)
	}
	e.answers = []string{"a wrong guess", e.env["COFFER_PASSPHRASE"]}
	code, out, errOut := e.run("", "verify", pdf)
	if code != 0 || !strings.Contains(errOut, "try again") || !strings.Contains(out, "decrypted backup") {
		t.Fatalf("wrong then right: exit %d\n%s\n%s", code, out, errOut)
	}
	out = e.must("", "status")
	if !strings.Contains(out, "checked 2026-03-04 (read back and decrypted)") || !strings.Contains(out, "Up to date on paper (on a checked backup): 3") {
		t.Fatalf("status text:\n%s", out)
	}
}
