package strength

import (
	"errors"
	"fmt"
	"strings"

	"github.com/trustelem/zxcvbn"
)

// MinScore is the lowest zxcvbn score (0–4) accepted for a new vault or backup
// passphrase.
const MinScore = 3

// maxAnalysed bounds the runes zxcvbn looks at: its matching grows faster than the
// input, and a passphrase this long is strong however it was made.
const maxAnalysed = 256

// ErrEmpty is returned by Check for a passphrase that is empty or only spaces.
var ErrEmpty = errors.New("the passphrase is empty")

// ErrWeak is returned by Check for a passphrase that scores below MinScore.
var ErrWeak = errors.New("the passphrase is easy to guess")

// baseInputs are words every Coffer passphrase guesser would try first.
var baseInputs = []string{"coffer", "vault"}

// Result is the verdict on one passphrase.
type Result struct {
	// Score is the zxcvbn score, 0 (very weak) to 4 (strong); -1 for an empty one.
	Score int
	// Verdict describes the score in plain words, e.g. "Strength: good."
	Verdict string
}

// OK reports whether the passphrase may be used without insisting.
func (r Result) OK() bool { return r.Score >= MinScore }

// Level says how to colour a meter: "none", "weak", "fair" or "good".
func (r Result) Level() string {
	switch {
	case r.Score < 0:
		return "none"
	case r.Score >= MinScore:
		return "good"
	case r.Score == MinScore-1:
		return "fair"
	}
	return "weak"
}

// Check scores a new passphrase. userInputs are words an attacker would try (the
// user's name, item titles); "coffer" and "vault" are always added. The error is nil,
// ErrEmpty, or an error wrapping ErrWeak that says what to do.
func Check(pass string, userInputs ...string) (Result, error) {
	if strings.TrimSpace(pass) == "" {
		return Result{Score: -1, Verdict: Verdict(-1)}, ErrEmpty
	}
	r := Result{Score: Score(pass, userInputs...)}
	r.Verdict = Verdict(r.Score)
	if !r.OK() {
		return r, fmt.Errorf("%w (zxcvbn score %d of 4, %d needed): add more words, e.g. six random ones", ErrWeak, r.Score, MinScore)
	}
	return r, nil
}

// Score returns the zxcvbn score of pass, -1 when it is empty.
func Score(pass string, userInputs ...string) int {
	if pass == "" {
		return -1
	}
	if r := []rune(pass); len(r) > maxAnalysed {
		pass = string(r[:maxAnalysed])
	}
	inputs := append(append([]string(nil), baseInputs...), userInputs...)
	return zxcvbn.PasswordStrength(pass, inputs).Score
}

// Verdict describes a score in plain words.
func Verdict(score int) string {
	switch score {
	case -1:
		return "Strength: type a passphrase. Six random words are strong and easy to remember."
	case 0, 1:
		return "Strength: very weak — easy to guess."
	case 2:
		return "Strength: weak — add more words."
	case 3:
		return "Strength: good."
	}
	return "Strength: strong."
}
