package cli

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"coffer/vault/vaulttest"
)

const cliSeed = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"

// cliEnv runs command lines against one temporary vault.
type cliEnv struct {
	t       *testing.T
	vault   string
	env     map[string]string
	keyring *vaulttest.Keyring
	now     time.Time
	// answers, when not nil, are typed at the prompts in turn (a terminal); nil means
	// no terminal. prompts records the prompts asked.
	answers []string
	prompts []string
	// unset records the variables the run removed from the environment.
	unset []string
	// realWorkFactors runs without IO.TestWorkFactors.
	realWorkFactors bool
	// osKeyring uses the system keyring instead of the in-memory one.
	osKeyring bool
	// markers is the folder of the device markers of remembered vaults.
	markers string
	// terminal makes standard error a terminal (IO.StderrTerminal).
	terminal bool
}

func newCLIEnv(t *testing.T) *cliEnv {
	dir := t.TempDir()
	return &cliEnv{t: t, vault: filepath.Join(dir, "test.coffer"), markers: filepath.Join(dir, "remembered"),
		env:     map[string]string{"COFFER_PASSPHRASE": "correct horse battery staple"},
		keyring: vaulttest.NewKeyring(),
		now:     time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)}
}

// run runs coffer with args and stdin, returning exit status, stdout and stderr.
func (e *cliEnv) run(stdin string, args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	sio := IO{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut,
		Getenv:   func(k string) string { return e.env[k] },
		Unsetenv: func(k string) error { e.unset = append(e.unset, k); return nil },
		Keyring:  e.keyring, Now: func() time.Time { return e.now }, TestWorkFactors: !e.realWorkFactors,
		MarkerDir: e.markers, StderrTerminal: e.terminal}
	if e.answers != nil {
		sio.ReadPassword = e.type_
	}
	if e.osKeyring {
		sio.Keyring = nil
	}
	code := Run(append([]string{"--vault", e.vault}, args...), sio)
	return code, out.String(), errOut.String()
}

// type_ answers a prompt with the next of e.answers; none left is end of input.
func (e *cliEnv) type_(prompt string) (string, error) {
	e.prompts = append(e.prompts, prompt)
	if len(e.answers) == 0 {
		return "", io.EOF
	}
	a := e.answers[0]
	e.answers = e.answers[1:]
	return a, nil
}

// must runs a command that has to succeed.
func (e *cliEnv) must(stdin string, args ...string) string {
	e.t.Helper()
	code, out, errOut := e.run(stdin, args...)
	if code != 0 {
		e.t.Fatalf("coffer %v: exit %d\nstdout: %s\nstderr: %s", args, code, out, errOut)
	}
	return out
}

func (e *cliEnv) init() {
	e.t.Helper()
	e.must("", "init", "--work-factor", "10")
}

func TestCLIAddListShow(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	e.must(cliSeed+"\n", "add", "--kind", "seed", "--title", "Cold wallet", "--tag", "crypto", "--recovery-hint", "in the safe")
	e.must("hunter2\n", "add", "--kind", "password", "--title", "Mail", "--username", "ann@example.com")

	var list []map[string]any
	if err := json.Unmarshal([]byte(e.must("", "list", "--json")), &list); err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0]["title"] != "Cold wallet" || list[1]["kind"] != "password" {
		t.Fatalf("list = %v", list)
	}
	for _, key := range []string{"id", "kind", "title", "modified"} {
		if _, ok := list[0][key]; !ok {
			t.Errorf("list --json lacks %q", key)
		}
	}
	if _, ok := list[0]["secret"]; ok {
		t.Error("list --json shows the secret")
	}
	var shown map[string]any
	if err := json.Unmarshal([]byte(e.must("", "show", "mail", "--json")), &shown); err != nil {
		t.Fatal(err)
	}
	if shown["secret"] != "hunter2" || shown["username"] != "ann@example.com" {
		t.Fatalf("show = %v", shown)
	}
	text := e.must("", "show", "Cold wallet")
	if !strings.Contains(text, cliSeed) || !strings.Contains(text, "in the safe") {
		t.Fatalf("show text:\n%s", text)
	}
}

func TestCLIRejectsSeedTypoNamingTheWord(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	code, _, errOut := e.run(strings.Replace(cliSeed, "about", "abuot", 1), "add", "--kind", "seed", "--title", "W")
	if code != 1 || !strings.Contains(errOut, `word 12 "abuot"`) || !strings.HasPrefix(errOut, "coffer: ") {
		t.Fatalf("exit %d stderr %q", code, errOut)
	}
}

