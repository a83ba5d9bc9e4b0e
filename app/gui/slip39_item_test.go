package gui

import (
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"coffer/vault"
	"coffer/vault/slip39"
)

// TestSLIP39ShareItem adds a SLIP-39 share through the form, which names a
// mistyped word and then the share's set and member; the item view checks stored
// shares as a set and shows the master secret only when asked.
func TestSLIP39ShareItem(t *testing.T) {
	secret := []byte("0123456789abcdef")
	shares, err := slip39.SplitOneGroup(secret, "", 2, 3, slip39.Options{Extendable: true})
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	test.Tap(m.newItem)
	e := m.edit
	e.kind.SetSelected(vault.KindSLIP39.Label())
	test.Type(e.title, "Trezor share A")
	words := shares[0].Words()
	typo := append([]string(nil), words...)
	typo[2] = "acadmic"
	test.Type(e.secret, strings.Join(typo[:5], " ")+" ")
	if !strings.Contains(e.secretMsg.Text, `Word 3 "acadmic" is not a SLIP-39 word (did you mean "academic"?)`) || e.secretMsg.Importance != widget.DangerImportance {
		t.Fatalf("typo: %q", e.secretMsg.Text)
	}
	e.secret.SetText(strings.Join(words[:5], " "))
	if e.secretMsg.Text != "5 words so far; SLIP-39 shares have 20 or 33 words." {
		t.Fatalf("typing: %q", e.secretMsg.Text)
	}
	e.secret.SetText(shares[0].Mnemonic())
	want := "Set %05d, group 1 of 1, member 1. Any 2 members of this group open it; 1 group of 1 is needed. Checksum correct."
	if e.secretMsg.Text != fmt.Sprintf(want, shares[0].Identifier) || e.secretMsg.Importance != widget.SuccessImportance {
		t.Fatalf("correct share: %q", e.secretMsg.Text)
	}
	test.Tap(e.save)
	for i, title := range []string{"Trezor share B", "Trezor share C"} {
		if err := h.g.v.Update(func(d *vault.Data) error {
			_, _, err := d.Add(vault.Item{Kind: vault.KindSLIP39, Title: title, Secret: shares[i+1].Mnemonic()}, h.clock.Now())
			return err
		}); err != nil {
			t.Fatal(err)
		}
	}
	m = showing[*mainScreen](h)
	m.reload()
	d := h.selectTitle(m, "Trezor share A")
	c := d.shareCheck
	if c == nil || len(c.picks) != 3 {
		t.Fatal("no Check a set for a SLIP-39 share, or not every share listed")
	}
	for i, p := range c.picks {
		p.SetChecked(c.items[i].Title == "Trezor share A")
	}
	test.Tap(c.check)
	if c.result.Text != "Not a whole set: 1 of 2 shares, 1 more needed." || !c.box.Hidden {
		t.Fatalf("one share: %q", c.result.Text)
	}
	for i, p := range c.picks {
		p.SetChecked(c.items[i].Title != "Trezor share B")
	}
	test.Tap(c.check)
	if !strings.HasPrefix(c.result.Text, "These 2 shares form a valid set") || c.box.Hidden || !c.secret.Hidden {
		t.Fatalf("two shares: %q", c.result.Text)
	}
	if markupHas(h, hex.EncodeToString(secret)) {
		t.Fatal("the master secret is shown before it is asked for")
	}
	test.Tap(c.reveal)
	if c.secret.Hidden || c.secret.Text != hex.EncodeToString(secret) {
		t.Fatalf("secret %q", c.secret.Text)
	}
}
