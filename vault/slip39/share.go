package slip39

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
)

const (
	idBits         = 15
	iterExpBits    = 4
	metadataWords  = 2 + 2 + checksumWords // id/exp, share parameters, checksum
	minSecretBytes = 16
	// MinWords is the length of the shortest share (a 128-bit secret).
	MinWords = metadataWords + (minSecretBytes*8+RadixBits-1)/RadixBits
	// MaxShares is the largest group count and member count.
	MaxShares = 16
)

// Share is one decoded SLIP-39 share. Thresholds, counts and indices are as
// people count them: GroupThreshold 2 means two groups are needed; indices
// start at 1.
type Share struct {
	Identifier        uint16 // 15-bit random set identifier
	Extendable        bool   // the set can later be extended with more shares of the same secret
	IterationExponent int    // PBKDF2 cost: 10000 << IterationExponent iterations
	GroupIndex        int    // 1..16
	GroupThreshold    int    // 1..16
	GroupCount        int    // 1..16
	MemberIndex       int    // 1..16
	MemberThreshold   int    // 1..16
	Value             []byte // the share value (as long as the master secret)
}

// String names the share without its value, for messages and logs.
func (s Share) String() string {
	return fmt.Sprintf("share %d of group %d (set %05d)", s.MemberIndex, s.GroupIndex, s.Identifier)
}

// WordCount is the number of words of a share of a secretBytes-long secret.
func WordCount(secretBytes int) int {
	return metadataWords + (secretBytes*8+RadixBits-1)/RadixBits
}

// Words encodes the share as its list of mnemonic words.
func (s Share) Words() []string {
	idx := s.indices()
	out := make([]string, len(idx))
	for i, v := range idx {
		out[i] = wordList[v]
	}
	return out
}

// Mnemonic is the share as words separated by single spaces.
func (s Share) Mnemonic() string { return strings.Join(s.Words(), " ") }

func (s Share) indices() []int {
	ext := 0
	if s.Extendable {
		ext = 1
	}
	idExp := int(s.Identifier)<<(iterExpBits+1) | ext<<iterExpBits | s.IterationExponent
	params := (s.GroupIndex-1)<<16 | (s.GroupThreshold-1)<<12 | (s.GroupCount-1)<<8 |
		(s.MemberIndex-1)<<4 | (s.MemberThreshold - 1)
	data := []int{idExp >> 10, idExp & 1023, params >> 10, params & 1023}
	data = append(data, valueIndices(s.Value)...)
	cs := rsChecksum(s.Extendable, data)
	return append(data, cs[:]...)
}

func valueIndices(v []byte) []int {
	n := (len(v)*8 + RadixBits - 1) / RadixBits
	x := new(big.Int).SetBytes(v)
	out := make([]int, n)
	mask := big.NewInt(1023)
	for i := n - 1; i >= 0; i-- {
		out[i] = int(new(big.Int).And(x, mask).Int64())
		x.Rsh(x, RadixBits)
	}
	return out
}

// ParseMnemonic decodes one share. Words may be separated by any white space
// and in any letter case; a word not in the list is reported as a *WordError
// naming its position. The checksum is verified.
func ParseMnemonic(mnemonic string) (Share, error) {
	fields := strings.Fields(strings.ToLower(mnemonic))
	idx := make([]int, len(fields))
	unknown := -1
	for i, w := range fields {
		v, ok := wordIndex[w]
		if !ok {
			unknown = i
			break
		}
		idx[i] = v
	}
	if unknown >= 0 {
		return Share{}, unknownWord(fields, unknown)
	}
	s, err := decodeIndices(idx)
	if errors.Is(err, ErrChecksum) {
		return Share{}, locateChecksum(fields, idx)
	}
	return s, err
}

// unknownWord names the first word not in the list, suggesting the list word
// with its first four letters or, when every other word is known, the one
// word that makes the checksum right there.
func unknownWord(fields []string, pos int) error {
	e := &WordError{Position: pos + 1, Word: fields[pos]}
	if sug, ok := Suggest(fields[pos]); ok {
		e.Suggestion = sug
		return e
	}
	idx := make([]int, len(fields))
	for i, w := range fields {
		v, ok := wordIndex[w]
		if !ok && i != pos {
			return e
		}
		idx[i] = v
	}
	e.Suggestion, _ = suggestAt(idx, pos)
	return e
}

func decodeIndices(idx []int) (Share, error) {
	if len(idx) < MinWords {
		return Share{}, fmt.Errorf("slip39: %w: %d words, a share has at least %d", ErrLength, len(idx), MinWords)
	}
	valueWords := len(idx) - metadataWords
	padding := (RadixBits * valueWords) % 16
	if padding > 8 {
		return Share{}, fmt.Errorf("slip39: %w: %d words is no share length (20 for 128 bits, 33 for 256)", ErrLength, len(idx))
	}
	idExp := idx[0]<<10 | idx[1]
	s := Share{
		Identifier:        uint16(idExp >> (iterExpBits + 1)),
		Extendable:        (idExp>>iterExpBits)&1 == 1,
		IterationExponent: idExp & (1<<iterExpBits - 1),
	}
	if !rsVerify(s.Extendable, idx) {
		return Share{}, fmt.Errorf("slip39: %w", ErrChecksum)
	}
	params := idx[2]<<10 | idx[3]
	s.GroupIndex = params>>16&15 + 1
	s.GroupThreshold = params>>12&15 + 1
	s.GroupCount = params>>8&15 + 1
	s.MemberIndex = params>>4&15 + 1
	s.MemberThreshold = params&15 + 1
	if s.GroupThreshold > s.GroupCount {
		return Share{}, fmt.Errorf("slip39: %w: group threshold %d above group count %d", ErrMetadata, s.GroupThreshold, s.GroupCount)
	}
	v, err := decodeValue(idx[4:len(idx)-checksumWords], padding)
	if err != nil {
		return Share{}, err
	}
	if len(v)%2 != 0 {
		return Share{}, fmt.Errorf("slip39: %w: a %d-byte secret (it must have an even number of bytes)", ErrLength, len(v))
	}
	s.Value = v
	return s, nil
}

func decodeValue(words []int, padding int) ([]byte, error) {
	x := new(big.Int)
	for _, w := range words {
		x.Lsh(x, RadixBits)
		x.Or(x, big.NewInt(int64(w)))
	}
	n := (RadixBits*len(words) - padding) / 8
	if x.BitLen() > n*8 {
		return nil, fmt.Errorf("slip39: %w", ErrPadding)
	}
	return x.FillBytes(make([]byte, n)), nil
}
