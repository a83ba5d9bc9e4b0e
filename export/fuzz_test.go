package export

import (
	"reflect"
	"strings"
	"testing"
)

// FuzzParseFrame checks that ParseFrame never panics and that whatever it accepts
// encodes back to a text that parses to the same frame.
func FuzzParseFrame(f *testing.F) {
	f.Add("COFFER1:05264NFC540000020050R0000KXP2SV55NJPWRVJF5R78TBFDRQ6YWK75XV3")
	f.Add("coffer1:")
	f.Add("COFFER2:ABC")
	f.Fuzz(func(t *testing.T, s string) {
		fr, err := ParseFrame(s)
		if err != nil {
			return
		}
		again, err := ParseFrame(fr.Text())
		if err != nil || !reflect.DeepEqual(fr, again) {
			t.Fatalf("re-parse: %v", err)
		}
	})
}

// FuzzParseTyped checks that ParseTyped never panics, reports lines inside the text,
// and returns only frames that survive a text round trip.
func FuzzParseTyped(f *testing.F) {
	f.Add("01.01  04QP3 9C5GC 00000 C0060 R0003 YF62S  Y6\n01.02 V55NJ  TV\n")
	f.Add("1.1 0\n\n3.07 abcde fghjk  zz")
	f.Fuzz(func(t *testing.T, s string) {
		frames, errs := ParseTyped(s)
		lines := strings.Count(s, "\n") + 1
		for _, e := range errs {
			if e.Line < 0 || e.Line > lines || e.Err == nil {
				t.Fatalf("bad LineError %+v", e)
			}
		}
		for _, fr := range frames {
			if _, err := ParseFrame(fr.Text()); err != nil {
				t.Fatalf("frame from typed text does not re-parse: %v", err)
			}
		}
	})
}
