package slip39

import (
	"bytes"
	"testing"
)

// FuzzParseMnemonic: the parser never panics, and whatever it accepts
// re-encodes to words that parse back to the same share.
func FuzzParseMnemonic(f *testing.F) {
	f.Add("duckling enlarge academic academic agency result length solution fridge kidney coal piece deal husband erode duke ajar critical decision keyboard")
	f.Add("academic academic academic academic academic academic academic academic academic academic academic academic academic academic academic academic academic academic academic academic")
	f.Add("zero ZERO  zero\tzer")
	f.Add("")
	f.Fuzz(func(t *testing.T, in string) {
		s, err := ParseMnemonic(in)
		if err != nil {
			return
		}
		back, err := ParseMnemonic(s.Mnemonic())
		if err != nil {
			t.Fatalf("re-encoded share does not parse: %v", err)
		}
		if back.Identifier != s.Identifier || back.Extendable != s.Extendable || back.IterationExponent != s.IterationExponent ||
			back.GroupIndex != s.GroupIndex || back.GroupThreshold != s.GroupThreshold || back.GroupCount != s.GroupCount ||
			back.MemberIndex != s.MemberIndex || back.MemberThreshold != s.MemberThreshold || !bytes.Equal(back.Value, s.Value) {
			t.Fatalf("round trip changed the share: %+v vs %+v", s, back)
		}
	})
}
