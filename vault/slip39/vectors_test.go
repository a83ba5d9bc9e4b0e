package slip39

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// officialVectors finds the 45 official SLIP-39 vectors (never committed):
// $COFFER_SAMPLES/slip39/vectors.json, else ../shared/samples relative to
// the repository root.
func officialVectors(t *testing.T) [][4]json.RawMessage {
	t.Helper()
	var dirs []string
	if d := os.Getenv("COFFER_SAMPLES"); d != "" {
		dirs = append(dirs, d)
	}
	if root, err := filepath.Abs("../.."); err == nil {
		dirs = append(dirs, filepath.Join(root, "..", "shared", "samples"))
	}
	for _, d := range dirs {
		raw, err := os.ReadFile(filepath.Join(d, "slip39", "vectors.json"))
		if err != nil {
			continue
		}
		var v [][4]json.RawMessage
		if err := json.Unmarshal(raw, &v); err != nil {
			t.Fatalf("vectors.json: %v", err)
		}
		return v
	}
	t.Skip("official SLIP-39 vectors not found: set COFFER_SAMPLES to the folder holding slip39/vectors.json")
	return nil
}

// TestOfficialVectors runs the 45 official vectors (passphrase "TREZOR"):
// the 15 valid ones give their master secret, the 30 others fail.
func TestOfficialVectors(t *testing.T) {
	vectors := officialVectors(t)
	if len(vectors) != 45 {
		t.Fatalf("%d vectors, want 45", len(vectors))
	}
	valid := 0
	for _, v := range vectors {
		var name, secret string
		var mnemonics []string
		mustJSON(t, v[0], &name)
		mustJSON(t, v[1], &mnemonics)
		mustJSON(t, v[2], &secret)
		t.Run(name, func(t *testing.T) {
			got, err := CombineMnemonics(mnemonics, "TREZOR")
			if secret == "" {
				if err == nil {
					t.Fatalf("combined to %x, want an error", got)
				}
				t.Logf("refused: %v", err)
				return
			}
			valid++
			if err != nil {
				t.Fatalf("combine: %v", err)
			}
			if hex.EncodeToString(got) != secret {
				t.Fatalf("secret %x, want %s", got, secret)
			}
			checkReencodes(t, mnemonics)
		})
	}
	if valid != 15 {
		t.Errorf("%d valid vectors, want 15", valid)
	}
}

// checkReencodes proves Words is the inverse of ParseMnemonic on real shares.
func checkReencodes(t *testing.T, mnemonics []string) {
	t.Helper()
	for _, m := range mnemonics {
		s, err := ParseMnemonic(m)
		if err != nil {
			t.Fatal(err)
		}
		if s.Mnemonic() != m {
			t.Fatalf("re-encoded\n%s\nwant\n%s", s.Mnemonic(), m)
		}
	}
}

func mustJSON(t *testing.T, raw json.RawMessage, v any) {
	t.Helper()
	if err := json.Unmarshal(raw, v); err != nil {
		t.Fatal(err)
	}
}
