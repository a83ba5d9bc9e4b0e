package vault

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"coffer/vault/slip39"
)

// testShares are a fixed 3-of-5 set of a 128-bit secret, made by a round trip.
func testShares(t *testing.T) ([]slip39.Share, []byte) {
	t.Helper()
	secret := []byte("0123456789abcdef")
	shares, err := slip39.SplitOneGroup(secret, "", 3, 5, slip39.Options{Extendable: true})
	if err != nil {
		t.Fatal(err)
	}
	return shares, secret
}

func shareItems(shares ...slip39.Share) []Item {
	var out []Item
	for _, sh := range shares {
		out = append(out, Item{Kind: KindSLIP39, Title: sh.String(), Secret: sh.Mnemonic()})
	}
	return out
}

// TestValidateSLIP39 names the wrong word: one not on the list, one that breaks the
// checksum; a share of the wrong length is refused; a correct share passes.
func TestValidateSLIP39(t *testing.T) {
	shares, _ := testShares(t)
	words := shares[0].Words()
	if w, err := Validate(KindSLIP39, strings.ToUpper(shares[0].Mnemonic())); err != nil || len(w) > 0 {
		t.Fatalf("correct share: %v, %v", w, err)
	}
	bad := append([]string(nil), words...)
	bad[6] = "acadmic"
	_, err := Validate(KindSLIP39, strings.Join(bad, " "))
	if !errors.Is(err, ErrInvalidSecret) || !strings.Contains(err.Error(), `word 7 "acadmic" is not a SLIP-39 word`) {
		t.Fatalf("unknown word: %v", err)
	}
	swapped := append([]string(nil), words...)
	swapped[9] = words[10]
	if _, err := Validate(KindSLIP39, strings.Join(swapped, " ")); !errors.Is(err, slip39.ErrChecksum) || !strings.Contains(err.Error(), "word 10") {
		t.Fatalf("checksum: %v", err)
	}
	if _, err := Validate(KindSLIP39, strings.Join(words[:15], " ")); !errors.Is(err, ErrInvalidSecret) {
		t.Fatalf("15 words: %v", err)
	}
	if got := NormalizeSecret(KindSLIP39, "  "+strings.ToUpper(words[0])+"\n "+words[1]+" "); got != words[0]+" "+words[1] {
		t.Errorf("normalized %q", got)
	}
	if info := KindSLIP39.Info(); info.Label != "SLIP-39 share" || !info.Multiline || info.Account {
		t.Errorf("info %+v", info)
	}
}

// TestCheckShareSet: 3 of a 3-of-5 set are valid and say so without the secret;
// 2 say one more is needed; another set, a duplicate and a non-share are named.
func TestCheckShareSet(t *testing.T) {
	shares, secret := testShares(t)
	set, err := CheckShareSet(shareItems(shares[4], shares[0], shares[2]))
	if err != nil {
		t.Fatal(err)
	}
	if set.Shares != 3 || set.MemberThreshold != 3 || set.SecretBits != 128 || set.Identifier != shares[0].Identifier ||
		!strings.Contains(set.String(), "members [1 3 5]") {
		t.Fatalf("set %+v", set)
	}
	got, err := RecoverShareSet(shareItems(shares[1:4]...), "")
	if err != nil || !bytes.Equal(got, secret) {
		t.Fatalf("recovered %x, %v", got, err)
	}
	if got, _ := RecoverShareSet(shareItems(shares[1:4]...), "TREZOR"); bytes.Equal(got, secret) {
		t.Fatal("another passphrase gave the same secret")
	}
	var few *slip39.NotEnoughError
	if _, err := CheckShareSet(shareItems(shares[0], shares[1])); !errors.As(err, &few) || few.More() != 1 {
		t.Fatalf("two shares: %v", err)
	}
	other, _ := testShares(t)
	if _, err := CheckShareSet(shareItems(shares[0], shares[1], other[2])); !errors.Is(err, slip39.ErrMixedSets) {
		t.Fatalf("mixed sets: %v", err)
	}
	if _, err := CheckShareSet(shareItems(shares[0], shares[1], shares[1])); err == nil {
		t.Fatal("a duplicate share made a set")
	}
	note := Item{Kind: KindNote, Title: "Notes", Secret: shares[2].Mnemonic()}
	if _, err := CheckShareSet(append(shareItems(shares[0], shares[1]), note)); !errors.Is(err, ErrInvalidSecret) || !strings.Contains(err.Error(), `"Notes"`) {
		t.Fatalf("a note in the set: %v", err)
	}
}
