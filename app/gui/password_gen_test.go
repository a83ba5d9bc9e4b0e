package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/cosmos/go-bip39"

	"coffer/app/internal/strength"
	"coffer/vault"
)

// Issue 15 item 16: a password item gets a generator (words or characters, from
// crypto/rand) with the vault passphrase's strength meter.
func TestPasswordGeneratorFillsAStrongPassword(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	test.Tap(m.newItem)
	e := m.edit
	e.kind.SetSelected(vault.KindPassword.Label())
	if e.gen == nil {
		t.Fatal("no generator on the password form")
	}
	e.gen.style.SetSelected(genChars)
	e.gen.length.SetSelected("20")
	test.Tap(e.gen.button)
	first := e.secret.Text
	if len(first) != 20 || strings.Trim(first, genAlphabet) != "" || strength.Score(first) < strength.MinScore {
		t.Fatalf("generated %d characters, score %d", len(first), strength.Score(first))
	}
	test.Tap(e.gen.button)
	if e.secret.Text == first {
		t.Fatal("two generated passwords are the same")
	}
	e.gen.style.SetSelected(genWords)
	e.gen.length.SetSelected("6")
	test.Tap(e.gen.button)
	words := strings.Fields(e.secret.Text)
	for _, w := range words {
		if _, ok := bip39.ReverseWordMap[w]; !ok {
			t.Fatalf("%q is not a list word", w)
		}
	}
	if len(words) != 6 || strength.Score(e.secret.Text) < strength.MinScore {
		t.Fatalf("%d words, score %d", len(words), strength.Score(e.secret.Text))
	}
	test.Type(e.title, "Shop")
	test.Tap(e.save)
	if it, err := h.g.v.Snapshot().Find("Shop", false); err != nil || it.Secret != strings.Join(words, " ") {
		t.Fatalf("saved: %v", err)
	}
}
