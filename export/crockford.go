package export

import (
	"encoding/base32"
	"fmt"
	"strings"
)

// crockfordAlphabet is Crockford's base32 alphabet: digits and capitals without I L O U.
const crockfordAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// b32 encodes bytes as unpadded Crockford base32, most significant bits first.
var b32 = base32.NewEncoding(crockfordAlphabet).WithPadding(base32.NoPadding)

// normalizeCrockford upper-cases s, maps the look-alikes O→0 and I, L→1, and drops
// spaces, tabs and hyphens, which people and readers add for grouping.
func normalizeCrockford(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case ' ', '\t', '-', '\r', '\n':
			continue
		case 'o', 'O':
			r = '0'
		case 'i', 'I', 'l', 'L':
			r = '1'
		}
		if r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// decodeCrockford decodes tolerant Crockford base32 text (see normalizeCrockford).
func decodeCrockford(s string) ([]byte, error) {
	n := normalizeCrockford(s)
	for i := 0; i < len(n); i++ {
		if strings.IndexByte(crockfordAlphabet, n[i]) < 0 {
			return nil, fmt.Errorf("character %q at position %d is not base32: %w", n[i], i+1, ErrCorrupt)
		}
	}
	out, err := b32.DecodeString(n)
	if err != nil {
		return nil, fmt.Errorf("base32 length %d: %w", len(n), ErrCorrupt)
	}
	return out, nil
}
