package vault

import (
	"errors"
	"fmt"
	"strings"

	"github.com/cosmos/go-bip39"

	"coffer/vault/slip39"
)

// ErrInvalidSecret is wrapped by every validation error, so callers can tell a bad
// input from a storage failure.
var ErrInvalidSecret = errors.New("invalid secret")

// bip39Lengths are the word counts BIP39 defines.
var bip39Lengths = map[int]bool{12: true, 15: true, 18: true, 21: true, 24: true}

// Validate checks a secret for its kind. It returns an error that names the problem,
// or warnings for secrets that are stored but could not be fully checked.
func Validate(kind Kind, secret string) (warnings []string, err error) {
	if _, err := ParseKind(string(kind)); err != nil {
		return nil, err
	}
	if strings.TrimSpace(secret) == "" {
		return nil, fmt.Errorf("secret: must not be empty: %w", ErrInvalidSecret)
	}
	if check := kind.entry().validate; check != nil {
		return check(secret)
	}
	return nil, nil
}

func validateTOTP(secret string) ([]string, error) {
	_, err := ParseTOTP(secret)
	return nil, err
}

// NormalizeSecret tidies a secret the way it is stored: seed phrases become lowercase
// words separated by single spaces; other kinds lose surrounding blank lines only.
func NormalizeSecret(kind Kind, secret string) string {
	if norm := kind.entry().normalize; norm != nil {
		return norm(secret)
	}
	return strings.Trim(secret, "\r\n")
}

func normalizeSeed(secret string) string {
	return strings.Join(strings.Fields(strings.ToLower(secret)), " ")
}

func validateSeed(secret string) ([]string, error) {
	words := strings.Fields(strings.ToLower(secret))
	var unknown []int
	for i, w := range words {
		if _, ok := bip39.ReverseWordMap[w]; !ok {
			unknown = append(unknown, i)
		}
	}
	if len(unknown) == len(words) {
		return []string{"these words are not from the English BIP39 list; stored without checking"}, nil
	}
	if len(unknown) > 0 {
		i := unknown[0]
		msg := fmt.Sprintf("seed phrase: word %d %q is not in the BIP39 English word list", i+1, words[i])
		if s := closestWord(words[i]); s != "" {
			msg += fmt.Sprintf(" (did you mean %q?)", s)
		}
		return nil, fmt.Errorf("%s: %w", msg, ErrInvalidSecret)
	}
	if !bip39Lengths[len(words)] {
		return []string{fmt.Sprintf("%d words is not a standard BIP39 length (12, 15, 18, 21 or 24); stored without checksum check", len(words))}, nil
	}
	if !bip39.IsMnemonicValid(strings.Join(words, " ")) {
		return nil, fmt.Errorf("seed phrase: checksum does not match; a word is wrong or out of order: %w", ErrInvalidSecret)
	}
	if _, err := bip39.MnemonicToByteArray(strings.Join(words, " ")); err != nil {
		return nil, fmt.Errorf("seed phrase: checksum does not match; a word is wrong or out of order: %w", ErrInvalidSecret)
	}
	return nil, nil
}

// validateSLIP39 checks one SLIP-39 share: every word on the SLIP-39 list, the
// length and the RS1024 checksum, naming the wrong word.
func validateSLIP39(secret string) ([]string, error) {
	if _, err := slip39.ParseMnemonic(secret); err != nil {
		return nil, fmt.Errorf("slip39 share: %w: %w", err, ErrInvalidSecret)
	}
	return nil, nil
}

// closestWord returns the BIP39 word nearest to w by edit distance, if one is close.
func closestWord(w string) string {
	best, bestDist := "", 3
	for _, cand := range bip39.WordList {
		if d := editDistance(w, cand); d < bestDist {
			best, bestDist = cand, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
