package gui

import (
	"strings"
	"testing"

	"coffer/vault"
)

func TestLiveCheckSeed(t *testing.T) {
	cases := []struct {
		text, want string
		bad        bool
	}{
		{"abandon abuo", "2 words so far", false}, // second word still being typed
		{"abandon abuot ", `Word 2 "abuot"`, true},
		{"abuot ", `Word 1 "abuot"`, true},
		{validSeed, "checksum correct", false},
		{strings.Replace(validSeed, "about", "abandon", 1), "Checksum does not match", true},
		{"abandon abandon abandon", "3 words so far", false},
	}
	for _, c := range cases {
		msg, bad := liveCheck(vault.KindSeed, c.text)
		if !strings.Contains(msg, c.want) || bad != c.bad {
			t.Errorf("liveCheck(%q) = %q, %v; want %q, %v", c.text, msg, bad, c.want, c.bad)
		}
	}
}

func TestLiveCheckTOTP(t *testing.T) {
	if msg, bad := liveCheck(vault.KindTOTP, "JBSWY3DP1"); !bad || !strings.Contains(msg, "base32") {
		t.Errorf("got %q %v", msg, bad)
	}
	if msg, bad := liveCheck(vault.KindTOTP, "JBSWY3DPEHPK3PXP"); bad || msg != "" {
		t.Errorf("got %q %v", msg, bad)
	}
}

func TestPaperBanner(t *testing.T) {
	st := vault.PaperStatus{NotOnPaper: make([]vault.Item, 3), ChangedSince: make([]vault.Item, 1)}
	got := paperBanner(st)
	if got != "3 keys are not on paper yet; 1 key has changed since the last paper backup." {
		t.Errorf("banner %q", got)
	}
	if paperBanner(vault.PaperStatus{UpToDate: make([]vault.Item, 2)}) != "" {
		t.Error("banner shown when every key is on paper")
	}
}

func TestDisplayPath(t *testing.T) {
	t.Setenv("HOME", "/home/ann")
	if got := displayPath("/home/ann/.config/coffer/vault.coffer"); got != "~/.config/coffer/vault.coffer" {
		t.Errorf("got %q", got)
	}
	if got := displayPath("/media/usb/v.coffer"); got != "/media/usb/v.coffer" {
		t.Errorf("got %q", got)
	}
}

func TestFilterItems(t *testing.T) {
	items := sampleItems()
	if got := filterItems(items, "  github ", allKinds); len(got) != 1 || got[0].Title != "GitHub 2FA" {
		t.Errorf("got %v", got)
	}
	if got := filterItems(items, "", vault.KindSeed.Label()); len(got) != 1 {
		t.Errorf("got %v", got)
	}
}

// Every kind has an icon and its label leads back to it; an unknown kind (from a
// newer Coffer) shows the note's icon.
func TestEveryKindHasAnIcon(t *testing.T) {
	for _, k := range vault.Kinds {
		if kindIcons[k] == nil || kindIcon(k) == nil {
			t.Errorf("%s: no icon", k)
		}
		if got, ok := kindByLabel(k.Label()); !ok || got != k {
			t.Errorf("kindByLabel(%q) = %q", k.Label(), got)
		}
	}
	if kindIcon("from-a-newer-coffer") != kindIcons[vault.KindNote]() {
		t.Error("an unknown kind does not show as a note")
	}
}
