package slip39

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestRoundTripKofN: for every 2 ≤ K ≤ N ≤ 5 and for 16-of-16, every K-subset
// of the shares restores the secret, all N do too, and every (K-1)-subset
// restores nothing and says one more share is needed.
func TestRoundTripKofN(t *testing.T) {
	type kn struct{ k, n int }
	var cases []kn
	for n := 2; n <= 5; n++ {
		for k := 2; k <= n; k++ {
			cases = append(cases, kn{k, n})
		}
	}
	cases = append(cases, kn{16, 16})
	for _, c := range cases {
		t.Run(fmt.Sprintf("%d-of-%d", c.k, c.n), func(t *testing.T) {
			secret := testSecret(32, fmt.Sprint(c))
			shares := splitOne(t, secret, "", c.k, c.n, Options{Extendable: true}, fmt.Sprint(c))
			if len(shares) != c.n {
				t.Fatalf("%d shares, want %d", len(shares), c.n)
			}
			for _, s := range shares {
				if w := len(s.Words()); w != 33 {
					t.Fatalf("%d words, want 33", w)
				}
			}
			checkRestores(t, shares, secret, c.k)
			checkTooFew(t, shares, c.k)
		})
	}
}

func checkRestores(t *testing.T, shares []Share, secret []byte, k int) {
	t.Helper()
	try := func(set []Share) {
		got, err := Combine(set, "")
		if err != nil || !bytes.Equal(got, secret) {
			t.Fatalf("combine %v: %x, %v; want %x", set, got, err, secret)
		}
	}
	n := len(shares)
	if n == 16 {
		try(shares)
		try(append(shares[8:], shares[:8]...))
		return
	}
	subsets(n, k, func(idx []int) { try(pick(shares, idx)) })
	try(shares)
}

func checkTooFew(t *testing.T, shares []Share, k int) {
	t.Helper()
	subsets(len(shares), k-1, func(idx []int) {
		got, err := Combine(pick(shares, idx), "")
		var ne *NotEnoughError
		if !errors.As(err, &ne) || got != nil {
			t.Fatalf("%d of %d shares gave %x, %v; want a NotEnoughError", k-1, k, got, err)
		}
		want := fmt.Sprintf("%d of %d shares: 1 more share needed", k-1, k)
		if ne.More() != 1 || err.Error() != want {
			t.Fatalf("error %q, want %q", err, want)
		}
	})
}

// TestTwoMissing: the count of missing shares is exact and plural.
func TestTwoMissing(t *testing.T) {
	shares := splitOne(t, testSecret(16, "m"), "", 4, 5, Options{}, "m")
	_, err := Combine(shares[:2], "")
	if err == nil || err.Error() != "2 of 4 shares: 2 more shares needed" {
		t.Fatalf("got %v", err)
	}
}

// TestPassphraseRoundTrip: the passphrase is part of the encryption, and a
// wrong one gives a different secret without error (SLIP-39 by design).
func TestPassphraseRoundTrip(t *testing.T) {
	secret := testSecret(16, "p")
	shares := splitOne(t, secret, "correct horse", 2, 3, Options{IterationExponent: 1}, "p")
	got, err := Combine(shares[1:], "correct horse")
	if err != nil || !bytes.Equal(got, secret) {
		t.Fatalf("got %x, %v", got, err)
	}
	wrong, err := Combine(shares[1:], "wrong")
	if err != nil || bytes.Equal(wrong, secret) {
		t.Fatalf("wrong passphrase: %x, %v", wrong, err)
	}
	if _, err := Combine(shares, "naïve"); !errors.Is(err, ErrPassphrase) {
		t.Fatalf("non-ASCII passphrase: %v", err)
	}
}

// TestOtherSetNamed: a share of another split is refused and named.
func TestOtherSetNamed(t *testing.T) {
	a := splitOne(t, testSecret(32, "a"), "", 3, 5, Options{Extendable: true}, "a")
	b := splitOne(t, testSecret(32, "b"), "", 3, 5, Options{Extendable: true}, "b")
	_, err := Combine([]Share{a[0], a[1], b[2]}, "")
	if !errors.Is(err, ErrMixedSets) || !strings.Contains(err.Error(), "share #3 is not from the same set as share #1: identifier") {
		t.Fatalf("got %v", err)
	}
}

