package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	qrcode "github.com/skip2/go-qrcode"
)

// importFixture is a fixture of package importer (made by its testdata/gen.go).
func importFixture(name string) string {
	return filepath.Join("..", "..", "vault", "importer", "testdata", name)
}

// fixtureExportPassword opens the importer's encrypted fixtures.
const fixtureExportPassword = "coffer-test"

func (e *cliEnv) listTitles() []string {
	e.t.Helper()
	var list []map[string]any
	if err := json.Unmarshal([]byte(e.must("", "list", "--json")), &list); err != nil {
		e.t.Fatal(err)
	}
	var titles []string
	for _, it := range list {
		titles = append(titles, it["title"].(string))
	}
	return titles
}

// runPrompt runs coffer with a terminal that answers the password prompts in turn.
func (e *cliEnv) runPrompt(answers []string, args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	sio := IO{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
		Getenv: func(k string) string { return e.env[k] }, Keyring: e.keyring, Now: func() time.Time { return e.now },
		ReadPassword: func(prompt string) (string, error) {
			errOut.WriteString(prompt + "\n")
			if len(answers) == 0 {
				return "", nil
			}
			a := answers[0]
			answers = answers[1:]
			return a, nil
		}}
	code := Run(append([]string{"--vault", e.vault}, args...), sio)
	return code, out.String(), errOut.String()
}

// TestCLIImportDryRunThenImport: --dry-run shows the preview and writes
// nothing; the import adds the three TOTP items and skips HOTP and Steam;
// importing the same codes again (as an otpauth list) adds nothing.
func TestCLIImportDryRunThenImport(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	out := e.must("", "import", "--dry-run", importFixture("aegis_plain.json"))
	for _, want := range []string{"Aegis export, 5 entries (2 cannot be imported)", "new        totp           RFC SHA1 (alice@example.com)",
		"skipped    totp           Counter (dave): HOTP", "dry run: nothing was written"} {
		if !strings.Contains(out, want) {
			t.Errorf("dry run output lacks %q:\n%s", want, out)
		}
	}
	if titles := e.listTitles(); len(titles) != 0 {
		t.Fatalf("dry run wrote %v", titles)
	}
	out = e.must("", "import", importFixture("aegis_plain.json"))
	if !strings.Contains(out, "3 added") || !strings.Contains(out, "Delete the export file") {
		t.Errorf("import output:\n%s", out)
	}
	if titles := e.listTitles(); len(titles) != 3 {
		t.Fatalf("vault holds %v", titles)
	}
	code := e.must("", "totp", "RFC SHA1 (alice@example.com)")
	if len(strings.TrimSpace(code)) < 8 {
		t.Errorf("totp of the imported item: %q", code)
	}
	out = e.must("", "import", importFixture("otpauth.txt"))
	if !strings.Contains(out, "0 added") || strings.Count(out, "duplicate") != 3 {
		t.Errorf("second import:\n%s", out)
	}
	if titles := e.listTitles(); len(titles) != 3 {
		t.Errorf("duplicates imported: %v", titles)
	}
}

