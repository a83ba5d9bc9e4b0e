package strength

import (
	"errors"
	"strings"
	"testing"

	"github.com/cosmos/go-bip39"
	"github.com/trustelem/zxcvbn"
)

func TestCheckRefusesWeakAndEmpty(t *testing.T) {
	for _, tc := range []struct {
		pass string
		want error
	}{
		{"", ErrEmpty},
		{"   ", ErrEmpty},
		{"a", ErrWeak},
		{"hunter2", ErrWeak},
		{"password1", ErrWeak},
		{"correct horse battery staple", nil},
		{"zebra lantern quietly orbit", nil},
	} {
		r, err := Check(tc.pass)
		if !errors.Is(err, tc.want) || (err == nil) != r.OK() {
			t.Errorf("Check(%q) = %+v, %v; want %v", tc.pass, r, err, tc.want)
		}
		if r.Verdict == "" {
			t.Errorf("Check(%q): no verdict", tc.pass)
		}
	}
}

// The app's rule before the move: zxcvbn with "coffer" and "vault" as user inputs.
func TestScoreIsTheAppsRule(t *testing.T) {
	for _, p := range []string{"a", "hunter2", "coffervault", "Tr0ub4dor&3", "new vault passphrase", "correct horse battery staple"} {
		if got, want := Score(p), zxcvbn.PasswordStrength(p, []string{"coffer", "vault"}).Score; got != want {
			t.Errorf("Score(%q) = %d, want %d", p, got, want)
		}
	}
	if Score("") != -1 {
		t.Error("empty passphrase should score -1")
	}
}

func TestUserInputsLowerTheScore(t *testing.T) {
	p := "qorvalisbentrup"
	if Score(p, "qorvalisbentrup") >= Score(p) {
		t.Errorf("user inputs did not lower the score of %q", p)
	}
}

func TestLongPassphraseIsBoundedAndStrong(t *testing.T) {
	words := make([]string, 5000)
	for i := range words {
		words[i] = Suggest()
	}
	r, err := Check(strings.Join(words, " "))
	if err != nil || r.Score < MinScore {
		t.Fatalf("long passphrase: %+v %v", r, err)
	}
}

func TestLevel(t *testing.T) {
	for score, want := range map[int]string{-1: "none", 0: "weak", 1: "weak", 2: "fair", 3: "good", 4: "good"} {
		if got := (Result{Score: score}).Level(); got != want {
			t.Errorf("Level(%d) = %q, want %q", score, got, want)
		}
	}
}

func TestSuggestIsSixListWordsThatPass(t *testing.T) {
	words := strings.Fields(Suggest())
	if len(words) != SuggestWords {
		t.Fatalf("Suggest gave %d words", len(words))
	}
	for _, w := range words {
		if _, ok := bip39.ReverseWordMap[w]; !ok {
			t.Errorf("%q is not a BIP39 word", w)
		}
	}
	if _, err := Check(strings.Join(words, " ")); err != nil {
		t.Errorf("suggested passphrase refused: %v", err)
	}
}
