package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"coffer/vault"
)

// walkLostGuide opens the guide for the item with this title, as lost or as
// possibly stolen, taps through its four steps and returns what each showed.
func walkLostGuide(t *testing.T, h *harness, title string, stolen bool) string {
	t.Helper()
	d := h.selectTitle(showing[*mainScreen](h), title)
	if stolen {
		test.Tap(d.stolen)
	} else {
		test.Tap(d.lost)
	}
	s := showing[*lostScreen](h)
	var seen []string
	for i := 0; i < 4; i++ {
		seen = append(seen, shownTexts(h.g.win.Canvas().Content()))
		if i < 3 {
			test.Tap(s.wiz.Next)
		}
	}
	test.Tap(s.wiz.Cancel)
	return strings.ToLower(strings.Join(seen, "\n"))
}

// Issue 15 item 3: the seed's guide told its owner to reset it with "the exchange,
// bank or service", to search "lost 2FA", to report it for a refund and to turn on
// 2FA. Walked as a user would, the seed's guide now says nobody can reset it, to move
// the funds, and that without a backup they are gone; the password and TOTP guides
// still send the user to the provider.
func TestLostGuideFitsTheKindOfKey(t *testing.T) {
	h := newHarness(t)
	h.unlocked(sampleItems()...)
	banned := []string{"provider", "refund", "lost 2fa", "reset it with", "turn on two-factor", "turn on 2fa", "exchange, bank or service"}
	for _, stolen := range []bool{false, true} {
		seed := walkLostGuide(t, h, "Ledger wallet", stolen)
		for _, b := range banned {
			if strings.Contains(seed, b) {
				t.Errorf("stolen=%v: the seed's guide says %q", stolen, b)
			}
		}
		for _, want := range []string{"nobody can reset it", "move the funds to a new wallet now", "the funds in this wallet are gone", "move all funds"} {
			if !strings.Contains(seed, want) {
				t.Errorf("stolen=%v: the seed's guide does not say %q", stolen, want)
			}
		}
	}
	bank := walkLostGuide(t, h, "Bank", false)
	for _, want := range []string{"reset it with the provider", "alice@example.com", "turn on two-factor authentication", "refund"} {
		if !strings.Contains(bank, want) {
			t.Errorf("the password's guide does not say %q", want)
		}
	}
	totp := walkLostGuide(t, h, "GitHub 2FA", false)
	for _, want := range []string{"recovery codes", "put the new secret in coffer", strings.ToLower(vault.Lost(vault.KindTOTP).Duty)} {
		if !strings.Contains(totp, want) {
			t.Errorf("the TOTP guide does not say %q", want)
		}
	}
	if strings.Contains(totp, "turn on two-factor authentication") {
		t.Error("the TOTP guide asks to turn on the 2FA it is about")
	}
}

// shownTexts is the text of every visible label and button under o, whole (the
// markup breaks wrapped labels into lines), one per line.
func shownTexts(o fyne.CanvasObject) string {
	if o == nil || !o.Visible() {
		return ""
	}
	switch w := o.(type) {
	case *widget.Label:
		return w.Text + "\n"
	case *widget.Button:
		return w.Text + "\n"
	case *widget.Card:
		return w.Title + "\n" + w.Subtitle + "\n" + shownTexts(w.Content)
	case *fyne.Container:
		var b strings.Builder
		for _, c := range w.Objects {
			b.WriteString(shownTexts(c))
		}
		return b.String()
	case fyne.Widget:
		var b strings.Builder
		for _, c := range test.WidgetRenderer(w).Objects() {
			b.WriteString(shownTexts(c))
		}
		return b.String()
	}
	return ""
}
