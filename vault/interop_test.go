package vault

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestStockAgeDecrypts runs scripts/decrypt-with-age.sh, which uses only sh and
// the stock age tool, on a vault written by this package, typing the passphrase
// into age's terminal prompt through a pseudo-terminal made by script(1).
func TestStockAgeDecrypts(t *testing.T) {
	for _, tool := range []string{"age", "script", "sh"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (Debian: apt-get install age bsdutils)", tool)
		}
	}
	opts := testOptions()
	v := newTestVault(t, opts)
	it := addVaultItem(t, v, "Exchange", "pa55 w0rd")
	fillItems(v.Data(), 50, 3)
	if err := v.Save(); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out.json")
	runWithTerminal(t, testPassphrase, "sh ../scripts/decrypt-with-age.sh "+v.Path()+" > "+out)
	var d Data
	if err := json.Unmarshal(mustRead(t, out), &d); err != nil {
		t.Fatalf("age output is not the document: %v", err)
	}
	if d.VaultID != v.ID() || len(d.Items) != len(v.Data().Items) {
		t.Fatalf("got vault %s with %d items", d.VaultID, len(d.Items))
	}
	got, err := d.Get(it.ID)
	if err != nil || got.Secret != "pa55 w0rd" {
		t.Fatalf("item: %+v %v", got, err)
	}
}

func TestStockAgeScriptRefusesDamage(t *testing.T) {
	if _, err := exec.LookPath("age"); err != nil {
		t.Skip("age is not installed")
	}
	v := newTestVault(t, testOptions())
	b := mustRead(t, v.Path())
	b[len(b)-3] ^= 1
	bad := filepath.Join(t.TempDir(), "bad.coffer")
	os.WriteFile(bad, b, 0o600)
	out, err := exec.Command("sh", "../scripts/decrypt-with-age.sh", bad).CombinedOutput()
	if err == nil || !strings.Contains(string(out), "checksum mismatch") {
		t.Fatalf("script on a damaged file: %v\n%s", err, out)
	}
}

// runWithTerminal runs command under a pseudo-terminal and types input into it.
// stdin stays open until the command ends, so script(1) does not hang up early.
func runWithTerminal(t *testing.T, input, command string) {
	t.Helper()
	cmd := exec.Command("script", "-qec", command, "/dev/null")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var tty bytes.Buffer
	cmd.Stdout, cmd.Stderr = &tty, &tty
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stdin.Write([]byte(input + "\n"))
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		err = <-done
	}
	stdin.Close()
	if err != nil {
		t.Fatalf("%s: %v\nterminal:\n%s", command, err, tty.String())
	}
}

func TestStockAgeDecryptsFixture(t *testing.T) {
	if _, err := exec.LookPath("age"); err != nil {
		t.Skip("age is not installed")
	}
	if _, err := exec.LookPath("script"); err != nil {
		t.Skip("script is not installed")
	}
	out := filepath.Join(t.TempDir(), "out.json")
	runWithTerminal(t, fixturePassphrase, "sh ../scripts/decrypt-with-age.sh "+fixturePath+" > "+out)
	var d Data
	if err := json.Unmarshal(mustRead(t, out), &d); err != nil {
		t.Fatal(err)
	}
	if it, err := d.Find("Cold wallet", false); err != nil || it.Secret != fixtureSeed {
		t.Fatalf("%+v %v", it, err)
	}
}