// TestCLIImportEncrypted: the export password comes from the environment or
// a file; a wrong one fails with exit 1 and writes nothing.
func TestCLIImportEncrypted(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	e.env["COFFER_IMPORT_PASSPHRASE"] = "wrong"
	code, _, errOut := e.run("", "import", importFixture("bitwarden_argon2id.json"))
	if code != 1 || !strings.Contains(errOut, "wrong password") || !strings.Contains(errOut, "nothing was imported") {
		t.Errorf("wrong password: exit %d, %s", code, errOut)
	}
	if titles := e.listTitles(); len(titles) != 0 {
		t.Fatalf("wrote %v", titles)
	}
	delete(e.env, "COFFER_IMPORT_PASSPHRASE")
	pf := filepath.Join(t.TempDir(), "pw")
	if err := os.WriteFile(pf, []byte(fixtureExportPassword+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	e.must("", "import", "--import-passphrase-file", pf, importFixture("bitwarden_argon2id.json"))
	titles := strings.Join(e.listTitles(), "|")
	for _, want := range []string{"Example login", "RFC SHA1 (alice@example.com)", "Safe combination", "Test card"} {
		if !strings.Contains(titles, want) {
			t.Errorf("vault lacks %q: %s", want, titles)
		}
	}
}

// TestCLIImportPromptRetries: without a password given, coffer prompts, and
// asks again after a wrong one.
func TestCLIImportPromptRetries(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	code, out, errOut := e.runPrompt([]string{"wrong", fixtureExportPassword}, "import", importFixture("andotp_encrypted.json.aes"))
	if code != 0 || !strings.Contains(errOut, "try again") || !strings.Contains(out, "3 added") {
		t.Errorf("exit %d\nstdout %s\nstderr %s", code, out, errOut)
	}
	if !strings.Contains(errOut, "Password of ") || !strings.Contains(errOut, "andOTP encrypted export") {
		t.Errorf("prompt does not name the export: %s", errOut)
	}
}

// TestCLIImportConflictKeptBeside: an imported item whose title matches a
// vault item with a different secret is added beside it, marked; the old one
// is untouched.
func TestCLIImportConflictKeptBeside(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	e.must("other-secret\n", "add", "--kind", "password", "--title", "Shop", "--username", "bob")
	out := e.must("", "import", importFixture("keepassxc_10col.csv"))
	if !strings.Contains(out, `kept beside it as "Shop (imported)"`) || !strings.Contains(out, "1 kept beside") {
		t.Errorf("output:\n%s", out)
	}
	if got := e.must("", "show", "Shop"); !strings.Contains(got, "other-secret") {
		t.Errorf("existing item changed:\n%s", got)
	}
	if got := e.must("", "show", "Shop (imported)"); !strings.Contains(got, "hunter2") || !strings.Contains(got, "Imported from KeePassXC") {
		t.Errorf("imported item:\n%s", got)
	}
}

// TestCLIImportJSON: --json prints the files, rows and report, never a secret.
func TestCLIImportJSON(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	out := e.must("", "import", "--json", "--dry-run", importFixture("onepassword8.csv"))
	var got importJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if !got.DryRun || got.Report != nil || len(got.Files) != 1 || got.Files[0].Format != "1password-csv" || len(got.Rows) != 4 {
		t.Errorf("json: %+v", got)
	}
	if got.Rows[0].Status != "new" || got.Rows[2].Title != "Old account" {
		t.Errorf("rows: %+v", got.Rows)
	}
	for _, secret := range []string{"s3cret", "old-pass", "GEZDGNBV"} {
		if strings.Contains(out, secret) {
			t.Errorf("--json output shows the secret %q", secret)
		}
	}
}

// TestCLIImportBadInput: an unknown file, a missing one or a bad option
// changes nothing; exit 1 for bad files, 2 for usage; one file bad means no
// file is imported.
func TestCLIImportBadInput(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	junk := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(junk, []byte("just some text\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"import", importFixture("aegis_plain.json"), junk}, 1, "not an export Coffer can import; nothing was imported"},
		{[]string{"import", filepath.Join(t.TempDir(), "missing.json")}, 1, "cannot read the file"},
		{[]string{"import"}, 2, "needs at least one export file"},
		{[]string{"import", "--format", "lastpass", junk}, 2, "unknown import format"},
	}
	for _, c := range cases {
		code, _, errOut := e.run("", c.args...)
		if code != c.code || !strings.Contains(errOut, c.msg) || strings.Count(strings.TrimSpace(errOut), "\n") > 1 {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", c.args, code, errOut, c.code, c.msg)
		}
	}
	if titles := e.listTitles(); len(titles) != 0 {
		t.Errorf("bad input wrote %v", titles)
	}
}

// TestCLIImportScreenshots: screenshots of a Google Authenticator transfer
// import together; with one of its two QR codes missing, coffer warns.
func TestCLIImportScreenshots(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	data, err := os.ReadFile(importFixture("google_migration.txt"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var shots []string
	for _, line := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(line, "otpauth-migration://") {
			continue
		}
		path := filepath.Join(dir, fmt.Sprintf("shot%d.png", len(shots)+1))
		if err := qrcode.WriteFile(line, qrcode.Medium, 512, path); err != nil {
			t.Fatal(err)
		}
		shots = append(shots, path)
	}
	code, out, errOut := e.run("", append([]string{"import", "--dry-run"}, shots[0])...)
	if code != 0 || !strings.Contains(errOut, "QR code 2 of 2 not read") || !strings.Contains(out, "RFC SHA256 (bob)") {
		t.Errorf("one screenshot: exit %d\n%s\n%s", code, out, errOut)
	}
	code, out, errOut = e.run("", append([]string{"import"}, shots...)...)
	if code != 0 || strings.Contains(errOut, "not read") || !strings.Contains(out, "3 added") {
		t.Errorf("both screenshots: exit %d\n%s\n%s", code, out, errOut)
	}
}

// TestCLIImportTooLarge: a 100 MB file is refused in one line, nothing written.
func TestCLIImportTooLarge(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	path := filepath.Join(t.TempDir(), "huge.json")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	code, _, errOut := e.run("", "import", path)
	if code != 1 || !strings.Contains(errOut, "too large") || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}
