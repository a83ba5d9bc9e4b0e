package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const goodPass = "correct horse battery staple"

func TestCLIRefusesWeakNewPassphrases(t *testing.T) {
	e := newCLIEnv(t)
	e.env["COFFER_PASSPHRASE"] = "hunter2"
	code, _, errOut := e.run("", "init", "--work-factor", "10")
	if code != 1 || !strings.Contains(errOut, "easy to guess") || !strings.HasPrefix(errOut, "coffer: new passphrase: ") {
		t.Fatalf("init with a weak passphrase: exit %d stderr %q", code, errOut)
	}
	if _, err := os.Stat(e.vault); err == nil {
		t.Fatal("a vault was created with a weak passphrase")
	}
	e.env["COFFER_PASSPHRASE"] = goodPass
	e.init()
	e.env["COFFER_NEW_PASSPHRASE"] = "coffer1"
	if code, _, errOut := e.run("", "passwd", "--work-factor", "10"); code != 1 || !strings.Contains(errOut, "easy to guess") {
		t.Fatalf("passwd to a weak passphrase: exit %d stderr %q", code, errOut)
	}
	e.must("", "list") // the old passphrase still opens it
}

func TestCLIRefusesWeakBackupPassphrase(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	e.must("hunter2", "add", "--kind", "password", "--title", "Mail")
	e.env["COFFER_BACKUP_PASSPHRASE"] = "mail1"
	out := filepath.Join(t.TempDir(), "b.pdf")
	code, _, errOut := e.run("", "backup", "--out", out, "--work-factor", "10")
	if code != 1 || !strings.Contains(errOut, "backup passphrase: the passphrase is easy to guess") {
		t.Fatalf("exit %d stderr %q", code, errOut)
	}
	if _, err := os.Stat(out); err == nil {
		t.Fatal("a backup was written with a weak passphrase")
	}
}

func TestCLIWorkFactorBounds(t *testing.T) {
	e := newCLIEnv(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"init", "--work-factor", "15"}, "outside 16..20 for a vault"},
		{[]string{"init", "--work-factor", "21"}, "outside 16..20 for a vault"},
		{[]string{"passwd", "--work-factor", "1"}, "outside 16..20 for a vault"},
		{[]string{"backup", "--out", "x.pdf", "--work-factor", "14"}, "outside 15..20 for a backup"},
		{[]string{"restore", "x.png", "--new", "n.coffer", "--work-factor", "12"}, "outside 16..20 for a vault"},
	} {
		code, _, errOut := e.runReal("", tc.args...)
		if code != 2 || !strings.Contains(errOut, tc.want) || !strings.HasPrefix(errOut, "coffer: ") {
			t.Errorf("coffer %v: exit %d stderr %q; want usage error %q", tc.args, code, errOut, tc.want)
		}
	}
}

// The test option is the only way below the minimum.
func TestCLITestWorkFactorsIsTheOnlyWayLower(t *testing.T) {
	e := newCLIEnv(t)
	e.env["COFFER_TEST_WORK_FACTORS"] = "1"
	if code, _, _ := e.runReal("", "init", "--work-factor", "10"); code != 2 {
		t.Fatalf("init --work-factor 10 without the test option: exit %d", code)
	}
}

func TestCLIClearsSecretVariables(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	e.unset = nil
	e.must("", "list")
	for _, name := range []string{"COFFER_PASSPHRASE", "COFFER_BACKUP_PASSPHRASE", "COFFER_NEW_PASSPHRASE", "COFFER_IMPORT_PASSPHRASE"} {
		if !slices.Contains(e.unset, name) {
			t.Errorf("list left %s in the environment (unset: %v)", name, e.unset)
		}
	}
}

// The same with the process's own environment, through StdIO.
func TestCLIStdIOUnsetsTheProcessEnvironment(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	t.Setenv("COFFER_PASSPHRASE", goodPass)
	t.Setenv("COFFER_BACKUP_PASSPHRASE", "another one for paper")
	sio := StdIO()
	var out strings.Builder
	sio.Stdout, sio.Stderr, sio.Keyring = &out, &out, e.keyring
	if code := Run([]string{"--vault", e.vault, "list"}, sio); code != 0 {
		t.Fatalf("list: exit %d\n%s", code, out.String())
	}
	for _, name := range []string{"COFFER_PASSPHRASE", "COFFER_BACKUP_PASSPHRASE"} {
		if _, ok := os.LookupEnv(name); ok {
			t.Errorf("%s still in the process environment", name)
		}
	}
}

