package slip39

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"testing"
)

// TestWordListDigest pins the embedded list: 1024 words, academic..zero,
// and the SHA-256 of the file as published.
func TestWordListDigest(t *testing.T) {
	sum := sha256.Sum256([]byte(wordListText))
	if got := hex.EncodeToString(sum[:]); got != "bcc4555340332d169718aed8bf31dd9d5248cb7da6e5d355140ef4f1e601eec3" {
		t.Fatalf("word list SHA-256 %s", got)
	}
	if len(wordList) != 1024 || wordList[0] != "academic" || wordList[1023] != "zero" {
		t.Fatalf("%d words, %s..%s", len(wordList), wordList[0], wordList[len(wordList)-1])
	}
	if len(prefix4) != 1024 {
		t.Fatalf("first four letters are not unique: %d prefixes", len(prefix4))
	}
}

func sampleMnemonic(t *testing.T) (Share, []string) {
	t.Helper()
	s := splitOne(t, testSecret(32, "w"), "", 2, 3, Options{Extendable: true}, "w")[0]
	return s, s.Words()
}

// TestParseNamesBadWord: a word not in the list is named by position, with
// the list word of the same first four letters suggested.
func TestParseNamesBadWord(t *testing.T) {
	_, words := sampleMnemonic(t)
	typo := append([]string(nil), words...)
	typo[4] = typo[4][:4] + "xx"
	_, err := ParseMnemonic(strings.Join(typo, " "))
	var we *WordError
	if !errors.As(err, &we) || !errors.Is(err, ErrUnknownWord) {
		t.Fatalf("got %v", err)
	}
	if we.Position != 5 || we.Word != typo[4] || we.Suggestion != words[4] {
		t.Fatalf("got %+v, want position 5 suggesting %q", we, words[4])
	}
}

// TestParseChecksum: a valid word in the wrong place fails the checksum.
func TestParseChecksum(t *testing.T) {
	_, words := sampleMnemonic(t)
	for i := range words {
		w := append([]string(nil), words...)
		w[i] = wordList[(wordIndex[w[i]]+1)%1024]
		if _, err := ParseMnemonic(strings.Join(w, " ")); err == nil {
			t.Fatalf("word %d changed: no error", i+1)
		}
	}
	w := append([]string(nil), words...)
	w[10] = wordList[(wordIndex[w[10]]+1)%1024]
	if _, err := ParseMnemonic(strings.Join(w, " ")); !errors.Is(err, ErrChecksum) {
		t.Fatalf("got %v, want ErrChecksum", err)
	}
}

// TestParseMetadata: the header fields come back as they were split.
func TestParseMetadata(t *testing.T) {
	s, words := sampleMnemonic(t)
	got, err := ParseMnemonic("  " + strings.ToUpper(strings.Join(words, "\n\t ")) + " ")
	if err != nil {
		t.Fatal(err)
	}
	if got.Identifier != s.Identifier || !got.Extendable || got.GroupIndex != 1 || got.GroupThreshold != 1 ||
		got.GroupCount != 1 || got.MemberIndex != 1 || got.MemberThreshold != 2 || got.IterationExponent != 0 {
		t.Fatalf("got %+v", got)
	}
	if got.Mnemonic() != strings.Join(words, " ") {
		t.Fatal("re-encoding differs")
	}
}

// TestParseLengths: lengths no share can have are refused.
func TestParseLengths(t *testing.T) {
	_, words := sampleMnemonic(t)
	for _, n := range []int{0, 1, 19} {
		if _, err := ParseMnemonic(strings.Join(words[:n], " ")); !errors.Is(err, ErrLength) {
			t.Errorf("%d words: %v", n, err)
		}
	}
}

// TestChecksumLocatesWrongWord: one listed word typed in place of another, at
// any position, is named with the word that belongs there.
func TestChecksumLocatesWrongWord(t *testing.T) {
	_, words := sampleMnemonic(t)
	for i := range words {
		w := append([]string(nil), words...)
		w[i] = wordList[(wordIndex[w[i]]+517)%1024]
		_, err := ParseMnemonic(strings.Join(w, " "))
		var ce *ChecksumError
		if !errors.As(err, &ce) || !errors.Is(err, ErrChecksum) {
			t.Fatalf("word %d: got %v, want a ChecksumError", i+1, err)
		}
		if ce.Position != i+1 || ce.Word != w[i] || ce.Suggestion != words[i] {
			t.Fatalf("word %d: got %+v, want %q suggested", i+1, ce, words[i])
		}
	}
}

// TestChecksumTwoWrongNotLocated: two wrong words are never "fixed" by
// changing one (RS1024 has distance 4): a plain checksum error.
func TestChecksumTwoWrongNotLocated(t *testing.T) {
	_, words := sampleMnemonic(t)
	w := append([]string(nil), words...)
	w[3] = wordList[(wordIndex[w[3]]+1)%1024]
	w[20] = wordList[(wordIndex[w[20]]+1)%1024]
	_, err := ParseMnemonic(strings.Join(w, " "))
	var ce *ChecksumError
	if !errors.Is(err, ErrChecksum) || errors.As(err, &ce) {
		t.Fatalf("got %v, want a bare checksum error", err)
	}
}

// TestUnknownWordSuggestedByChecksum: a word too mangled for the four-letter
// rule is still suggested when the checksum leaves one choice.
func TestUnknownWordSuggestedByChecksum(t *testing.T) {
	_, words := sampleMnemonic(t)
	w := append([]string(nil), words...)
	w[12] = "qqqq"
	_, err := ParseMnemonic(strings.Join(w, " "))
	var we *WordError
	if !errors.As(err, &we) || we.Position != 13 || we.Suggestion != words[12] {
		t.Fatalf("got %v (%+v), want word 13 with %q suggested", err, we, words[12])
	}
}