// TestDuplicateNamed: the same share twice is refused and named, not counted twice.
func TestDuplicateNamed(t *testing.T) {
	a := splitOne(t, testSecret(32, "d"), "", 3, 5, Options{Extendable: true}, "d")
	_, err := Combine([]Share{a[0], a[1], a[0]}, "")
	if !errors.Is(err, ErrDuplicate) || !strings.Contains(err.Error(), "share #3 repeats share #1") {
		t.Fatalf("got %v", err)
	}
}

// TestDigestNamed: shares of two sets that happen to share an identifier
// fail the digest, and the error names the shares used.
func TestDigestNamed(t *testing.T) {
	a := splitOne(t, testSecret(32, "x"), "", 2, 3, Options{Extendable: true}, "x")
	b := splitOne(t, testSecret(32, "y"), "", 2, 3, Options{Extendable: true}, "y")
	intruder := b[1]
	intruder.Identifier = a[0].Identifier
	_, err := Combine([]Share{a[0], intruder}, "")
	if !errors.Is(err, ErrDigest) || !strings.Contains(err.Error(), "share #1, share #2") {
		t.Fatalf("got %v", err)
	}
}

// TestExtraShareChecked: a share beyond the threshold that does not lie on
// the same polynomial is named instead of being ignored.
func TestExtraShareChecked(t *testing.T) {
	a := splitOne(t, testSecret(32, "e"), "", 2, 3, Options{Extendable: true}, "e")
	bad := a[2]
	bad.Value = append([]byte(nil), bad.Value...)
	bad.Value[0] ^= 1
	_, err := Combine([]Share{a[0], a[1], bad}, "")
	if !errors.Is(err, ErrTooMany) || !strings.Contains(err.Error(), "share #3 does not match share #1, share #2") {
		t.Fatalf("got %v", err)
	}
}

// TestSplitParameters: what SLIP-39 forbids is refused before any randomness is read.
func TestSplitParameters(t *testing.T) {
	ok := testSecret(16, "")
	bad := []struct {
		name   string
		secret []byte
		k, n   int
	}{
		{"short secret", ok[:14], 2, 3},
		{"odd secret", append(ok, 1), 2, 3},
		{"k above n", ok, 4, 3},
		{"17 shares", ok, 2, 17},
		{"1 of 3", ok, 1, 3},
		{"0 of 3", ok, 0, 3},
	}
	for _, c := range bad {
		if _, err := SplitOneGroup(c.secret, "", c.k, c.n, Options{}); !errors.Is(err, ErrParameters) {
			t.Errorf("%s: %v, want ErrParameters", c.name, err)
		}
	}
}

// TestProductionSplit: the crypto/rand path works and gives fresh identifiers.
func TestProductionSplit(t *testing.T) {
	secret := testSecret(32, "prod")
	s1, err := SplitOneGroup(secret, "", 2, 3, Options{Extendable: true})
	if err != nil {
		t.Fatal(err)
	}
	got, err := Combine(s1[:2], "")
	if err != nil || !bytes.Equal(got, secret) {
		t.Fatalf("got %x, %v", got, err)
	}
	s2, _ := SplitOneGroup(secret, "", 2, 3, Options{Extendable: true})
	if bytes.Equal(s1[0].Value, s2[0].Value) {
		t.Fatal("two splits gave the same share value")
	}
}

// TestGroupsRoundTrip: the two-level scheme (2 of 3 groups, each 2-of-3,
// 1-of-1, 3-of-5) restores from any two complete groups.
func TestGroupsRoundTrip(t *testing.T) {
	secret := testSecret(16, "g")
	groups := []GroupSpec{{2, 3}, {1, 1}, {3, 5}}
	sets, err := split(secret, "TREZOR", 2, groups, Options{}, newDetRand("g"))
	if err != nil {
		t.Fatal(err)
	}
	pairs := [][2]int{{0, 1}, {0, 2}, {1, 2}}
	for _, p := range pairs {
		var set []Share
		for _, gi := range p {
			set = append(set, sets[gi][:groups[gi].Threshold]...)
		}
		got, err := Combine(set, "TREZOR")
		if err != nil || !bytes.Equal(got, secret) {
			t.Fatalf("groups %v: %x, %v", p, got, err)
		}
	}
	_, err = Combine(append(sets[0][:2:2], sets[2][:2]...), "TREZOR")
	if err == nil || err.Error() != "group 3: 2 of 3 shares: 1 more share needed" {
		t.Fatalf("incomplete group: %v", err)
	}
	_, err = Combine(sets[0][:2], "TREZOR")
	if err == nil || err.Error() != "1 of 2 groups complete: 1 more group needed" {
		t.Fatalf("one group: %v", err)
	}
}