func TestCLIBackupPassphraseTypedTwice(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	e.must("hunter2", "add", "--kind", "password", "--title", "Mail")
	e.must("", "remember")
	delete(e.env, "COFFER_PASSPHRASE")
	out := filepath.Join(t.TempDir(), "b.pdf")

	e.answers = []string{"paper passphrase for the safe", "paper passphrase for the sofa"}
	code, _, errOut := e.run("", "backup", "--out", out, "--work-factor", "10")
	if code != 1 || !strings.Contains(errOut, "two entries differ") {
		t.Fatalf("mistyped second entry: exit %d stderr %q", code, errOut)
	}
	if _, err := os.Stat(out); err == nil {
		t.Fatal("a backup was written after a mismatch")
	}
	if len(e.prompts) != 2 || !strings.Contains(e.prompts[1], "again") {
		t.Fatalf("prompts = %q", e.prompts)
	}

	e.answers = []string{"paper passphrase for the safe", "paper passphrase for the safe"}
	if code, _, errOut := e.run("", "backup", "--out", out, "--work-factor", "10"); code != 0 || strings.Contains(errOut, "warning") {
		t.Fatalf("matching entries: exit %d stderr %q", code, errOut)
	}
}

func TestCLIWarnsWhenBackupPassphraseIsTheVaultPassphrase(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	e.must("hunter2", "add", "--kind", "password", "--title", "Mail")
	dir := t.TempDir()
	_, _, errOut := e.run("", "backup", "--out", filepath.Join(dir, "a.pdf"), "--work-factor", "10")
	if !strings.Contains(errOut, "warning: the backup is encrypted with your vault passphrase") || !strings.Contains(errOut, "offline") {
		t.Fatalf("default (vault passphrase): stderr %q", errOut)
	}
	// Typed at the prompt on a remembered vault: found out with CheckPassphrase.
	e.must("", "remember")
	delete(e.env, "COFFER_PASSPHRASE")
	e.answers = []string{goodPass, goodPass}
	_, _, errOut = e.run("", "backup", "--out", filepath.Join(dir, "b.pdf"), "--work-factor", "10")
	if !strings.Contains(errOut, "warning: the backup is encrypted with your vault passphrase") {
		t.Fatalf("typed vault passphrase: stderr %q", errOut)
	}
}

func TestCLIPasswdAndForgetAskForTheCurrentPassphrase(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	e.must("", "remember")
	delete(e.env, "COFFER_PASSPHRASE")
	e.env["COFFER_NEW_PASSPHRASE"] = "someone else's passphrase now"

	// No terminal, no passphrase given: refused.
	if code, _, errOut := e.run("", "passwd", "--work-factor", "10"); code != 1 || !strings.Contains(errOut, "current passphrase") {
		t.Fatalf("passwd without the current passphrase: exit %d stderr %q", code, errOut)
	}
	if code, _, errOut := e.run("", "forget"); code != 1 || !strings.Contains(errOut, "current passphrase") {
		t.Fatalf("forget without the current passphrase: exit %d stderr %q", code, errOut)
	}
	// A wrong one typed: refused.
	e.answers = []string{"a guess"}
	if code, _, errOut := e.run("", "passwd", "--work-factor", "10"); code != 1 || !strings.Contains(errOut, "wrong passphrase") {
		t.Fatalf("passwd with a wrong current passphrase: exit %d stderr %q", code, errOut)
	}
	e.answers = nil
	e.must("", "list") // still remembered
	e.env["COFFER_PASSPHRASE"] = goodPass
	e.must("", "list") // still the old passphrase

	// The right one typed: changed.
	delete(e.env, "COFFER_PASSPHRASE")
	e.answers = []string{goodPass}
	e.must("", "passwd", "--work-factor", "10")
	e.answers = nil
	e.env["COFFER_PASSPHRASE"] = "someone else's passphrase now"
	e.must("", "list")
}

// runReal runs like run but without the test work-factor option.
func (e *cliEnv) runReal(stdin string, args ...string) (int, string, string) {
	e.realWorkFactors = true
	defer func() { e.realWorkFactors = false }()
	return e.run(stdin, args...)
}
