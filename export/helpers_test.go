package export

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"coffer/vault"
)

// testNow is the fixed clock of the tests.
var testNow = time.Date(2026, 5, 1, 9, 30, 0, 0, time.UTC)

// testOpts are options with a cheap scrypt work factor and a fixed clock.
func testOpts(p Paper) Options {
	return Options{Paper: p, WorkFactor: 10, AllowWeakWorkFactor: true, Now: func() time.Time { return testNow }}
}

// words is a deterministic 2048-word list standing in for BIP-39, so seeds carry
// the same 11 bits of entropy per word as real ones and compress as badly.
var words = func() []string {
	r := rand.New(rand.NewPCG(1, 2))
	const c, v = "bcdfghjklmnprstvwz", "aeiou"
	out := make([]string, 2048)
	for i := range out {
		var b strings.Builder
		for range 2 + r.IntN(2) {
			b.WriteByte(c[r.IntN(len(c))])
			b.WriteByte(v[r.IntN(len(v))])
		}
		out[i] = b.String()
	}
	return out
}()

// sampleItems returns n deterministic, realistic items: seeds, keys, passwords, notes.
// sampleKinds are the kinds sampleItems cycles through: the six of the published
// capacity table (docs/PAPER.md), fixed so that a new kind does not change it.
var sampleKinds = []vault.Kind{vault.KindSeed, vault.KindPrivateKey, vault.KindPassword, vault.KindRecoveryCodes, vault.KindTOTP, vault.KindNote}

func sampleItems(n int) []vault.Item {
	r := rand.New(rand.NewPCG(uint64(n), 7))
	items := make([]vault.Item, n)
	for i := range items {
		kind := sampleKinds[i%len(sampleKinds)]
		it := vault.Item{
			ID:       fmt.Sprintf("%016x%016x", r.Uint64(), r.Uint64()),
			Kind:     kind,
			Title:    fmt.Sprintf("%s %d", kind.Label(), i+1),
			Secret:   sampleSecret(r, kind),
			Created:  testNow.Add(-time.Duration(r.IntN(1e6)) * time.Second),
			Modified: testNow.Add(-time.Duration(r.IntN(1e5)) * time.Second),
		}
		if kind == vault.KindPassword {
			it.Username, it.URL = fmt.Sprintf("user%d@example.com", i), fmt.Sprintf("https://site%d.example", i)
		}
		if i%3 == 0 {
			it.Notes = fmt.Sprintf("Kept since %d; the hardware wallet is in drawer %d.", 2015+r.IntN(10), r.IntN(9))
			it.Tags = []string{"family", "crypto"}
		}
		items[i] = it
	}
	return items
}

// sampleSecret returns a random secret shaped like the kind's.
func sampleSecret(r *rand.Rand, k vault.Kind) string {
	hex := func(n int) string {
		var b strings.Builder
		for range n {
			fmt.Fprintf(&b, "%02x", r.IntN(256))
		}
		return b.String()
	}
	switch k {
	case vault.KindSeed:
		w := make([]string, 24)
		for i := range w {
			w[i] = words[r.IntN(len(words))]
		}
		return strings.Join(w, " ")
	case vault.KindPrivateKey:
		return hex(32)
	case vault.KindTOTP:
		return "JBSWY3DPEHPK3PXP" + strings.ToUpper(hex(4))
	case vault.KindRecoveryCodes:
		return hex(5) + "\n" + hex(5) + "\n" + hex(5) + "\n" + hex(5)
	}
	return hex(10)
}

// mustCreate makes a backup or fails the test.
func mustCreate(t testing.TB, items []vault.Item, p Paper) *Backup {
	t.Helper()
	b, err := Create(items, "vault-0001", "correct horse battery staple", testOpts(p))
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	return b
}

const testPass = "correct horse battery staple"
