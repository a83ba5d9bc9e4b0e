package slip39

import (
	_ "embed"
	"strings"
)

// NOTICE: wordlist.txt is the SLIP-0039 word list by SatoshiLabs
// (https://github.com/satoshilabs/slips, slip-0039/wordlist.txt), distributed
// under the MIT License, Copyright (c) SatoshiLabs. 1024 words, "academic" to
// "zero", sorted, unique in their first four letters; its SHA-256 is checked by
// TestWordListDigest.
//
//go:embed wordlist.txt
var wordListText string

// RadixBits is the number of bits one word carries.
const RadixBits = 10

var (
	wordList  = strings.Fields(wordListText)
	wordIndex = indexWords(wordList)
	prefix4   = indexPrefixes(wordList)
)

func indexWords(words []string) map[string]int {
	if len(words) != 1<<RadixBits {
		panic("slip39: word list does not have 1024 words")
	}
	m := make(map[string]int, len(words))
	for i, w := range words {
		m[w] = i
	}
	return m
}

func indexPrefixes(words []string) map[string]int {
	m := make(map[string]int, len(words))
	for i, w := range words {
		m[w[:min(4, len(w))]] = i
	}
	return m
}

// Words returns a copy of the 1024-word list in index order.
func Words() []string { return append([]string(nil), wordList...) }

// WordIndex returns the index of word in the list (exact, lowercase match).
func WordIndex(word string) (int, bool) {
	i, ok := wordIndex[word]
	return i, ok
}

// Suggest returns the list word that shares the first four letters of word,
// if any: SLIP-39 words are unique in their first four letters, so this is the
// word a typist most likely meant when the rest is misspelt.
func Suggest(word string) (string, bool) {
	w := strings.ToLower(word)
	if len(w) < 4 {
		return "", false
	}
	i, ok := prefix4[w[:4]]
	if !ok {
		return "", false
	}
	return wordList[i], true
}
