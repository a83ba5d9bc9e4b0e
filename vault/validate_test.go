package vault

import (
	"errors"
	"strings"
	"testing"
)

const validSeed = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"

func TestValidateSeedAcceptsBIP39Vector(t *testing.T) {
	warnings, err := Validate(KindSeed, "  Abandon abandon abandon abandon abandon abandon\nabandon abandon abandon abandon abandon about ")
	if err != nil || len(warnings) != 0 {
		t.Fatalf("Validate = %v, %v; want no error or warning", warnings, err)
	}
}

func TestValidateSeedNamesUnknownWord(t *testing.T) {
	_, err := Validate(KindSeed, strings.Replace(validSeed, "about", "abuot", 1))
	if !errors.Is(err, ErrInvalidSecret) {
		t.Fatalf("err = %v, want ErrInvalidSecret", err)
	}
	for _, want := range []string{"word 12", `"abuot"`, `did you mean "about"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not contain %q", err, want)
		}
	}
}

func TestValidateSeedChecksum(t *testing.T) {
	_, err := Validate(KindSeed, strings.Replace(validSeed, "about", "abandon", 1))
	if err == nil || !strings.Contains(err.Error(), "checksum does not match") {
		t.Fatalf("err = %v, want checksum error", err)
	}
}

func TestValidateSeedWarnsOnOddLengthAndForeignList(t *testing.T) {
	w, err := Validate(KindSeed, "abandon abandon about")
	if err != nil || len(w) != 1 || !strings.Contains(w[0], "not a standard BIP39 length") {
		t.Fatalf("odd length: %v, %v", w, err)
	}
	w, err = Validate(KindSeed, "ábaco abdomen abeja abierto abogado abono")
	if err != nil || len(w) != 1 || !strings.Contains(w[0], "not from the English BIP39 list") {
		t.Fatalf("foreign list: %v, %v", w, err)
	}
}

func TestValidateRejectsEmpty(t *testing.T) {
	for _, k := range Kinds {
		if _, err := Validate(k, " \n "); !errors.Is(err, ErrInvalidSecret) {
			t.Errorf("%s: err = %v, want ErrInvalidSecret", k, err)
		}
	}
	if _, err := Validate("bogus", "x"); err == nil {
		t.Error("unknown kind accepted")
	}
}

func TestNormalizeSecret(t *testing.T) {
	if got := NormalizeSecret(KindSeed, " A  b\nC "); got != "a b c" {
		t.Errorf("seed: %q", got)
	}
	if got := NormalizeSecret(KindNote, "\nline 1\n  line 2\n"); got != "line 1\n  line 2" {
		t.Errorf("note: %q", got)
	}
}
