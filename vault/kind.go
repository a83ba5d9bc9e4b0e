package vault

import (
	"fmt"
	"strings"
)

// Kind says what sort of secret an item holds; it decides how the secret is validated.
type Kind string

// The kinds of item a vault holds. The string values are stored in the vault file and
// used on the command line, so they never change.
const (
	KindSeed          Kind = "seed"
	KindPrivateKey    Kind = "private-key"
	KindPassword      Kind = "password"
	KindRecoveryCodes Kind = "recovery-codes"
	KindTOTP          Kind = "totp"
	KindNote          Kind = "note"
	KindSLIP39        Kind = "slip39" // one SLIP-39 (Shamir backup) share
)

// KindInfo is what the front ends show and ask for an item of one kind.
type KindInfo struct {
	Kind        Kind
	Label       string // the kind's name in plain words: "Seed phrase"
	SecretLabel string // the name of the secret field: "Password"
	Placeholder string // an example or hint shown in the empty secret field
	Multiline   bool   // the secret spans lines (else a single hidden line)
	Account     bool   // the item belongs to an account: ask for username and website
}

// kindEntry is one row of the kind table: what the user sees and how the
// secret is checked.
type kindEntry struct {
	KindInfo
	validate  func(secret string) (warnings []string, err error) // nil: any non-empty secret
	normalize func(secret string) string                         // nil: trim blank lines
	review    []GuideStep                                        // the "I lost it" checklist
	lost      *LostGuide                                         // the "I lost it" guide's texts
}

// kindTable holds every kind, in the order a user sees them. It is the one place
// that says how kinds differ.
var kindTable = []kindEntry{
	{KindInfo: KindInfo{KindSeed, "Seed phrase", "Seed phrase", "the 12 or 24 words, in order", true, false},
		validate: validateSeed, normalize: normalizeSeed, review: walletReview, lost: &walletGuide},
	{KindInfo: KindInfo{KindSLIP39, "SLIP-39 share", "Share words", "the 20 or 33 words of one share, in order", true, false},
		validate: validateSLIP39, normalize: normalizeSeed, review: walletReview, lost: &slip39Guide},
	{KindInfo: KindInfo{KindPrivateKey, "Private key", "Private key", "the key, e.g. hex, WIF or a PEM block", true, false},
		review: walletReview, lost: &walletGuide},
	{KindInfo: KindInfo{KindPassword, "Password / login", "Password", "password", false, true},
		review: accountReview, lost: &passwordGuide},
	{KindInfo: KindInfo{KindRecoveryCodes, "2FA recovery codes", "Recovery codes", "one code per line", true, true},
		review: secondFactorReview, lost: &recoveryCodesGuide},
	{KindInfo: KindInfo{KindTOTP, "TOTP secret", "TOTP secret", "base32 secret or otpauth:// link", false, true},
		validate: validateTOTP, review: secondFactorReview, lost: &totpGuide},
	{KindInfo: KindInfo{KindNote, "Secure note", "Note", "anything you need to keep safe", true, false},
		review: noteReview, lost: &noteGuide},
}

// Kinds lists every kind in the order a user sees them.
var Kinds = kindList()

func kindList() []Kind {
	out := make([]Kind, len(kindTable))
	for i, e := range kindTable {
		out[i] = e.Kind
	}
	return out
}

// entry returns the table row of k; an unknown kind (from a newer Coffer) gets
// a row that shows its name and treats the secret as a note.
func (k Kind) entry() kindEntry {
	for _, e := range kindTable {
		if e.Kind == k {
			return e
		}
	}
	return kindEntry{KindInfo: KindInfo{Kind: k, Label: string(k), SecretLabel: "Secret", Multiline: true},
		review: noteReview, lost: &noteGuide}
}

// Info returns what the front ends show and ask for an item of kind k.
func (k Kind) Info() KindInfo { return k.entry().KindInfo }

// Label is the kind's name in plain words.
func (k Kind) Label() string { return k.entry().Label }

// ParseKind turns a command-line or stored kind name into a Kind.
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds {
		if strings.EqualFold(s, string(k)) {
			return k, nil
		}
	}
	names := make([]string, len(Kinds))
	for i, k := range Kinds {
		names[i] = string(k)
	}
	return "", fmt.Errorf("unknown kind %q: use one of %s", s, strings.Join(names, ", "))
}
