package vault

import (
	"encoding/base32"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp"
)

// TestTOTPRFC6238 checks the SHA-1 test vectors of RFC 6238, appendix B.
func TestTOTPRFC6238(t *testing.T) {
	secret := base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString([]byte("12345678901234567890"))
	k, err := ParseTOTP(secret)
	if err != nil {
		t.Fatal(err)
	}
	k.Digits = otp.DigitsEight
	vectors := map[int64]string{
		59: "94287082", 1111111109: "07081804", 1111111111: "14050471",
		1234567890: "89005924", 2000000000: "69279037", 20000000000: "65353130",
	}
	for unix, want := range vectors {
		got, _, err := k.Code(time.Unix(unix, 0))
		if err != nil || got != want {
			t.Errorf("T=%d: code %q, %v; want %q", unix, got, err, want)
		}
	}
}

func TestParseTOTPURIAndRemaining(t *testing.T) {
	k, err := ParseTOTP("otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example&period=60&digits=8")
	if err != nil {
		t.Fatal(err)
	}
	if k.Issuer != "Example" || k.Account != "alice@example.com" || k.Period != 60 || k.Digits != otp.DigitsEight {
		t.Fatalf("parsed %+v", k)
	}
	code, remaining, err := k.Code(time.Unix(125, 0))
	if err != nil || len(code) != 8 || remaining != 55 {
		t.Fatalf("code %q remaining %d err %v", code, remaining, err)
	}
}

func TestParseTOTPRejectsBadInput(t *testing.T) {
	for _, s := range []string{"not base32!", "otpauth://hotp/x?secret=JBSWY3DP&counter=1", "otpauth://totp/x", "A"} {
		if _, err := ParseTOTP(s); !errors.Is(err, ErrInvalidSecret) {
			t.Errorf("%q: err = %v, want ErrInvalidSecret", s, err)
		}
	}
	if _, err := ParseTOTP("jbsw y3dp ehpk 3pxp"); err != nil {
		t.Errorf("spaced lowercase secret: %v", err)
	}
}

// Every secret ParseTOTP accepts gives a code: lengths of 9 to 40 base32 characters
// are either refused or produce a code (14 characters were accepted and then gave none).
func TestParseTOTPAcceptsOnlySecretsThatGiveCodes(t *testing.T) {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	for n := 8; n <= 40; n++ {
		secret := strings.Repeat(alphabet, 2)[:n]
		k, err := ParseTOTP(secret)
		if err != nil {
			continue
		}
		if _, _, err := k.Code(time.Unix(59, 0)); err != nil {
			t.Errorf("%d characters: accepted, but Code fails: %v", n, err)
		}
	}
}
