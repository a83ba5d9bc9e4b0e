package strength

import (
	"crypto/rand"
	"math/big"
	"strings"

	"github.com/cosmos/go-bip39"
)

// SuggestWords is how many words Suggest returns (about 66 bits of entropy).
const SuggestWords = 6

// Suggest returns SuggestWords words drawn uniformly from the BIP39 English list with
// crypto/rand.
func Suggest() string {
	words := make([]string, SuggestWords)
	n := big.NewInt(int64(len(bip39.WordList)))
	for i := range words {
		k, err := rand.Int(rand.Reader, n)
		if err != nil {
			panic("strength: crypto/rand failed: " + err.Error())
		}
		words[i] = bip39.WordList[k.Int64()]
	}
	return strings.Join(words, " ")
}
