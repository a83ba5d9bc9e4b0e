package vault

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzParseVaultFile checks that the file parser never panics, fails only with
// ErrCorrupt or ErrNewerVersion, and that whatever it accepts marshals back to
// the same bytes (the format has one encoding per file).
func FuzzParseVaultFile(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("coffer-vault 1\n"))
	f.Add([]byte("coffer-vault 2\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		v, err := parseFile(b)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) && !errors.Is(err, ErrNewerVersion) {
				t.Fatalf("error %v is neither ErrCorrupt nor ErrNewerVersion", err)
			}
			return
		}
		if got := v.marshal(); !bytes.Equal(got, b) {
			t.Fatalf("marshal(parse(b)) != b")
		}
		if v.IdentitySize != len(v.identity) || v.PayloadSize != len(v.payload) {
			t.Fatalf("header sizes do not match the sections")
		}
	})
}
