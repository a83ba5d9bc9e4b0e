package vault

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coffer/vault/internal/fake"
)

// corruptFixture returns the bytes of a small valid vault.
func corruptFixture(t *testing.T) []byte {
	t.Helper()
	v := newTestVault(t, testOptions())
	addVaultItem(t, v, "Bank", "hunter2")
	if err := v.Save(); err != nil {
		t.Fatal(err)
	}
	b := mustRead(t, v.Path())
	v.Close()
	return b
}

// openBytes writes b to a fresh vault path and opens it (passphrase, remembered,
// read-only, header) checking that no call panics or changes the file. It returns
// the error of the passphrase open.
func openBytes(t *testing.T, b []byte, kr Keyring) error {
	t.Helper()
	path := filepath.Join(t.TempDir(), "vault.coffer")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	opts := testOptions()
	if kr != nil {
		opts.Keyring = kr
	}
	v, err := Open(path, testPassphrase, opts)
	if err == nil {
		v.Close()
	}
	if v, err := OpenRemembered(path, opts); err == nil {
		v.Close()
	}
	_, herr := ReadHeader(path)
	if herr != nil && err == nil {
		t.Errorf("ReadHeader fails (%v) where Open works", herr)
	}
	if !bytes.Equal(b, mustRead(t, path)) {
		t.Fatal("a failed open changed the file")
	}
	if _, serr := os.Stat(path + ".bak"); serr == nil {
		t.Fatal("a failed open wrote a backup")
	}
	return err
}

func wantCorrupt(t *testing.T, what string, err error) {
	t.Helper()
	var ce *CorruptError
	if !errors.Is(err, ErrCorrupt) || !errors.As(err, &ce) {
		t.Fatalf("%s: err = %v, want ErrCorrupt", what, err)
	}
	if errors.Is(err, ErrBadPassphrase) || errors.Is(err, ErrNewerVersion) {
		t.Fatalf("%s: err = %v is also another sentinel", what, err)
	}
	if !strings.HasPrefix(ce.Error(), "vault file is corrupt: ") {
		t.Fatalf("%s: message %q", what, ce.Error())
	}
}

func TestCorruptEmptyAndGarbage(t *testing.T) {
	cases := map[string][]byte{
		"empty":     {},
		"garbage":   []byte("\x00\xff garbage \x01 not a vault at all"),
		"age file":  []byte("age-encryption.org/v1\n-> X25519 abc\n"),
		"magic":     []byte("coffer-vault"),
		"magic sp":  []byte("coffer-vault "),
		"no lines":  []byte("coffer-vault 1"),
		"long line": append([]byte("coffer-vault 1\nid "), bytes.Repeat([]byte("a"), 1000)...),
		"version 0": []byte("coffer-vault 0\n"),
		"version x": []byte("coffer-vault x1\n"),
		"leading 0": []byte("coffer-vault 01\n"),
	}
	for name, b := range cases {
		t.Run(name, func(t *testing.T) {
			wantCorrupt(t, name, openBytes(t, b, nil))
		})
	}
}

func TestCorruptTruncated(t *testing.T) {
	b := corruptFixture(t)
	// Every length up to the end of the header, then spread over the sections.
	var lengths []int
	for n := 0; n < 260; n++ {
		lengths = append(lengths, n)
	}
	for n := 260; n < len(b); n += 1 + len(b)/150 {
		lengths = append(lengths, n)
	}
	lengths = append(lengths, len(b)-1, len(b)-16, len(b)-17)
	for _, n := range lengths {
		err := openBytes(t, b[:n], nil)
		wantCorrupt(t, fmt.Sprintf("truncated to %d", n), err)
	}
	wantCorrupt(t, "extra byte", openBytes(t, append(bytes.Clone(b), 0), nil))
	err := openBytes(t, b[:len(b)-10], nil)
	if !strings.Contains(err.Error(), "payload truncated") {
		t.Fatalf("message %q does not say the payload is truncated", err)
	}
}

func TestCorruptBitFlips(t *testing.T) {
	b := corruptFixture(t)
	step := 1
	if testing.Short() {
		step = 7
	}
	// Every bit of the header and of the key section, a spread of the payload.
	hdrEnd := bytes.Index(b, []byte(ageMagic)) + 400
	n := 0
	for off := 0; off < len(b); off++ {
		if off >= hdrEnd && off%(1+len(b)/200) != 0 {
			continue
		}
		for bit := 0; bit < 8; bit += step {
			c := bytes.Clone(b)
			c[off] ^= 1 << bit
			// Parse every flip in memory; open a sample through the whole API.
			_, err := parseFile(c)
			if n++; n%13 == 0 {
				err = openBytes(t, c, nil)
			}
			if off == len(magic) && errors.Is(err, ErrNewerVersion) {
				continue // "1" flipped to "3", "5" or "9": a newer format number
			}
			wantCorrupt(t, fmt.Sprintf("bit %d of byte %d", bit, off), err)
		}
	}
}

