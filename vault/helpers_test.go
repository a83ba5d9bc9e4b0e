package vault

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"coffer/vault/internal/fake"

	"github.com/cosmos/go-bip39"
)

// testWorkFactor keeps scrypt cheap in tests; never change a global for this.
const testWorkFactor = 10

const testPassphrase = "correct horse battery staple"

// TestMain lets the test binary act as a helper child process (lock holder, save
// loop) when re-executed with COFFER_TEST_HELPER set.
func TestMain(m *testing.M) {
	if role := os.Getenv("COFFER_TEST_HELPER"); role != "" {
		testMarkerDir = os.Getenv("COFFER_TEST_MARKERS") // the parent's
		os.Exit(runHelper(role))
	}
	dir, err := os.MkdirTemp("", "coffer-markers-")
	if err != nil {
		panic(err)
	}
	testMarkerDir = dir
	os.Setenv("COFFER_TEST_MARKERS", dir) // for helper children
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// testMarkerDir holds the device markers of every test vault (vault IDs are
// random, so tests do not meet), never the user's own folder.
var testMarkerDir string

// newFakeKeyring returns the in-memory keyring shared with vaulttest.
func newFakeKeyring() *fake.Keyring { return fake.NewKeyring(ErrNotRemembered, ErrNoKeyring) }

// newFakeClock returns a settable clock at a fixed date.
func newFakeClock() *fake.Clock { return fake.NewClock(time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)) }

// testOptions returns options with a cheap work factor and an in-memory keyring.
func testOptions() Options {
	return Options{WorkFactor: testWorkFactor, AllowWeakWorkFactor: true, Keyring: newFakeKeyring(), MarkerDir: testMarkerDir}
}

// clockOptions returns testOptions with a settable clock.
func clockOptions() (*fake.Clock, Options) {
	clock, opts := newFakeClock(), testOptions()
	opts.Now = clock.Now
	return clock, opts
}

// newTestVault creates a vault in a fresh folder and closes it at cleanup.
func newTestVault(t testing.TB, opts Options) *Vault {
	t.Helper()
	path := filepath.Join(t.TempDir(), "vault.coffer")
	v, err := Create(path, testPassphrase, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { v.Close() })
	return v
}

// mustOpen opens path with the test passphrase, closing it at cleanup.
func mustOpen(t testing.TB, path string, opts Options) *Vault {
	t.Helper()
	v, err := Open(path, testPassphrase, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { v.Close() })
	return v
}

// mustRead returns a file's bytes.
func mustRead(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// randomSeed returns 24 BIP39 words (not checksummed; the file layer does not care).
func randomSeed(r *rand.Rand) string {
	w := make([]string, 24)
	for i := range w {
		w[i] = bip39.WordList[r.IntN(len(bip39.WordList))]
	}
	return strings.Join(w, " ")
}

// fillItems adds n items of realistic size to d without validation: titles, seed
// phrases, passwords, notes, tags and some history.
func fillItems(d *Data, n int, seed uint64) {
	r := rand.New(rand.NewPCG(seed, 1))
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		it := Item{ID: NewID(), Title: fmt.Sprintf("Account %d at exchange %d", i, r.IntN(500)),
			Created: now, Modified: now, Tags: []string{"crypto", "cold"}}
		switch i % 3 {
		case 0:
			it.Kind, it.Secret = KindSeed, randomSeed(r)
		case 1:
			it.Kind, it.Secret, it.Username = KindPassword, NewID(), fmt.Sprintf("user%d@example.com", i)
			it.URL = "https://example.com/login"
		default:
			it.Kind, it.Secret = KindNote, strings.Repeat("note text ", 10+r.IntN(20))
		}
		it.Notes = strings.Repeat("kept in the blue folder; ", 2+r.IntN(6))
		if i%5 == 0 {
			it.History = []HistoryEntry{{Secret: randomSeed(r), Replaced: now}}
		}
		d.Items = append(d.Items, it)
	}
}

// addVaultItem adds a valid password item through the model.
func addVaultItem(t testing.TB, v *Vault, title, secret string) Item {
	t.Helper()
	it, _, err := v.Data().Add(Item{Kind: KindPassword, Title: title, Secret: secret}, v.Now())
	if err != nil {
		t.Fatal(err)
	}
	return it
}
