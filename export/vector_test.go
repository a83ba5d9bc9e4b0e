package export

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"coffer/vault"
)

// The committed test vector (docs/PAPER.md, "Test vector"): these files must decode
// forever. Regenerate only for a new format version: VECTOR=write go test -run Vector.
const (
	vectorDir  = "testdata/vector1"
	vectorPass = "coffer test vector"
)

func TestVector(t *testing.T) {
	if os.Getenv("VECTOR") == "write" {
		writeVector(t)
	}
	var want []vault.Item
	readJSON(t, filepath.Join(vectorDir, "items.json"), &want)
	texts := readLines(t, filepath.Join(vectorDir, "frames.txt"))
	a := &Assembler{}
	for i, text := range texts {
		f, err := ParseFrame(text)
		if err != nil {
			t.Fatalf("frame %d: %v", i+1, err)
		}
		if i%2 == 0 || i >= f.DataCount+f.ParityCount-1 { // lose every other code: parity rebuilds
			a.Add(f)
		}
	}
	checkVector(t, a, want)
	typed, err := os.ReadFile(filepath.Join(vectorDir, "typed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	frames, errs := ParseTyped(string(typed))
	if len(errs) > 0 || len(frames) != len(texts) {
		t.Fatalf("typed vector: %d frames, errors %v", len(frames), errs)
	}
	a = &Assembler{}
	for _, f := range frames {
		a.Add(f)
	}
	checkVector(t, a, want)
}

// checkVector rebuilds, decrypts and compares with the expected items.
func checkVector(t *testing.T, a *Assembler, want []vault.Item) {
	t.Helper()
	st := a.Backups()
	if len(st) != 1 || !st[0].Recoverable {
		t.Fatalf("status %+v", st)
	}
	ct, err := a.Ciphertext(st[0].BackupID)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Decrypt(ct, vectorPass)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(p.Items, want) || p.Meta.ItemCount != len(want) {
		t.Fatalf("vector items differ")
	}
}

// writeVector regenerates the vector files.
func writeVector(t *testing.T) {
	items := sampleItems(8)
	b, err := Create(items, "vector-vault", vectorPass, testOpts(A4))
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, f := range b.Frames {
		texts = append(texts, f.Text())
	}
	js, _ := json.MarshalIndent(items, "", "  ")
	os.MkdirAll(vectorDir, 0o755)
	os.WriteFile(filepath.Join(vectorDir, "items.json"), append(js, '\n'), 0o644)
	os.WriteFile(filepath.Join(vectorDir, "frames.txt"), []byte(strings.Join(texts, "\n")+"\n"), 0o644)
	os.WriteFile(filepath.Join(vectorDir, "typed.txt"), []byte(strings.Join(allTyped(b), "\n")+"\n"), 0o644)
}

func readJSON(t *testing.T, file string, v any) {
	t.Helper()
	js, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(js, v); err != nil {
		t.Fatal(err)
	}
}

func readLines(t *testing.T, file string) []string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Fields(string(data))
}
