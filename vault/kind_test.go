package vault

import "testing"

func TestKindTableIsComplete(t *testing.T) {
	seen := map[string]Kind{}
	for _, k := range Kinds {
		info := k.Info()
		if info.Kind != k || info.Label == "" || info.SecretLabel == "" || info.Placeholder == "" {
			t.Errorf("%s: incomplete %+v", k, info)
		}
		if other, dup := seen[info.Label]; dup {
			t.Errorf("%s and %s share the label %q", k, other, info.Label)
		}
		seen[info.Label] = k
		if got, err := ParseKind(string(k)); got != k || err != nil {
			t.Errorf("ParseKind(%q) = %q, %v", k, got, err)
		}
		if len(SecurityReview(k)) == 0 {
			t.Errorf("%s has no security review", k)
		}
	}
}

func TestKindInfo(t *testing.T) {
	for _, c := range []struct {
		k                  Kind
		label, secret      string
		multiline, account bool
	}{
		{KindSeed, "Seed phrase", "Seed phrase", true, false},
		{KindPassword, "Password / login", "Password", false, true},
		{KindTOTP, "TOTP secret", "TOTP secret", false, true},
		{KindRecoveryCodes, "2FA recovery codes", "Recovery codes", true, true},
		{KindNote, "Secure note", "Note", true, false},
	} {
		info := c.k.Info()
		if info.Label != c.label || info.SecretLabel != c.secret || info.Multiline != c.multiline || info.Account != c.account {
			t.Errorf("%s: %+v", c.k, info)
		}
	}
	// A kind from a newer Coffer still shows something sensible.
	if info := Kind("passkey").Info(); info.Label != "passkey" || info.SecretLabel == "" || !info.Multiline {
		t.Errorf("unknown kind: %+v", info)
	}
	// The table's hooks are used: seeds are normalised and checked, TOTP parsed.
	if got := NormalizeSecret(KindSeed, "  Abandon\n ABOUT "); got != "abandon about" {
		t.Errorf("NormalizeSecret = %q", got)
	}
	if _, err := Validate(KindTOTP, "not base32 !!"); err == nil {
		t.Error("a bad TOTP secret was accepted")
	}
}