func TestCLIEditKeepsHistoryAndTrashRoundTrip(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	e.must("old\n", "add", "--kind", "password", "--title", "Bank")
	e.now = e.now.Add(time.Hour)
	e.must("new\n", "edit", "Bank", "--secret", "--url", "https://bank.example")
	var shown itemJSON
	if err := json.Unmarshal([]byte(e.must("", "show", "Bank", "--json")), &shown); err != nil {
		t.Fatal(err)
	}
	if shown.Secret != "new" || len(shown.History) != 1 || shown.History[0].Secret != "old" || shown.URL != "https://bank.example" {
		t.Fatalf("after edit: %+v", shown)
	}
	e.must("", "rm", "Bank")
	if out := e.must("", "list"); strings.Contains(out, "Bank") {
		t.Fatalf("deleted item still listed:\n%s", out)
	}
	if out := e.must("", "trash"); !strings.Contains(out, "Bank") {
		t.Fatalf("trash lacks the item:\n%s", out)
	}
	e.must("", "undelete", "Bank")
	if out := e.must("", "list"); !strings.Contains(out, "Bank") {
		t.Fatalf("undeleted item missing:\n%s", out)
	}
}

func TestCLIWrongPassphraseAndPasswd(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	e.env["COFFER_PASSPHRASE"] = "wrong"
	code, _, errOut := e.run("", "list")
	if code != 1 || !strings.Contains(errOut, "wrong passphrase") {
		t.Fatalf("exit %d stderr %q", code, errOut)
	}
	e.env["COFFER_PASSPHRASE"] = "correct horse battery staple"
	e.env["COFFER_NEW_PASSPHRASE"] = "a new and longer passphrase"
	if out := e.must("", "passwd", "--work-factor", "10"); !strings.Contains(out, ".bak was re-encrypted") {
		t.Fatalf("passwd output: %s", out)
	}
	if code, _, _ := e.run("", "list"); code != 1 {
		t.Fatal("old passphrase still opens the vault")
	}
	// The .bak copy (the version before passwd) does not open with the old passphrase.
	bak, err := os.ReadFile(e.vault + ".bak")
	if err != nil {
		t.Fatal(err)
	}
	old := *e
	old.vault = filepath.Join(t.TempDir(), "bak.coffer")
	if err := os.WriteFile(old.vault, bak, 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := old.run("", "list"); code != 1 || !strings.Contains(errOut, "wrong passphrase") {
		t.Fatalf(".bak with the old passphrase: exit %d stderr %q", code, errOut)
	}
	pf := filepath.Join(t.TempDir(), "pass")
	if err := os.WriteFile(pf, []byte("a new and longer passphrase\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	e.must("", "list", "--passphrase-file", pf)
}

func TestCLIRememberUnlocksWithoutPassphrase(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	e.must("", "remember")
	delete(e.env, "COFFER_PASSPHRASE")
	e.must("", "list")
	e.env["COFFER_PASSPHRASE"] = "correct horse battery staple"
	e.must("", "forget")
	delete(e.env, "COFFER_PASSPHRASE")
	code, _, errOut := e.run("", "list")
	if code != 1 || !strings.Contains(errOut, "no passphrase given") {
		t.Fatalf("after forget: exit %d stderr %q", code, errOut)
	}
}

func TestCLIUsageErrors(t *testing.T) {
	e := newCLIEnv(t)
	for _, args := range [][]string{{"frobnicate"}, {"add", "--title", "x"}, {"show"}, {"list", "--bogus"}, {"add", "--kind", "gold", "--title", "x"}} {
		if code, _, errOut := e.run("", args...); code != 2 || !strings.HasPrefix(errOut, "coffer: ") {
			t.Errorf("coffer %v: exit %d stderr %q; want usage error 2", args, code, errOut)
		}
	}
	if code, out, _ := e.run("", "help"); code != 0 || !strings.Contains(out, "restore") && !strings.Contains(out, "init") {
		t.Errorf("help: exit %d\n%s", code, out)
	}
}

func TestCLIInitNeverOverwrites(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	before, _ := os.ReadFile(e.vault)
	code, _, errOut := e.run("", "init", "--work-factor", "10")
	after, _ := os.ReadFile(e.vault)
	if code != 1 || !bytes.Equal(before, after) || !strings.Contains(errOut, "never overwrites") {
		t.Fatalf("exit %d stderr %q, file changed: %v", code, errOut, !bytes.Equal(before, after))
	}
}

func TestCLIMissingVaultSaysInit(t *testing.T) {
	e := newCLIEnv(t)
	code, _, errOut := e.run("", "list")
	if code != 1 || !strings.Contains(errOut, "coffer init") {
		t.Fatalf("exit %d stderr %q", code, errOut)
	}
}

// On a terminal the secret is read through ReadPassword (no echo), never from the
// echoing standard input, and may span lines until an empty one.
func TestCLIAddFromTerminalWithoutEcho(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	e.answers = []string{"code-one", "code-two", ""}
	e.must("echoed stdin must not be read", "add", "--kind", "recovery-codes", "--title", "Mail codes")
	if len(e.prompts) != 3 || !strings.Contains(e.prompts[0], "not shown") {
		t.Fatalf("prompts %q", e.prompts)
	}
	e.answers = nil
	var shown itemJSON
	if err := json.Unmarshal([]byte(e.must("", "show", "Mail codes", "--json")), &shown); err != nil {
		t.Fatal(err)
	}
	if shown.Secret != "code-one\ncode-two" {
		t.Fatalf("secret %q", shown.Secret)
	}
}

func TestCLIPurgeEmptyTrashAndClearHistory(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	e.must("old secret\n", "add", "--kind", "password", "--title", "Bank")
	e.must("new secret\n", "edit", "Bank", "--secret")
	e.must("a\n", "add", "--kind", "password", "--title", "Shop")
	e.must("b\n", "add", "--kind", "password", "--title", "Forum")

	// history: shown, then cleared for good after a confirmation.
	if out := e.must("", "history", "Bank"); !strings.Contains(out, "old secret") {
		t.Fatalf("history:\n%s", out)
	}
	if code, _, errOut := e.run("", "history", "Bank", "--clear"); code != 1 || !strings.Contains(errOut, "--yes") {
		t.Fatalf("history --clear without a terminal or --yes: exit %d stderr %q", code, errOut)
	}
	e.answers = []string{}
	if code, _, errOut := e.run("no\n", "history", "Bank", "--clear"); code != 1 || !strings.Contains(errOut, "not confirmed") {
		t.Fatalf("answered no: exit %d stderr %q", code, errOut)
	}
	e.must("yes\n", "history", "Bank", "--clear")
	e.answers = nil
	if out := e.must("", "show", "Bank", "--json"); strings.Contains(out, "old secret") {
		t.Fatalf("history still there:\n%s", out)
	}

	// purge: only from the trash, then gone from the vault and from the .bak copy.
	if code, _, errOut := e.run("", "purge", "Shop", "--yes"); code != 1 || !strings.Contains(errOut, "not in the trash") {
		t.Fatalf("purge of an active item: exit %d stderr %q", code, errOut)
	}
	e.must("", "rm", "Shop")
	e.must("", "purge", "Shop", "--yes")
	if out := e.must("", "trash"); strings.Contains(out, "Shop") {
		t.Fatalf("purged item still in the trash:\n%s", out)
	}
	if bak, err := os.ReadFile(e.vault + ".bak"); err == nil {
		e2 := *e
		e2.vault = filepath.Join(t.TempDir(), "bak.coffer")
		if err := os.WriteFile(e2.vault, bak, 0o600); err != nil {
			t.Fatal(err)
		}
		if out := e2.must("", "trash"); strings.Contains(out, "Shop") {
			t.Fatalf(".bak still holds the purged item:\n%s", out)
		}
	}

	// trash --empty.
	e.must("", "rm", "Forum")
	if code, _, errOut := e.run("", "trash", "--empty"); code != 1 || !strings.Contains(errOut, "--yes") {
		t.Fatalf("trash --empty without --yes: exit %d stderr %q", code, errOut)
	}
	if out := e.must("", "trash", "--empty", "--yes"); !strings.Contains(out, "deleted 1 item(s)") {
		t.Fatalf("trash --empty: %s", out)
	}
	if out := e.must("", "trash", "--json"); strings.TrimSpace(out) != "[]" {
		t.Fatalf("trash after --empty: %s", out)
	}
}

// An item deleted more than 30 days ago is gone: the vault purges it on open.
func TestCLITrashPurgedAfterThirtyDays(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	e.must("s3cret-old\n", "add", "--kind", "password", "--title", "Old")
	e.must("", "rm", "Old")
	e.now = e.now.Add(29 * 24 * time.Hour)
	if out := e.must("", "trash"); !strings.Contains(out, "Old") {
		t.Fatalf("purged too early:\n%s", out)
	}
	e.now = e.now.Add(2 * 24 * time.Hour)
	if out := e.must("", "trash"); strings.Contains(out, "Old") {
		t.Fatalf("still in the trash after 31 days:\n%s", out)
	}
	b, _ := os.ReadFile(e.vault)
	if code, _, _ := e.run("", "show", "Old"); code != 1 || len(b) == 0 {
		t.Fatal("the purged item can still be shown")
	}
}
