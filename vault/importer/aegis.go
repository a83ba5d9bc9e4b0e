package importer

import (
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
)

// Aegis vault export (https://github.com/beemdevelopment/Aegis/blob/master/docs/vault.md):
// {"version":1,"header":{"slots":[…],"params":{"nonce","tag"}},"db":…}. Plain
// exports have db as an object; encrypted ones as base64 of AES-256-GCM
// ciphertext under a master key, which each password slot (type 1) holds
// encrypted with scrypt(password, salt, n, r, p).

type aegisFile struct {
	Header struct {
		Slots  []aegisSlot `json:"slots"`
		Params *aegisGCM   `json:"params"`
	} `json:"header"`
	DB json.RawMessage `json:"db"`
}

type aegisSlot struct {
	Type      int      `json:"type"`
	Key       string   `json:"key"`
	KeyParams aegisGCM `json:"key_params"`
	N         int      `json:"n"`
	R         int      `json:"r"`
	P         int      `json:"p"`
	Salt      string   `json:"salt"`
}

type aegisGCM struct {
	Nonce string `json:"nonce"`
	Tag   string `json:"tag"`
}

type aegisDB struct {
	Entries []aegisEntry `json:"entries"`
}

type aegisEntry struct {
	Type   string `json:"type"`
	Name   string `json:"name"`
	Issuer string `json:"issuer"`
	Note   string `json:"note"`
	Info   struct {
		Secret string `json:"secret"`
		Algo   string `json:"algo"`
		Digits int    `json:"digits"`
		Period int    `json:"period"`
	} `json:"info"`
}

// aegisPasswordSlot is the slot type a password unlocks.
const aegisPasswordSlot = 1

func parseAegis(data []byte, password string) ([]Entry, error) {
	var f aegisFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("aegis: %w", ErrMalformed)
	}
	db := []byte(f.DB)
	if password != "" {
		var err error
		if db, err = f.decrypt(password); err != nil {
			return nil, fmt.Errorf("aegis: %w", err)
		}
	}
	var d aegisDB
	if err := json.Unmarshal(db, &d); err != nil {
		return nil, fmt.Errorf("aegis: entries: %w", ErrMalformed)
	}
	entries := make([]Entry, 0, len(d.Entries))
	for _, e := range d.Entries {
		o := otp{typ: e.Type, secret: e.Info.Secret, issuer: e.Issuer, account: e.Name,
			algorithm: e.Info.Algo, digits: e.Info.Digits, period: e.Info.Period}
		en := o.entry()
		en.Item.Notes = e.Note
		entries = append(entries, en)
	}
	return entries, nil
}

// decrypt finds the password slot that opens the master key and decrypts db.
func (f aegisFile) decrypt(password string) ([]byte, error) {
	var sealedDB string
	if json.Unmarshal(f.DB, &sealedDB) != nil || f.Header.Params == nil {
		return nil, fmt.Errorf("encrypted database: %w", ErrMalformed)
	}
	ct, err := base64.StdEncoding.DecodeString(sealedDB)
	if err != nil {
		return nil, fmt.Errorf("encrypted database is not base64: %w", ErrMalformed)
	}
	tried := false
	for _, s := range f.Header.Slots {
		if s.Type != aegisPasswordSlot {
			continue
		}
		tried = true
		master, err := s.open(password)
		if errors.Is(err, ErrWrongPassword) {
			continue
		}
		if err != nil {
			return nil, err
		}
		return f.Header.Params.open(master, ct)
	}
	if !tried {
		return nil, fmt.Errorf("no password slot (only biometric or raw-key slots): %w", ErrUnsupported)
	}
	return nil, ErrWrongPassword
}

// open decrypts the master key held in a password slot.
func (s aegisSlot) open(password string) ([]byte, error) {
	salt, err := hex.DecodeString(s.Salt)
	if err != nil {
		return nil, fmt.Errorf("slot salt: %w", ErrMalformed)
	}
	key, err := scryptKey(password, salt, s.N, s.R, s.P)
	if err != nil {
		return nil, err
	}
	sealed, err := hex.DecodeString(s.Key)
	if err != nil {
		return nil, fmt.Errorf("slot key: %w", ErrMalformed)
	}
	return s.KeyParams.open(key, sealed)
}

// open decrypts ciphertext whose GCM nonce and tag are stored apart from it.
func (p aegisGCM) open(key, ct []byte) ([]byte, error) {
	nonce, err1 := hex.DecodeString(p.Nonce)
	tag, err2 := hex.DecodeString(p.Tag)
	if err1 != nil || err2 != nil || len(tag) != 16 {
		return nil, fmt.Errorf("nonce or tag: %w", ErrMalformed)
	}
	return openGCM(key, nonce, append(append([]byte(nil), ct...), tag...))
}
