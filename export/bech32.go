package export

import (
	"errors"
	"strings"
)

// bech32 encoding (BIP 173), only the encoder: age writes its X25519 keys in it
// ("age1…" recipients, "AGE-SECRET-KEY-1…" identities) and age's own parser checks
// what we produce.

const bech32Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

var bech32Gen = [5]uint32{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3}

// bech32Polymod is the BCH checksum of BIP 173.
func bech32Polymod(values []byte) uint32 {
	chk := uint32(1)
	for _, v := range values {
		top := chk >> 25
		chk = (chk&0x1ffffff)<<5 ^ uint32(v)
		for i, g := range bech32Gen {
			if (top>>uint(i))&1 == 1 {
				chk ^= g
			}
		}
	}
	return chk
}

// bech32HRPExpand spreads the human-readable part for the checksum.
func bech32HRPExpand(hrp string) []byte {
	out := make([]byte, 0, 2*len(hrp)+1)
	for i := 0; i < len(hrp); i++ {
		out = append(out, hrp[i]>>5)
	}
	out = append(out, 0)
	for i := 0; i < len(hrp); i++ {
		out = append(out, hrp[i]&31)
	}
	return out
}

// to5Bits regroups bytes into 5-bit values, zero-padding the last one.
func to5Bits(data []byte) []byte {
	var out []byte
	acc, bits := uint32(0), 0
	for _, b := range data {
		acc = acc<<8 | uint32(b)
		bits += 8
		for bits >= 5 {
			bits -= 5
			out = append(out, byte(acc>>uint(bits))&31)
		}
	}
	if bits > 0 {
		out = append(out, byte(acc<<uint(5-bits))&31)
	}
	return out
}

// bech32Encode encodes data under the lowercase human-readable part hrp. The result
// is lowercase; callers uppercase it where the format wants (age identities). The
// returned slice is the caller's to wipe.
func bech32Encode(hrp string, data []byte) ([]byte, error) {
	if hrp != strings.ToLower(hrp) || hrp == "" {
		return nil, errors.New("bech32: human-readable part must be lowercase and not empty")
	}
	values := to5Bits(data)
	defer wipe(values)
	check := append(bech32HRPExpand(hrp), values...)
	check = append(check, 0, 0, 0, 0, 0, 0)
	mod := bech32Polymod(check) ^ 1
	wipe(check)
	out := make([]byte, 0, len(hrp)+1+len(values)+6)
	out = append(out, hrp...)
	out = append(out, '1')
	for _, v := range values {
		out = append(out, bech32Charset[v])
	}
	for i := 0; i < 6; i++ {
		out = append(out, bech32Charset[(mod>>uint(5*(5-i)))&31])
	}
	return out, nil
}

// wipe zeroes b (best effort: Go may have copied it elsewhere).
func wipe(b []byte) { clear(b) }
