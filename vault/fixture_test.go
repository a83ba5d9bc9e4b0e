package vault

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// The committed fixture is a vault written by format version 1, documented in
// docs/FORMAT.md. Every later Coffer must open it: a format change must never
// orphan old vaults. Regenerate only for a new fixture file name, with
// COFFER_WRITE_FIXTURE=1 go test -run TestFixture ./vault/.
const (
	fixturePath       = "testdata/fixture-v1.coffer"
	fixturePassphrase = "coffer fixture passphrase"
	fixtureKey        = "AGE-SECRET-KEY-1H8QZFL5V8YGYECPTNWPZV3DVCST3V3NWTS3JXLJMA464CLQ2H7FS99EXSK"
	fixtureSeed       = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
)

var fixtureTime = time.Date(2025, 6, 1, 9, 30, 0, 0, time.UTC)

func TestFixtureOpens(t *testing.T) {
	if os.Getenv("COFFER_WRITE_FIXTURE") == "1" {
		writeFixture(t)
	}
	orig := mustRead(t, fixturePath)
	path := filepath.Join(t.TempDir(), "vault.coffer")
	os.WriteFile(path, orig, 0o600)
	h, err := ReadHeader(path)
	if err != nil {
		t.Fatal(err)
	}
	if h.FormatVersion != 1 || h.WorkFactor != 10 || len(h.VaultID) != 32 {
		t.Fatalf("header %+v", h)
	}
	// On the fixture's day: later, its trash item would be purged on open.
	v, err := Open(path, fixturePassphrase, Options{Keyring: newFakeKeyring(), Now: func() time.Time { return fixtureTime }})
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	if v.identity.String() != fixtureKey {
		t.Fatal("the fixture's key differs from the one in docs/FORMAT.md")
	}
	d := v.Data()
	seed, err := d.Find("Cold wallet", false)
	if err != nil || seed.Secret != fixtureSeed || seed.Kind != KindSeed {
		t.Fatalf("seed item: %+v %v", seed, err)
	}
	pw, err := d.Find("Bank — main account", false)
	if err != nil || pw.Secret != "s3cret pässword" || pw.Username != "alice" || len(pw.History) != 1 {
		t.Fatalf("password item: %+v %v", pw, err)
	}
	if trash := d.Trash(); len(trash) != 1 || trash[0].Title != "Old note" {
		t.Fatalf("trash: %+v", trash)
	}
	if len(d.Backups) != 1 || d.Backups[0].Pages != 2 {
		t.Fatalf("ledger: %+v", d.Backups)
	}
	// The vault can be saved again with this Coffer.
	addVaultItem(t, v, "new", "item")
	if err := v.Save(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(orig, mustRead(t, path+".bak")) {
		t.Fatal("backup is not the fixture")
	}
}

// writeFixture writes testdata/fixture-v1.coffer anew.
func writeFixture(t *testing.T) {
	os.Remove(fixturePath)
	clock := func() time.Time { return fixtureTime }
	v, err := Create(fixturePath, fixturePassphrase, Options{WorkFactor: 10, AllowWeakWorkFactor: true, Now: clock, Keyring: newFakeKeyring()})
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	d := v.Data()
	add := func(it Item) Item {
		it, _, err := d.Add(it, fixtureTime)
		if err != nil {
			t.Fatal(err)
		}
		return it
	}
	add(Item{Kind: KindSeed, Title: "Cold wallet", Secret: fixtureSeed, Notes: "Trezor, steel plate in the safe", Tags: []string{"btc"}})
	pw := add(Item{Kind: KindPassword, Title: "Bank — main account", Secret: "old password", Username: "alice",
		URL: "https://bank.example", Recovery: RecoveryRoute{Email: "alice@example.com"}})
	pw.Secret = "s3cret pässword"
	if _, _, err := d.Update(pw, fixtureTime.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	add(Item{Kind: KindTOTP, Title: "Exchange 2FA", Secret: "JBSWY3DPEHPK3PXP"})
	old := add(Item{Kind: KindNote, Title: "Old note", Secret: "nothing important"})
	d.Delete(old.ID, fixtureTime.Add(2*time.Hour))
	d.RecordBackup(BackupRecord{ID: "backup-1", Created: fixtureTime, Paper: "A4", Pages: 2,
		Items: []BackupItem{{ID: pw.ID, Modified: fixtureTime}}})
	if err := v.Save(); err != nil {
		t.Fatal(err)
	}
	os.Remove(fixturePath + ".bak")
	os.Remove(fixturePath + ".lock")
}

// TestFormatDocMatchesFixture keeps the test vector in docs/FORMAT.md true.
func TestFormatDocMatchesFixture(t *testing.T) {
	doc, err := os.ReadFile("../docs/FORMAT.md")
	if err != nil {
		t.Skip("docs/FORMAT.md not found:", err)
	}
	fixture := mustRead(t, fixturePath)
	header := fixture[:bytes.Index(fixture, []byte(ageMagic))]
	for _, line := range bytes.Split(bytes.TrimSuffix(header, []byte("\n")), []byte("\n")) {
		if !bytes.Contains(doc, append([]byte("  "), line...)) {
			t.Errorf("docs/FORMAT.md lacks the fixture header line %q", line)
		}
	}
	for _, s := range []string{fixtureKey, fixturePassphrase, "(1970 bytes)", "header (164 bytes"} {
		if !bytes.Contains(doc, []byte(s)) {
			t.Errorf("docs/FORMAT.md lacks %q", s)
		}
	}
}
