package importer

import (
	"crypto/sha1"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// andOTP backup: a JSON list of accounts. Encrypted backups (.json.aes) are
// binary: the current format is ROUNDS (uint32 big-endian) || SALT (12) ||
// NONCE (12) || AES-256-GCM ciphertext||tag, the key
// PBKDF2-HMAC-SHA1(password, SALT, ROUNDS, 32); the old format is NONCE (12) ||
// ciphertext||tag with the key SHA-256(password).

type andOTPEntry struct {
	Secret    string   `json:"secret"`
	Issuer    string   `json:"issuer"`
	Label     string   `json:"label"`
	Digits    int      `json:"digits"`
	Type      string   `json:"type"`
	Algorithm string   `json:"algorithm"`
	Period    int      `json:"period"`
	Tags      []string `json:"tags"`
}

const (
	andOTPSalt  = 12
	andOTPNonce = 12
	gcmTag      = 16
)

func parseAndOTP(data []byte, password string) ([]Entry, error) {
	if password != "" {
		plain, err := decryptAndOTP(data, password)
		if err != nil {
			return nil, fmt.Errorf("andotp: %w", err)
		}
		data = plain
	}
	var list []andOTPEntry
	if err := json.Unmarshal(data, &list); err != nil {
		return nil, fmt.Errorf("andotp: %w", ErrMalformed)
	}
	entries := make([]Entry, 0, len(list))
	for _, a := range list {
		issuer, account := a.Issuer, a.Label
		if issuer == "" { // old andOTP: "Issuer - account" in the label
			if i, l, ok := strings.Cut(a.Label, " - "); ok {
				issuer, account = i, l
			}
		}
		o := otp{typ: a.Type, secret: a.Secret, issuer: issuer, account: account,
			algorithm: a.Algorithm, digits: a.Digits, period: a.Period}
		e := o.entry()
		if !e.Skipped() {
			e.Item.Tags = appendTags(nil, a.Tags...)
		}
		entries = append(entries, e)
	}
	return entries, nil
}

// decryptAndOTP tries the current format, then the old one: the file does not
// say which it is.
func decryptAndOTP(data []byte, password string) ([]byte, error) {
	var errNew error = ErrWrongPassword
	if len(data) >= 4+andOTPSalt+andOTPNonce+gcmTag {
		rounds := binary.BigEndian.Uint32(data)
		if rounds >= 1 && rounds <= maxPBKDF2Rounds {
			salt := data[4 : 4+andOTPSalt]
			rest := data[4+andOTPSalt:]
			key, err := pbkdf2Key(sha1.New, password, salt, int(rounds), 32)
			if err == nil {
				var plain []byte
				if plain, errNew = openGCM(key, rest[:andOTPNonce], rest[andOTPNonce:]); errNew == nil {
					return plain, nil
				}
			}
		}
	}
	if len(data) < andOTPNonce+gcmTag {
		return nil, fmt.Errorf("encrypted backup too short: %w", ErrMalformed)
	}
	key := sha256.Sum256([]byte(password))
	plain, err := openGCM(key[:], data[:andOTPNonce], data[andOTPNonce:])
	if err != nil && !errors.Is(errNew, ErrWrongPassword) {
		return nil, errNew
	}
	return plain, err
}
