package importer

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
)

// 2FAS backup (.2fas): {"services":[…],"schemaVersion":4,…}. Encrypted backups
// leave services empty and put "servicesEncrypted": "CT:SALT:IV" (base64 each;
// CT is AES-256-GCM ciphertext||tag of the services JSON, the key
// PBKDF2-HMAC-SHA256(password, SALT, 10000, 32)).

type twoFASFile struct {
	Groups []struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	} `json:"groups"`
	Services          []twoFASService `json:"services"`
	ServicesEncrypted string          `json:"servicesEncrypted"`
}

type twoFASService struct {
	GroupID string `json:"groupId"`
	Name    string `json:"name"`
	Secret  string `json:"secret"`
	OTP     struct {
		Account   string `json:"account"`
		Label     string `json:"label"`
		Issuer    string `json:"issuer"`
		Digits    int    `json:"digits"`
		Period    int    `json:"period"`
		Algorithm string `json:"algorithm"`
		TokenType string `json:"tokenType"`
	} `json:"otp"`
}

// twoFASRounds is the PBKDF2 iteration count 2FAS uses.
const twoFASRounds = 10000

func parseTwoFAS(data []byte, password string) ([]Entry, error) {
	var f twoFASFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("2fas: %w", ErrMalformed)
	}
	services := f.Services
	if password != "" {
		plain, err := decryptTwoFAS(f.ServicesEncrypted, password)
		if err != nil {
			return nil, fmt.Errorf("2fas: %w", err)
		}
		if err := json.Unmarshal(plain, &services); err != nil {
			return nil, fmt.Errorf("2fas: services: %w", ErrMalformed)
		}
	}
	groups := map[string]string{}
	for _, g := range f.Groups {
		groups[g.ID] = g.Name
	}
	entries := make([]Entry, 0, len(services))
	for _, s := range services {
		o := otp{typ: s.OTP.TokenType, secret: s.Secret, issuer: titleOr(s.OTP.Issuer, s.Name),
			account: titleOr(s.OTP.Account, s.OTP.Label), algorithm: s.OTP.Algorithm,
			digits: s.OTP.Digits, period: s.OTP.Period}
		e := o.entry()
		if !e.Skipped() {
			e.Item.Tags = appendTags(nil, groups[s.GroupID])
		}
		entries = append(entries, e)
	}
	return entries, nil
}

func decryptTwoFAS(sealed, password string) ([]byte, error) {
	parts := strings.Split(sealed, ":")
	if len(parts) != 3 {
		return nil, fmt.Errorf("encrypted services: %w", ErrMalformed)
	}
	var raw [3][]byte
	for i, p := range parts {
		b, err := base64.StdEncoding.DecodeString(p)
		if err != nil {
			return nil, fmt.Errorf("encrypted services are not base64: %w", ErrMalformed)
		}
		raw[i] = b
	}
	key, err := pbkdf2Key(sha256.New, password, raw[1], twoFASRounds, 32)
	if err != nil {
		return nil, err
	}
	return openGCM(key, raw[2], raw[0])
}
