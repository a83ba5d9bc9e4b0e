package slip39

import (
	"strings"
	"testing"
)

// BenchmarkSplit3of5 measures a 3-of-5 split of a 256-bit key (iteration exponent 0).
func BenchmarkSplit3of5(b *testing.B) {
	secret := testSecret(32, "bench")
	for b.Loop() {
		if _, err := split(secret, "", 1, []GroupSpec{{3, 5}}, Options{Extendable: true}, newDetRand("b")); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCombine3of5 measures combining 3 mnemonics of a 3-of-5 set, parsing included.
func BenchmarkCombine3of5(b *testing.B) {
	shares := splitOne(b, testSecret(32, "bench"), "", 3, 5, Options{Extendable: true}, "b")
	ms := []string{shares[0].Mnemonic(), shares[2].Mnemonic(), shares[4].Mnemonic()}
	for b.Loop() {
		if _, err := CombineMnemonics(ms, ""); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLocateWrongWord measures naming one wrong word of a 33-word share
// (1024 tries at each of the 33 positions).
func BenchmarkLocateWrongWord(b *testing.B) {
	s := splitOne(b, testSecret(32, "bench"), "", 3, 5, Options{Extendable: true}, "b")[0]
	w := s.Words()
	w[17] = wordList[(wordIndex[w[17]]+1)%1024]
	m := strings.Join(w, " ")
	for b.Loop() {
		if _, err := ParseMnemonic(m); err == nil {
			b.Fatal("no error")
		}
	}
}
