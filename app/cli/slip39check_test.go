package cli

import (
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coffer/vault/slip39"
)

// TestCLISLIP39Items: --kind slip39 checks the words (naming the wrong one), and
// `coffer slip39` says whether stored shares form a set, showing the master secret
// only with --show-secret.
func TestCLISLIP39Items(t *testing.T) {
	e := newCLIEnv(t)
	e.init()
	secret := []byte("0123456789abcdef")
	shares, err := slip39.SplitOneGroup(secret, "", 2, 3, slip39.Options{Extendable: true})
	if err != nil {
		t.Fatal(err)
	}
	words := shares[0].Words()
	words[3] = "acadmic"
	code, _, errOut := e.run(strings.Join(words, " ")+"\n", "add", "--kind", "slip39", "--title", "Share A")
	if code != 1 || !strings.Contains(errOut, `word 4 "acadmic" is not a SLIP-39 word`) {
		t.Fatalf("typo: exit %d, %q", code, errOut)
	}
	for i, title := range []string{"Share A", "Share B", "Share C"} {
		e.must(shares[i].Mnemonic()+"\n", "add", "--kind", "slip39", "--title", title)
	}
	code, _, errOut = e.run("", "slip39", "Share A")
	if code != 1 || !strings.Contains(errOut, "not a complete set: 1 of 2 shares: 1 more share needed") {
		t.Fatalf("one share: exit %d, %q", code, errOut)
	}
	out := e.must("", "slip39", "Share A", "Share C")
	hexSecret := hex.EncodeToString(secret)
	if !strings.Contains(out, "valid set: set") || !strings.Contains(out, "members [1 3]") || strings.Contains(out, hexSecret) {
		t.Fatalf("check: %q", out)
	}
	out = e.must("", "slip39", "Share B", "Share C", "--show-secret")
	if !strings.Contains(out, "master secret (an empty SLIP-39 passphrase): "+hexSecret) || !strings.Contains(out, "never reports a wrong passphrase") {
		t.Fatalf("show secret: %q", out)
	}
	pf := filepath.Join(t.TempDir(), "pass")
	if err := os.WriteFile(pf, []byte("TREZOR\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out = e.must("", "slip39", "Share B", "Share C", "--show-secret", "--slip39-passphrase-file", pf)
	if strings.Contains(out, hexSecret) || !strings.Contains(out, "the SLIP-39 passphrase given") {
		t.Fatalf("another passphrase: %q", out)
	}
	e.must("x\n", "add", "--kind", "note", "--title", "Note")
	if code, _, errOut := e.run("", "slip39", "Share A", "Note"); code != 1 || !strings.Contains(errOut, `"Note" is a Secure note, not a SLIP-39 share`) {
		t.Fatalf("a note: exit %d, %q", code, errOut)
	}
	if code, _, _ := e.run("", "slip39"); code != 2 {
		t.Fatalf("no items: exit %d", code)
	}
}

// TestCLISharedBackupWithSLIP39Passphrase: backup --shares --share-passphrase-file
// makes shares that verify opens only with the same passphrase; without it the error
// says the passphrase may be missing. Both PDFs are read as the files they are.
func TestCLISharedBackupWithSLIP39Passphrase(t *testing.T) {
	dir := t.TempDir()
	pf, wrong := filepath.Join(dir, "pass"), filepath.Join(dir, "wrong")
	if err := os.WriteFile(pf, []byte("grandma's recipe\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(wrong, []byte("grandmas recipe\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	e, pdf, out := backupFixture(t, "--shares", "2-of-3", "--share-passphrase-file", pf)
	shares := filepath.Join(out, "backup-shares.pdf")
	code, _, errOut := e.run("", "verify", pdf, shares)
	if code != 1 || !strings.Contains(errOut, "SLIP-39 passphrase, it is missing or wrong") {
		t.Fatalf("without the passphrase: exit %d, %s", code, errOut)
	}
	if code, _, errOut := e.run("", "verify", pdf, shares, "--share-passphrase-file", wrong); code != 1 || !strings.Contains(errOut, "missing or wrong") {
		t.Fatalf("wrong passphrase: exit %d, %s", code, errOut)
	}
	if got := e.must("", "verify", pdf, shares, "--share-passphrase-file", pf); !strings.Contains(got, "checked") {
		t.Fatalf("with the passphrase: %s", got)
	}
	if st := e.status(); st.Backups[0].Shared == nil || !st.Backups[0].Shared.Passphrase {
		t.Fatalf("ledger %+v", st.Backups[0].Shared)
	}
	if text := e.must("", "status"); !strings.Contains(text, "also need their SLIP-39 passphrase") || strings.Contains(text, "grandma") {
		t.Fatalf("status: %s", text)
	}
	if code, _, _ := e.run("", "backup", "--out", filepath.Join(out, "x.pdf"), "--share-passphrase-file", pf); code != 2 {
		t.Fatalf("--share-passphrase-file without --shares: exit %d", code)
	}
}
