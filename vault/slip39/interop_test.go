package slip39

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// slip39JS finds the npm package "slip39" (an independent JavaScript
// implementation), installed outside the repository:
//
//	mkdir /tmp/slip39js && cd /tmp/slip39js && npm install slip39@0.1.9
//	SLIP39_JS_DIR=/tmp/slip39js go test ./vault/slip39/
func slip39JS(t *testing.T) (node, dir string) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed: the JavaScript cross-check is skipped")
	}
	dir = os.Getenv("SLIP39_JS_DIR")
	if dir == "" {
		t.Skip("SLIP39_JS_DIR not set: run 'npm install slip39@0.1.9' in a scratch folder and point SLIP39_JS_DIR at it")
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "slip39")); err != nil {
		t.Skipf("no node_modules/slip39 in %s: run 'npm install slip39@0.1.9' there", dir)
	}
	return node, dir
}

// jsCombine has the JavaScript implementation combine the mnemonics. They go
// through stdin, never through arguments or the environment.
func jsCombine(t *testing.T, node, dir string, mnemonics []string, passphrase string) (string, error) {
	t.Helper()
	script := `const s=require('slip39');let d='';process.stdin.on('data',c=>d+=c).on('end',()=>{` +
		`const j=JSON.parse(d);process.stdout.write(Buffer.from(s.recoverSecret(j.m,j.p)).toString('hex'))})`
	in, _ := json.Marshal(map[string]any{"m": mnemonics, "p": passphrase})
	cmd := exec.Command(node, "-e", script)
	cmd.Dir = dir
	cmd.Stdin = bytes.NewReader(in)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH")}
	out, err := cmd.Output()
	return strings.TrimSpace(string(out)), err
}

// TestJavaScriptCombinesOurShares: shares Coffer makes (K-of-N, 256 bits,
// extendable as Coffer uses them, plus a 128-bit passphrase set) combine in
// the independent npm implementation to the same secret.
func TestJavaScriptCombinesOurShares(t *testing.T) {
	node, dir := slip39JS(t)
	cases := []struct {
		k, n   int
		bytes  int
		pass   string
		extend bool
	}{{3, 5, 32, "", true}, {2, 2, 32, "", true}, {5, 5, 32, "", true}, {16, 16, 32, "", true}, {2, 3, 16, "TREZOR", false}}
	for _, c := range cases {
		seed := "js" + hex.EncodeToString([]byte{byte(c.k), byte(c.n)})
		secret := testSecret(c.bytes, seed)
		shares := splitOne(t, secret, c.pass, c.k, c.n, Options{Extendable: c.extend}, seed)
		var ms []string
		for _, s := range shares[c.n-c.k:] {
			ms = append(ms, s.Mnemonic())
		}
		got, err := jsCombine(t, node, dir, ms, c.pass)
		if err != nil {
			t.Fatalf("%d-of-%d: node: %v", c.k, c.n, err)
		}
		if got != hex.EncodeToString(secret) {
			t.Fatalf("%d-of-%d: JavaScript got %s, want %x", c.k, c.n, got, secret)
		}
	}
}

// TestWeCombineJavaScriptShares: shares the npm implementation makes (its
// randomness, one group 3-of-5) combine here to the secret it was given.
func TestWeCombineJavaScriptShares(t *testing.T) {
	node, dir := slip39JS(t)
	secret := testSecret(32, "from js")
	script := `const s=require('slip39');let d='';process.stdin.on('data',c=>d+=c).on('end',()=>{` +
		`const sec=Array.from(Buffer.from(d.trim(),'hex'));` +
		`process.stdout.write(JSON.stringify(s.fromArray(sec,{passphrase:'',threshold:1,groups:[[3,5]]}).fromPath('r/0').mnemonics))})`
	cmd := exec.Command(node, "-e", script)
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader(hex.EncodeToString(secret))
	cmd.Env = []string{"PATH=" + os.Getenv("PATH")}
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var ms []string
	if err := json.Unmarshal(out, &ms); err != nil || len(ms) != 5 {
		t.Fatalf("node gave %q: %v", out, err)
	}
	got, err := CombineMnemonics([]string{ms[4], ms[0], ms[2]}, "")
	if err != nil || !bytes.Equal(got, secret) {
		t.Fatalf("combined %x, %v; want %x", got, err, secret)
	}
	if _, err := CombineMnemonics(ms[:2], ""); err == nil || err.Error() != "2 of 3 shares: 1 more share needed" {
		t.Fatalf("two JavaScript shares: %v", err)
	}
}
