package export

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"filippo.io/age"

	"coffer/vault"
	"coffer/vault/slip39"
)

// sharedBackup creates a shared K-of-N backup of a few items and rebuilds its ciphertext.
func sharedBackup(t *testing.T, k, n int) (*Backup, []byte) {
	t.Helper()
	return sharedBackupOf(t, sampleItems(3), Shares{K: k, N: n})
}

// sharedBackupOf creates a shared backup of items and rebuilds its ciphertext.
func sharedBackupOf(t *testing.T, items []vault.Item, sh Shares) (*Backup, []byte) {
	t.Helper()
	opts := testOpts(A4)
	opts.Shares = sh
	b, err := Create(items, "vault-0001", "", opts)
	if err != nil {
		t.Fatal(err)
	}
	a := NewAssembler()
	for _, f := range b.Frames {
		if err := a.Add(f); err != nil {
			t.Fatal(err)
		}
	}
	ct, err := a.Ciphertext(b.ID)
	if err != nil {
		t.Fatal(err)
	}
	return b, ct
}

func mnemonicsOf(shares []slip39.Share, members ...int) []string {
	var out []string
	for _, m := range members {
		out = append(out, shares[m-1].Mnemonic())
	}
	return out
}

func TestSharedBackupRoundTripEveryKofN(t *testing.T) {
	for n := 2; n <= 5; n++ {
		for k := 2; k <= n; k++ {
			b, ct := sharedBackup(t, k, n)
			if len(b.Shares) != n || !IsShared(ct) {
				t.Fatalf("%d-of-%d: %d shares, shared %v", k, n, len(b.Shares), IsShared(ct))
			}
			for _, sh := range b.Shares {
				if got := len(sh.Words()); got != 33 || !sh.Extendable || sh.MemberThreshold != k {
					t.Fatalf("%d-of-%d: share %d words, extendable %v, threshold %d", k, n, got, sh.Extendable, sh.MemberThreshold)
				}
			}
			// the last k shares, in reverse order
			var members []int
			for m := n; m > n-k; m-- {
				members = append(members, m)
			}
			p, err := OpenCiphertextShares(ct, b.ID, mnemonicsOf(b.Shares, members...))
			if err != nil {
				t.Fatalf("%d-of-%d: %v", k, n, err)
			}
			if !reflect.DeepEqual(p.Items, sampleItems(3)) {
				t.Fatalf("%d-of-%d: items differ", k, n)
			}
		}
	}
}

func TestSharedBackup16of16(t *testing.T) {
	b, ct := sharedBackup(t, 16, 16)
	all := make([]int, 16)
	for i := range all {
		all[i] = i + 1
	}
	if _, err := DecryptShares(ct, mnemonicsOf(b.Shares, all...)); err != nil {
		t.Fatal(err)
	}
	_, err := DecryptShares(ct, mnemonicsOf(b.Shares, all[:15]...))
	var ne *slip39.NotEnoughError
	if !errors.As(err, &ne) || ne.More() != 1 {
		t.Fatalf("15 of 16: %v", err)
	}
}

func TestSharedBackupOneShareShortSaysHowManyMore(t *testing.T) {
	b, ct := sharedBackup(t, 3, 5)
	_, err := DecryptShares(ct, mnemonicsOf(b.Shares, 1, 4))
	var ne *slip39.NotEnoughError
	if !errors.As(err, &ne) || ne.More() != 1 || !strings.Contains(err.Error(), "1 more share needed") {
		t.Fatalf("2 of 3: %v", err)
	}
	_, err = DecryptShares(ct, mnemonicsOf(b.Shares, 2))
	if !errors.As(err, &ne) || ne.More() != 2 || !strings.Contains(err.Error(), "2 more shares needed") {
		t.Fatalf("1 of 3: %v", err)
	}
}

func TestSharedBackupRefusesWrongSets(t *testing.T) {
	b, ct := sharedBackup(t, 2, 3)
	other, otherCT := sharedBackup(t, 2, 3)
	// shares of another backup: a valid set, but not this backup's key
	if _, err := DecryptShares(ct, mnemonicsOf(other.Shares, 1, 2)); !errors.Is(err, ErrWrongShares) {
		t.Fatalf("other backup's shares: %v", err)
	}
	// one of each set: not combined
	mixed := []string{b.Shares[0].Mnemonic(), other.Shares[1].Mnemonic()}
	_, err := DecryptShares(otherCT, mixed)
	sameID := b.Shares[0].Identifier == other.Shares[0].Identifier // 1 in 32768: the digest catches it
	if !errors.Is(err, slip39.ErrMixedSets) && !(sameID && errors.Is(err, slip39.ErrDigest)) {
		t.Fatalf("mixed sets: %v", err)
	}
	// the same share twice
	if _, err := DecryptShares(ct, mnemonicsOf(b.Shares, 1, 1)); !errors.Is(err, slip39.ErrDuplicate) {
		t.Fatalf("duplicate: %v", err)
	}
}

func TestSharedBackupAndPassphraseBackupDoNotMix(t *testing.T) {
	b, ct := sharedBackup(t, 2, 2)
	if _, err := Decrypt(ct, testPass); !errors.Is(err, ErrNotShared) {
		t.Fatalf("passphrase on shared backup: %v", err)
	}
	pb := mustCreate(t, sampleItems(1), A4)
	a := NewAssembler()
	for _, f := range pb.Frames {
		_ = a.Add(f)
	}
	pct, _ := a.Ciphertext(pb.ID)
	if IsShared(pct) {
		t.Fatal("passphrase backup reported shared")
	}
	if _, err := DecryptShares(pct, mnemonicsOf(b.Shares, 1, 2)); !errors.Is(err, ErrNotShared) {
		t.Fatalf("shares on passphrase backup: %v", err)
	}
	if _, err := Create(sampleItems(1), "v", testPass, Options{Shares: Shares{K: 2, N: 3}}); err == nil {
		t.Fatal("shared backup with a passphrase accepted")
	}
}

