package vault

import (
	"encoding/base32"
	"fmt"
	"strings"
	"time"

	"github.com/pquerna/otp"
	"github.com/pquerna/otp/totp"
)

// TOTP is a parsed TOTP secret with the parameters needed to compute codes.
type TOTP struct {
	Secret    string // base32, uppercase, no padding
	Issuer    string
	Account   string
	Period    uint
	Digits    otp.Digits
	Algorithm otp.Algorithm
}

// ParseTOTP accepts an otpauth://totp/ URI or a bare base32 secret (spaces and
// lowercase allowed).
func ParseTOTP(s string) (TOTP, error) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(strings.ToLower(s), "otpauth://") {
		return parseTOTPURI(s)
	}
	secret := strings.ToUpper(strings.Join(strings.Fields(s), ""))
	secret = strings.TrimRight(secret, "=")
	if err := checkBase32(secret); err != nil {
		return TOTP{}, err
	}
	return TOTP{Secret: secret, Period: 30, Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1}, nil
}

func parseTOTPURI(s string) (TOTP, error) {
	key, err := otp.NewKeyFromURL(s)
	if err != nil {
		return TOTP{}, fmt.Errorf("totp: not a valid otpauth URI: %w", ErrInvalidSecret)
	}
	if key.Type() != "totp" {
		return TOTP{}, fmt.Errorf("totp: URI is of type %q, only totp is supported: %w", key.Type(), ErrInvalidSecret)
	}
	secret := strings.ToUpper(strings.TrimRight(key.Secret(), "="))
	if err := checkBase32(secret); err != nil {
		return TOTP{}, err
	}
	return TOTP{Secret: secret, Issuer: key.Issuer(), Account: key.AccountName(),
		Period: uint(key.Period()), Digits: key.Digits(), Algorithm: key.Algorithm()}, nil
}

func checkBase32(secret string) error {
	if secret == "" {
		return fmt.Errorf("totp: secret is empty: %w", ErrInvalidSecret)
	}
	for i, r := range secret {
		if !strings.ContainsRune("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", r) {
			return fmt.Errorf("totp: character %d %q is not base32 (A-Z, 2-7): %w", i+1, r, ErrInvalidSecret)
		}
	}
	if len(secret) < 8 {
		return fmt.Errorf("totp: secret is only %d characters; a TOTP secret has at least 8 (usually 16 or 32): %w", len(secret), ErrInvalidSecret)
	}
	// Decode the way the code generator does (padded to a multiple of 8), so that no
	// secret is accepted that then gives no code.
	padded := secret + strings.Repeat("=", (8-len(secret)%8)%8)
	if _, err := base32.StdEncoding.DecodeString(padded); err != nil {
		return fmt.Errorf("totp: secret has an impossible length for base32: %w", ErrInvalidSecret)
	}
	return nil
}

// Code returns the TOTP code at time t and the seconds it stays valid.
func (k TOTP) Code(t time.Time) (code string, remaining int, err error) {
	code, err = totp.GenerateCodeCustom(k.Secret, t, totp.ValidateOpts{
		Period: k.Period, Digits: k.Digits, Algorithm: k.Algorithm})
	if err != nil {
		return "", 0, fmt.Errorf("totp: %w", err)
	}
	period := int64(k.Period)
	return code, int(period - t.Unix()%period), nil
}
