package slip39

import (
	"crypto/sha256"
	"encoding/binary"
	"io"
)

// detRand is a deterministic stream (SHA-256 of seed and a counter) standing
// in for crypto/rand, so that test splits and committed vectors are fixed.
type detRand struct {
	seed string
	n    uint64
	buf  []byte
}

func newDetRand(seed string) io.Reader { return &detRand{seed: seed} }

func (r *detRand) Read(p []byte) (int, error) {
	for i := range p {
		if len(r.buf) == 0 {
			var c [8]byte
			binary.BigEndian.PutUint64(c[:], r.n)
			r.n++
			h := sha256.Sum256(append([]byte(r.seed), c[:]...))
			r.buf = h[:]
		}
		p[i] = r.buf[0]
		r.buf = r.buf[1:]
	}
	return len(p), nil
}

func testSecret(n int, seed string) []byte {
	b := make([]byte, n)
	_, _ = newDetRand("secret " + seed).Read(b)
	return b
}

func splitOne(t interface{ Fatal(...any) }, secret []byte, pass string, k, n int, opt Options, seed string) []Share {
	sets, err := split(secret, pass, 1, []GroupSpec{{Threshold: k, Count: n}}, opt, newDetRand(seed))
	if err != nil {
		t.Fatal(err)
	}
	return sets[0]
}

// subsets calls f with every k-element subset of 0..n-1.
func subsets(n, k int, f func([]int)) {
	var rec func(start int, cur []int)
	rec = func(start int, cur []int) {
		if len(cur) == k {
			f(append([]int(nil), cur...))
			return
		}
		for i := start; i < n; i++ {
			rec(i+1, append(cur, i))
		}
	}
	rec(0, nil)
}

func pick(shares []Share, idx []int) []Share {
	out := make([]Share, len(idx))
	for i, j := range idx {
		out[i] = shares[j]
	}
	return out
}
