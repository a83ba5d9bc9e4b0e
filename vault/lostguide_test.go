package vault

import (
	"strings"
	"testing"
)

// guideTexts is every text of the lost-key guide for kind k, review included.
func guideTexts(k Kind) []string {
	g := Lost(k)
	out := []string{g.Lost, g.Stolen, g.GetBack.Title, g.GetBack.Text, g.Duty,
		g.NewKey.Title, g.NewKey.Text, g.Paper.Title, g.Paper.Text, g.Protect.Title, g.Protect.Text}
	if g.Provider {
		out = append(out, g.NoRoute)
	}
	for _, s := range SecurityReview(k) {
		out = append(out, s.Do, s.Why)
	}
	return out
}

func TestLostGuideHasEveryTextForEveryKind(t *testing.T) {
	for _, k := range append(Kinds, Kind("from-a-newer-coffer")) {
		for i, s := range guideTexts(k) {
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s: text %d is empty", k, i)
			}
		}
	}
}

// Issue 15 item 3: the guide told a seed's owner to have it reset by the provider,
// to search "lost 2FA" and to report it for a refund. Nobody can reset a self-held
// key; the remedy is to move the funds, and without a backup they are gone.
func TestLostGuideForSelfCustodyNeverPromisesAProvider(t *testing.T) {
	banned := []string{"provider", "refund", "lost 2fa", "reset it with", "turn on 2fa", "two-factor", "recovery route", "exchange, bank or service"}
	for _, k := range []Kind{KindSeed, KindPrivateKey} {
		all := strings.ToLower(strings.Join(guideTexts(k), "\n"))
		for _, b := range banned {
			if strings.Contains(all, b) {
				t.Errorf("%s guide mentions %q", k, b)
			}
		}
		for _, want := range []string{"nobody can reset it", "move the funds to a new wallet now", "the funds in this wallet are gone"} {
			if !strings.Contains(all, want) {
				t.Errorf("%s guide does not say %q", k, want)
			}
		}
		if Lost(k).Provider {
			t.Errorf("%s guide shows a provider's recovery route", k)
		}
	}
}

func TestLostGuideForProviderKeysNamesTheProvider(t *testing.T) {
	for k, want := range map[Kind]string{KindPassword: "reset it with the provider", KindTOTP: "lost 2fa",
		KindRecoveryCodes: "make new recovery codes", KindNote: "no provider can send it back"} {
		all := strings.ToLower(strings.Join(guideTexts(k), "\n"))
		if !strings.Contains(all, want) {
			t.Errorf("%s guide does not say %q", k, want)
		}
	}
	for _, k := range []Kind{KindTOTP, KindRecoveryCodes, KindNote} {
		if strings.Contains(strings.ToLower(Lost(k).Protect.Text), "turn on 2fa") {
			t.Errorf("%s guide asks to turn on 2FA", k)
		}
	}
	if strings.Contains(strings.ToLower(strings.Join(guideTexts(KindNote), "\n")), "refund") {
		t.Error("the note guide promises a refund")
	}
}
