package export

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestFrameTextIsQRAlphanumeric(t *testing.T) {
	b := mustCreate(t, sampleItems(3), A4)
	for _, f := range b.Frames {
		text := f.Text()
		if strings.Trim(text, "0123456789ABCDEFGHJKMNPQRSTVWXYZ") != "COFFER1:" && !strings.HasPrefix(text, "COFFER1:") {
			t.Fatalf("text %q", text[:20])
		}
		if strings.ContainsAny(text[len(framePrefix):], "ILOU:") {
			t.Fatalf("non-Crockford characters in %q", text)
		}
		g, err := ParseFrame(strings.ToLower(" " + text + "\n"))
		if err != nil || !reflect.DeepEqual(f, g) {
			t.Fatalf("lower-case parse: %v", err)
		}
	}
}

func TestParseFrameErrors(t *testing.T) {
	b := mustCreate(t, sampleItems(1), A4)
	good := b.Frames[0].Text()
	flip := []byte(good)
	flip[40] = map[bool]byte{true: 'A', false: 'B'}[flip[40] != 'A']
	for name, tc := range map[string]struct {
		text string
		want error
	}{
		"empty":        {"", ErrCorrupt},
		"other qr":     {"https://example.com", ErrCorrupt},
		"newer prefix": {"COFFER2:" + good[8:], ErrNewerFormat},
		"bit flip":     {string(flip), ErrCorrupt},
		"truncated":    {good[:len(good)-7], ErrCorrupt},
		"bad char":     {good[:30] + "U" + good[31:], ErrCorrupt},
	} {
		if _, err := ParseFrame(tc.text); !errors.Is(err, tc.want) {
			t.Errorf("%s: got %v, want %v", name, err, tc.want)
		}
	}
}

func TestPlanRule(t *testing.T) {
	for _, tc := range []struct{ n, data, parity, pages int }{
		{1, 1, 11, 1}, {725 * 8, 8, 4, 1}, {725*8 + 1, 9, 15, 2}, {725 * 10, 10, 14, 2}, {725*10 + 1, 11, 25, 3},
		{725 * 24, 24, 24, 4}, {725 * 200, 200, 52, 21},
	} {
		p, err := planFrames(tc.n, 12, 725)
		if err != nil || p.data != tc.data || p.parity != tc.parity || p.pages != tc.pages {
			t.Errorf("plan(%d) = %+v, %v; want %d+%d on %d pages", tc.n, p, err, tc.data, tc.parity, tc.pages)
		}
	}
	if _, err := planFrames(725*201, 12, 725); !errors.Is(err, ErrTooLarge) {
		t.Errorf("huge plan: %v", err)
	}
}