func TestSharedBackupLedgerAndPageText(t *testing.T) {
	b, _ := sharedBackup(t, 3, 5)
	rec := b.LedgerRecord(sampleItems(3))
	if rec.Shared == nil || rec.Shared.K != 3 || rec.Shared.N != 5 {
		t.Fatalf("ledger: %+v", rec.Shared)
	}
	if !strings.Contains(b.instructions(), "SHARED") || !strings.Contains(b.instructions(), "any 3 of its 5 share sheets") {
		t.Fatalf("code page text: %s", b.instructions())
	}
	if pb := mustCreate(t, sampleItems(1), A4); pb.LedgerRecord(nil).Shared != nil || strings.Contains(pb.instructions(), "SHARED") {
		t.Fatal("passphrase backup marked shared")
	}
}

func TestParseShares(t *testing.T) {
	for text, want := range map[string]Shares{"3-of-5": {K: 3, N: 5}, "2-of-2": {K: 2, N: 2}, "16-of-16": {K: 16, N: 16}} {
		if got, err := ParseShares(text); err != nil || got != want {
			t.Errorf("%q: %v %v", text, got, err)
		}
	}
	for _, bad := range []string{"1-of-3", "4-of-3", "2-of-17", "3of5", "3-of-5x", "", "-2-of-3"} {
		if _, err := ParseShares(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

// TestIdentityOfMatchesAge checks our bech32 against age's own keys.
func TestIdentityOfMatchesAge(t *testing.T) {
	for range 20 {
		id, err := age.GenerateX25519Identity()
		if err != nil {
			t.Fatal(err)
		}
		key := bech32Decode5(t, id.String())
		text, err := IdentityOf(key)
		if err != nil || string(text) != id.String() {
			t.Fatalf("identity %s, want %s (%v)", text, id.String(), err)
		}
		r, err := recipientOf(key)
		if err != nil || r.(*age.X25519Recipient).String() != id.Recipient().String() {
			t.Fatalf("recipient %v, want %s (%v)", r, id.Recipient(), err)
		}
	}
}

// bech32Decode5 reads the 32 key bytes out of an age identity (test helper, no checksum check).
func bech32Decode5(t *testing.T, s string) []byte {
	t.Helper()
	s = strings.ToLower(s)
	data := s[strings.LastIndexByte(s, '1')+1 : len(s)-6]
	var out []byte
	acc, bits := 0, 0
	for _, c := range data {
		acc = acc<<5 | strings.IndexRune(bech32Charset, c)
		bits += 5
		if bits >= 8 {
			bits -= 8
			out = append(out, byte(acc>>bits))
		}
	}
	if len(out) != 32 {
		t.Fatalf("decoded %d bytes", len(out))
	}
	return out
}

func TestShareSheetsPDFHasOnePagePerShare(t *testing.T) {
	b, _ := sharedBackup(t, 3, 5)
	var buf bytes.Buffer
	if err := b.WriteShareSheets(&buf); err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(buf.Bytes(), []byte("/Type /Page\n")); n != 5 {
		t.Fatalf("%d pages, want 5", n)
	}
	if got := b.ShareSheetLead(2); got != "Share 2 of 5 — any 3 of these, together with the code pages, restore backup "+b.ID {
		t.Fatalf("lead %q", got)
	}
	imgs, err := b.ShareSheetImages(72)
	if err != nil || len(imgs) != 5 {
		t.Fatalf("%d images: %v", len(imgs), err)
	}
	pb := mustCreate(t, sampleItems(1), A4)
	if err := pb.WriteShareSheets(&buf); !errors.Is(err, ErrNotSharedBackup) {
		t.Fatalf("passphrase backup: %v", err)
	}
}

// TestSharedBackupWithSLIP39Passphrase: shares made with a SLIP-39 passphrase open
// the backup only with it; without it, or with another, the shares give another key
// (SLIP-39 cannot tell) and the age file does not open: ErrWrongShares. The ledger
// notes that there is a passphrase, never the passphrase; the pages say it is needed.
func TestSharedBackupWithSLIP39Passphrase(t *testing.T) {
	items := sampleItems(2)
	b, ct := sharedBackupOf(t, items, Shares{K: 2, N: 3, Passphrase: "grandma's recipe"})
	m := mnemonicsOf(b.Shares, 1, 3)
	if p, err := DecryptSharesWith(ct, m, "grandma's recipe"); err != nil || !reflect.DeepEqual(p.Items, items) {
		t.Fatalf("with the passphrase: %v", err)
	}
	for _, wrong := range []string{"", "grandma's recipe "} {
		if _, err := DecryptSharesWith(ct, m, wrong); !errors.Is(err, ErrWrongShares) {
			t.Errorf("passphrase %q: %v, want ErrWrongShares", wrong, err)
		}
	}
	rec := b.LedgerRecord(items)
	if !rec.Shared.Passphrase || b.Sharing().Passphrase != "" || !b.SharePassphrase() {
		t.Fatalf("ledger %+v, sharing %+v", rec.Shared, b.Sharing())
	}
	if !strings.Contains(b.shareSheetAdvice(), "also need their SLIP-39 passphrase") {
		t.Error("the share sheets do not say a passphrase is needed")
	}
	opts := testOpts(A4)
	opts.Shares = Shares{K: 2, N: 3, Passphrase: "café"}
	if _, err := Create(items, "v", "", opts); !errors.Is(err, slip39.ErrPassphrase) {
		t.Errorf("non-ASCII passphrase: %v", err)
	}
}
