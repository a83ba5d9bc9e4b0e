package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coffer/vault"
)

// backupFixture makes a vault with three items and prints a backup of it.
func backupFixture(t *testing.T, extra ...string) (*cliEnv, string, string) {
	t.Helper()
	return backupFixtureEnv(t, newCLIEnv(t), extra...)
}

// backupFixtureEnv is backupFixture in a prepared environment.
func backupFixtureEnv(t *testing.T, e *cliEnv, extra ...string) (*cliEnv, string, string) {
	t.Helper()
	e.init()
	e.must(cliSeed, "add", "--kind", "seed", "--title", "Cold wallet")
	e.must("hunter2", "add", "--kind", "password", "--title", "Mail")
	e.must("JBSWY3DPEHPK3PXP", "add", "--kind", "totp", "--title", "Exchange 2FA")
	dir := t.TempDir()
	pdf := filepath.Join(dir, "backup.pdf")
	args := append([]string{"backup", "--out", pdf, "--work-factor", "10"}, extra...)
	out := e.must("", args...)
	if !strings.Contains(out, "backup ") || !strings.Contains(out, "page(s)") {
		t.Fatalf("backup output: %s", out)
	}
	return e, pdf, dir
}

func TestCLIBackupStatusVerifyRestore(t *testing.T) {
	e, pdf, dir := backupFixture(t, "--location", "fire safe, bottom shelf")
	st := e.status()
	if st.UpToDate != 0 || len(st.OnlyPrinted) != 3 || len(st.NotOnPaper) != 0 || len(st.Backups) != 1 ||
		st.Backups[0].State != vault.BackupPrinted.String() || st.Backups[0].Location != "fire safe, bottom shelf" {
		t.Fatalf("status after backup: %+v", st)
	}
	// Without the backup passphrase verify reads the codes but cannot say it opens.
	code, stdout, errOut := e.run("", "verify", pdf, "--json")
	var v restoreJSON
	if err := json.Unmarshal([]byte(stdout), &v); err != nil {
		t.Fatal(err)
	}
	if code != 1 || !strings.Contains(errOut, "codes read, not decrypted") || !strings.Contains(errOut, "give the backup passphrase") {
		t.Fatalf("verify without passphrase: exit %d stderr %q", code, errOut)
	}
	if len(v.Backups) != 1 || !v.Backups[0].Recoverable || v.Backups[0].BackupID != st.Backups[0].ID || v.Backups[0].Decrypted != nil {
		t.Fatalf("verify: %+v", v)
	}
	if st := e.status(); st.Backups[0].State != vault.BackupCodesRead.String() || st.UpToDate != 0 || len(st.OnlyCodesRead) != 3 {
		t.Fatalf("without a decrypt: %+v", st)
	}
	// With it: decrypted, checked, up to date.
	e.env["COFFER_BACKUP_PASSPHRASE"] = e.env["COFFER_PASSPHRASE"]
	e.must("", "verify", pdf)
	if st := e.status(); st.Backups[0].State != vault.BackupChecked.String() || st.UpToDate != 3 || len(st.OnlyCodesRead) != 0 {
		t.Fatalf("after a decrypting verify: %+v", st)
	}

	// Restore into the same vault: everything is already there.
	var r restoreJSON
	if err := json.Unmarshal([]byte(e.must("", "restore", pdf, "--json")), &r); err != nil {
		t.Fatal(err)
	}
	if r.Merge == nil || r.Merge.Skipped != 3 || r.Merge.Added != 0 || r.Restored.Items != 3 {
		t.Fatalf("restore into same vault: %+v", r)
	}

	// Restore into a new vault with its own passphrase.
	newVault := filepath.Join(dir, "new.coffer")
	e.env["COFFER_NEW_PASSPHRASE"] = "new vault passphrase"
	if err := json.Unmarshal([]byte(e.must("", "restore", pdf, "--new", newVault, "--work-factor", "10", "--json")), &r); err != nil {
		t.Fatal(err)
	}
	if r.Merge.Added != 3 || !r.Restored.New {
		t.Fatalf("restore into new vault: %+v", r)
	}
	e.env["COFFER_PASSPHRASE"] = "new vault passphrase"
	if out := e.must("", "--vault", newVault, "show", "Mail", "--json"); !strings.Contains(out, "hunter2") {
		t.Fatalf("restored vault: %s", out)
	}
}

func TestCLIRestoreWrongBackupPassphrase(t *testing.T) {
	e, pdf, _ := backupFixture(t)
	e.env["COFFER_BACKUP_PASSPHRASE"] = "not it"
	code, _, errOut := e.run("", "restore", pdf)
	if code != 1 || !strings.Contains(errOut, "wrong backup passphrase") {
		t.Fatalf("exit %d stderr %q", code, errOut)
	}
}

func TestCLIBackupNeverOverwritesAndSeparatePassphrase(t *testing.T) {
	e, pdf, dir := backupFixture(t)
	before, _ := os.ReadFile(pdf)
	if code, _, errOut := e.run("", "backup", "--out", pdf, "--work-factor", "10"); code != 1 || !strings.Contains(errOut, "never overwrites") {
		t.Fatalf("exit %d stderr %q", code, errOut)
	}
	if after, _ := os.ReadFile(pdf); string(after) != string(before) {
		t.Fatal("existing PDF changed")
	}
	e.env["COFFER_BACKUP_PASSPHRASE"] = "separate paper passphrase"
	second := filepath.Join(dir, "second.pdf")
	pngDir := filepath.Join(dir, "png")
	if code, _, errOut := e.run("", "backup", "--out", second, "--png", pngDir, "--work-factor", "10"); code != 1 || !strings.Contains(errOut, "no such folder") {
		t.Fatalf("--png into a missing folder: exit %d stderr %q", code, errOut)
	}
	if err := os.Mkdir(pngDir, 0o700); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := e.run("", "backup", "--out", second, "--item", "Mail", "--png", pngDir, "--paper", "letter", "--work-factor", "10")
	if code != 0 || !strings.Contains(errOut, "separate backup passphrase") {
		t.Fatalf("exit %d stderr %q", code, errOut)
	}
	pngs, _ := filepath.Glob(filepath.Join(pngDir, "*.png"))
	if len(pngs) == 0 {
		t.Fatal("no PNG pages written")
	}
	var v restoreJSON
	if err := json.Unmarshal([]byte(e.must("", "verify", second, "--json")), &v); err != nil || v.Backups[0].Decrypted == nil || !*v.Backups[0].Decrypted || *v.Backups[0].Items != 1 {
		t.Fatalf("verify with passphrase: %+v %v", v, err)
	}
}

func TestCLIVerifyIncompleteExitsNonZero(t *testing.T) {
	e := newCLIEnv(t)
	dir := t.TempDir()
	empty := filepath.Join(dir, "blank.png")
	os.WriteFile(empty, nil, 0o600)
	code, _, errOut := e.run("", "verify", empty)
	if code != 1 || !strings.Contains(errOut, "blank.png") {
		t.Fatalf("exit %d stderr %q", code, errOut)
	}
	if code, _, _ := e.run("", "verify"); code != 2 {
		t.Fatalf("verify without files: exit %d", code)
	}
}

// status returns `coffer status --json`.
func (e *cliEnv) status() statusJSON {
	e.t.Helper()
	var st statusJSON
	if err := json.Unmarshal([]byte(e.must("", "status", "--json")), &st); err != nil {
		e.t.Fatal(err)
	}
	return st
}