// TestCorruptSectionsWithValidChecksum covers damage that the checksum does not
// catch: a file rebuilt around altered sections (a bug, or a crafted file).
func TestCorruptSectionsWithValidChecksum(t *testing.T) {
	b := corruptFixture(t)
	f, err := parseFile(b)
	if err != nil {
		t.Fatal(err)
	}
	other, err := parseFile(corruptFixture(t))
	if err != nil {
		t.Fatal(err)
	}
	rebuild := func(id, payload []byte) []byte {
		g := &vaultFile{Header: f.Header, identity: id, payload: payload}
		return g.marshal()
	}
	flip := func(s []byte, off int) []byte {
		c := bytes.Clone(s)
		c[off] ^= 0x20
		return c
	}
	cases := map[string][]byte{
		"payload of another vault": rebuild(f.identity, other.payload),
		"payload flipped":          rebuild(f.identity, flip(f.payload, len(f.payload)-5)),
		"payload header flipped":   rebuild(f.identity, flip(f.payload, 30)),
		"key body flipped":         rebuild(flip(f.identity, len(f.identity)-5), f.payload),
	}
	for name, c := range cases {
		wantCorrupt(t, name, openBytes(t, c, nil))
	}
	// The key of another vault with the same passphrase opens nothing here.
	err = openBytes(t, rebuild(other.identity, f.payload), nil)
	wantCorrupt(t, "key of another vault", err)
}

func TestNewerFormatVersion(t *testing.T) {
	b := corruptFixture(t)
	for _, v := range []string{"2", "17", "1000000"} {
		c := bytes.Replace(b, []byte("coffer-vault 1\n"), []byte("coffer-vault "+v+"\n"), 1)
		err := openBytes(t, c, nil)
		if !errors.Is(err, ErrNewerVersion) || errors.Is(err, ErrCorrupt) {
			t.Fatalf("version %s: %v, want ErrNewerVersion", v, err)
		}
	}
	// A newer Coffer may change everything after the first line.
	err := openBytes(t, []byte("coffer-vault 2\nwhatever comes next"), nil)
	if !errors.Is(err, ErrNewerVersion) {
		t.Fatalf("newer layout: %v", err)
	}
}

// sealDocument builds a vault file around an arbitrary JSON document, encrypted
// and checksummed as a real one, to test the document checks.
func sealDocument(t *testing.T, doc map[string]any) ([]byte, *fake.Keyring) {
	t.Helper()
	v := newTestVault(t, testOptions())
	kr := newFakeKeyring()
	v.opts.Keyring = kr
	if err := v.Remember(); err != nil {
		t.Fatal(err)
	}
	plain, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	payload, err := encrypt(plain, v.identity.Recipient())
	if err != nil {
		t.Fatal(err)
	}
	f := &vaultFile{Header: Header{FormatVersion: 1, VaultID: v.id, WorkFactor: v.workFactor},
		identity: v.wrapped, payload: payload}
	return f.marshal(), kr
}

func TestNewerDataVersion(t *testing.T) {
	for _, doc := range []map[string]any{
		{"version": DataVersion + 1, "items": []any{}},
		{"version": DataVersion + 1, "items": "changed type in a newer version"},
	} {
		b, kr := sealDocument(t, doc)
		b = fixDocID(t, b, doc)
		err := openBytes(t, b, kr)
		if !errors.Is(err, ErrNewerVersion) || errors.Is(err, ErrCorrupt) {
			t.Fatalf("document %v: %v, want ErrNewerVersion", doc, err)
		}
	}
}

// fixDocID reseals b's document with the header's vault ID filled in.
func fixDocID(t *testing.T, b []byte, doc map[string]any) []byte {
	t.Helper()
	f, err := parseFile(b)
	if err != nil {
		t.Fatal(err)
	}
	doc["vault_id"] = f.VaultID
	id, err := openIdentity(f.identity, testPassphrase)
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := json.Marshal(doc)
	if f.payload, err = encrypt(plain, id.Recipient()); err != nil {
		t.Fatal(err)
	}
	return f.marshal()
}

func TestCorruptDocument(t *testing.T) {
	cases := map[string]map[string]any{
		"no version":      {"items": []any{}},
		"other vault id":  {"version": 1, "vault_id": NewID(), "items": []any{}},
		"wrong type":      {"version": 1, "items": "secret words here"},
		"bad time":        {"version": 1, "items": []any{map[string]any{"id": "x", "created": "secret words"}}},
		"version 0":       {"version": 0, "items": []any{}},
		"negative":        {"version": -1, "items": []any{}},
		"version is text": {"version": "one"},
	}
	for name, doc := range cases {
		b, kr := sealDocument(t, doc)
		if name != "other vault id" {
			b = fixDocID(t, b, doc)
		}
		err := openBytes(t, b, kr)
		wantCorrupt(t, name, err)
		if strings.Contains(err.Error(), "secret words") {
			t.Fatalf("%s: error quotes the document: %v", name, err)
		}
	}
}

func TestUnknownFieldsTolerated(t *testing.T) {
	doc := map[string]any{"version": 1, "items": []any{}, "added_later": map[string]any{"x": 1}}
	b, kr := sealDocument(t, doc)
	b = fixDocID(t, b, doc)
	if err := openBytes(t, b, kr); err != nil {
		t.Fatal(err)
	}
}

func TestTooLargeFile(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 256 MiB sparse file")
	}
	path := filepath.Join(t.TempDir(), "vault.coffer")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("coffer-vault 1\n")
	f.Truncate(maxFileSize + 1)
	f.Close()
	_, err = Open(path, testPassphrase, testOptions())
	wantCorrupt(t, "huge file", err)
	// A header that announces a huge payload is refused before reading it.
	hdr := fmt.Sprintf("coffer-vault 1\nid %s\nwork-factor 10\nidentity 100\npayload %d\nsha256 %s\n",
		NewID(), MaxPayloadSize+1, strings.Repeat("0", 64))
	wantCorrupt(t, "huge payload", openBytes(t, []byte(hdr), nil))
}
