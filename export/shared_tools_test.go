package export

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestSharedBackupOpensWithStockTools restores a shared backup the way docs/PAPER.md
// tells people to without Coffer: the independent npm package slip39 combines three
// shares, a stand-alone Python Bech32 encoder (testdata/age_identity.py) makes the age
// identity, the age command decrypts, and raw DEFLATE gives the payload JSON.
func TestSharedBackupOpensWithStockTools(t *testing.T) {
	jsDir := os.Getenv("SLIP39_JS_DIR")
	if jsDir == "" {
		t.Skip("SLIP39_JS_DIR not set (a folder where `npm install slip39@0.1.9` was run)")
	}
	for _, tool := range []string{"node", "age", "python3"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	b, ct := sharedBackup(t, 3, 5)
	dir := t.TempDir()
	ctPath := filepath.Join(dir, "backup.age")
	if err := os.WriteFile(ctPath, ct, 0o600); err != nil {
		t.Fatal(err)
	}
	shares := strings.Join(mnemonicsOf(b.Shares, 5, 2, 4), "\n")
	node := exec.Command("node", "-e", `const s=require('slip39');
const m=require('fs').readFileSync(0,'utf8').trim().split('\n');
console.log(Buffer.from(s.recoverSecret(m,'')).toString('hex'))`)
	node.Dir, node.Stdin = jsDir, strings.NewReader(shares)
	secretHex := run(t, node)
	py := exec.Command("python3", "testdata/age_identity.py")
	py.Stdin = bytes.NewReader(secretHex)
	keyPath := filepath.Join(dir, "key.txt")
	if err := os.WriteFile(keyPath, run(t, py), 0o600); err != nil {
		t.Fatal(err)
	}
	deflated := run(t, exec.Command("age", "-d", "-i", keyPath, ctPath))
	js, err := io.ReadAll(flate.NewReader(bytes.NewReader(deflated)))
	if err != nil {
		t.Fatal(err)
	}
	var p Payload
	if err := json.Unmarshal(js, &p); err != nil {
		t.Fatal(err)
	}
	if p.Meta.BackupID != b.ID || !reflect.DeepEqual(p.Items, sampleItems(3)) {
		t.Fatalf("payload of backup %s differs", p.Meta.BackupID)
	}
}

func run(t *testing.T, cmd *exec.Cmd) []byte {
	t.Helper()
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", cmd.Args[0], err, errOut.String())
	}
	return out
}
