package slip39

import (
	"crypto/hmac"
	"crypto/sha256"
	"fmt"
	"io"
)

const (
	digestBytes = 4
	digestIndex = 254
	secretIndex = 255
)

func shareDigest(randomPart, secret []byte) []byte {
	m := hmac.New(sha256.New, randomPart)
	m.Write(secret)
	return m.Sum(nil)[:digestBytes]
}

// splitSecret makes count points of which any threshold give secret back:
// threshold-2 random points, the digest point at 254 and the secret at 255
// fix the polynomials.
func splitSecret(threshold, count int, secret []byte, rnd io.Reader) ([]rawShare, error) {
	if threshold == 1 {
		out := make([]rawShare, count)
		for i := range out {
			out[i] = rawShare{byte(i), append([]byte(nil), secret...)}
		}
		return out, nil
	}
	randomCount := threshold - 2
	shares := make([]rawShare, 0, count)
	for i := range randomCount {
		b, err := randomBytes(rnd, len(secret))
		if err != nil {
			return nil, err
		}
		shares = append(shares, rawShare{byte(i), b})
	}
	randomPart, err := randomBytes(rnd, len(secret)-digestBytes)
	if err != nil {
		return nil, err
	}
	digestShare := append(shareDigest(randomPart, secret), randomPart...)
	base := append(append([]rawShare(nil), shares...),
		rawShare{digestIndex, digestShare}, rawShare{secretIndex, secret})
	for i := randomCount; i < count; i++ {
		shares = append(shares, rawShare{byte(i), interpolate(base, byte(i))})
	}
	clear(randomPart)
	clear(digestShare)
	return shares, nil
}

func randomBytes(rnd io.Reader, n int) ([]byte, error) {
	b := make([]byte, n)
	if _, err := io.ReadFull(rnd, b); err != nil {
		return nil, fmt.Errorf("slip39: reading randomness: %w", err)
	}
	return b, nil
}

// recoverSecret interpolates the secret from exactly threshold points with
// distinct x and checks the digest.
func recoverSecret(threshold int, shares []rawShare) ([]byte, error) {
	if threshold == 1 {
		return append([]byte(nil), shares[0].data...), nil
	}
	secret := interpolate(shares, secretIndex)
	d := interpolate(shares, digestIndex)
	defer clear(d)
	if !hmac.Equal(d[:digestBytes], shareDigest(d[digestBytes:], secret)) {
		clear(secret)
		return nil, fmt.Errorf("slip39: %w", ErrDigest)
	}
	return secret, nil
}
