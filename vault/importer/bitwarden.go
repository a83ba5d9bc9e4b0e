package importer

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"

	"coffer/vault"
)

// Bitwarden JSON export: {"folders":[…],"items":[…]}. Item types: 1 login,
// 2 secure note, 3 card, 4 identity, 5 SSH key. A password-protected export is
// {"encrypted":true,"passwordProtected":true,"salt","kdfType","kdfIterations",
// "kdfMemory","kdfParallelism","encKeyValidation_DO_NOT_EDIT","data"}: the key is
// PBKDF2-HMAC-SHA256(password, salt, iterations, 32) (kdfType 0) or
// Argon2id(password, SHA-256(salt), iterations, memory MiB, parallelism, 32)
// (kdfType 1), stretched by HKDF-Expand-SHA256 into an "enc" and a "mac" key;
// data is an EncString "2.IV|CT|MAC" (AES-256-CBC, HMAC-SHA256 over IV||CT).

type bitwardenFile struct {
	Encrypted         bool              `json:"encrypted"`
	PasswordProtected bool              `json:"passwordProtected"`
	Salt              string            `json:"salt"`
	KDFType           int               `json:"kdfType"`
	KDFIterations     int               `json:"kdfIterations"`
	KDFMemory         *int              `json:"kdfMemory"`
	KDFParallelism    *int              `json:"kdfParallelism"`
	Validation        string            `json:"encKeyValidation_DO_NOT_EDIT"`
	Data              string            `json:"data"`
	Folders           []bitwardenFolder `json:"folders"`
	Items             []bitwardenItem   `json:"items"`
}

type bitwardenFolder struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type bitwardenItem struct {
	Type     int     `json:"type"`
	Name     string  `json:"name"`
	Notes    *string `json:"notes"`
	FolderID *string `json:"folderId"`
	Fields   []struct {
		Name  *string `json:"name"`
		Value *string `json:"value"`
	} `json:"fields"`
	Login *struct {
		URIs []struct {
			URI *string `json:"uri"`
		} `json:"uris"`
		Username *string `json:"username"`
		Password *string `json:"password"`
		TOTP     *string `json:"totp"`
	} `json:"login"`
	Card     map[string]*string `json:"card"`
	Identity map[string]*string `json:"identity"`
	SSHKey   map[string]*string `json:"sshKey"`
}

func parseBitwarden(data []byte, password string) ([]Entry, error) {
	var f bitwardenFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("bitwarden: %w", ErrMalformed)
	}
	if f.Encrypted {
		if !f.PasswordProtected {
			return nil, fmt.Errorf("bitwarden: locked to the account key: %w", ErrUnsupported)
		}
		plain, err := f.decrypt(password)
		if err != nil {
			return nil, fmt.Errorf("bitwarden: %w", err)
		}
		if err := json.Unmarshal(plain, &f); err != nil {
			return nil, fmt.Errorf("bitwarden: decrypted items: %w", ErrMalformed)
		}
	}
	folders := map[string]string{}
	for _, fo := range f.Folders {
		folders[fo.ID] = fo.Name
	}
	var entries []Entry
	for _, it := range f.Items {
		entries = append(entries, it.entries(folders[str(it.FolderID)])...)
	}
	return entries, nil
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// entries converts one Bitwarden item.
func (it bitwardenItem) entries(folder string) []Entry {
	tags := appendTags(nil, folder)
	extra := []string{}
	for _, f := range it.Fields {
		extra = append(extra, fieldLines(str(f.Name), str(f.Value))...)
	}
	switch it.Type {
	case 1:
		l := login{title: it.Name, notes: str(it.Notes), extra: extra, tags: tags}
		if it.Login != nil {
			l.username, l.password, l.totp = str(it.Login.Username), str(it.Login.Password), str(it.Login.TOTP)
			for i, u := range it.Login.URIs {
				if i == 0 {
					l.url = str(u.URI)
				} else {
					l.extra = append(l.extra, fieldLines("URL", str(u.URI))...)
				}
			}
		}
		return l.entries()
	case 2:
		return []Entry{noteEntry(it.Name, joinNonEmpty(str(it.Notes), strings.Join(extra, "\n")), tags)}
	case 3:
		return []Entry{noteEntry(it.Name, it.describe("Card", it.Card, bitwardenCardFields, extra), tags)}
	case 4:
		return []Entry{noteEntry(it.Name, it.describe("Identity", it.Identity, bitwardenIdentityFields, extra), tags)}
	case 5:
		key := strings.TrimSpace(str(it.SSHKey["privateKey"]))
		if key == "" {
			return []Entry{skipped(vault.KindPrivateKey, it.Name, "", "SSH key without a private key")}
		}
		return []Entry{{Item: vault.Item{Kind: vault.KindPrivateKey, Title: titleOr(it.Name, "SSH key"), Secret: key,
			Notes: joinNonEmpty(str(it.Notes), strings.Join(fieldLines("Public key", str(it.SSHKey["publicKey"])), "")), Tags: tags}}}
	}
	return []Entry{skipped(vault.KindNote, titleOr(it.Name, "(untitled)"), "", fmt.Sprintf("Bitwarden item type %d is not one Coffer knows", it.Type))}
}

var bitwardenCardFields = []string{"cardholderName", "Cardholder", "brand", "Brand", "number", "Number",
	"expMonth", "Expiry month", "expYear", "Expiry year", "code", "Security code"}

var bitwardenIdentityFields = []string{"title", "Title", "firstName", "First name", "middleName", "Middle name",
	"lastName", "Last name", "address1", "Address", "address2", "Address 2", "address3", "Address 3",
	"city", "City", "state", "State", "postalCode", "Postal code", "country", "Country", "company", "Company",
	"email", "Email", "phone", "Phone", "ssn", "Social security number", "username", "Username",
	"passportNumber", "Passport number", "licenseNumber", "Licence number"}

// describe writes a card or identity as the text of a note.
func (it bitwardenItem) describe(what string, values map[string]*string, keys []string, extra []string) string {
	var lines []string
	for i := 0; i+1 < len(keys); i += 2 {
		lines = append(lines, fieldLines(keys[i+1], str(values[keys[i]]))...)
	}
	body := strings.Join(append(lines, extra...), "\n")
	if body != "" {
		body = what + "\n" + body
	}
	return joinNonEmpty(body, str(it.Notes))
}

func joinNonEmpty(parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, "\n\n")
}

// decrypt derives the export key, checks it on the validation string, and
// decrypts the items.
func (f bitwardenFile) decrypt(password string) ([]byte, error) {
	master, err := f.masterKey(password)
	if err != nil {
		return nil, err
	}
	encKey, err1 := hkdf.Expand(sha256.New, master, "enc", 32)
	macKey, err2 := hkdf.Expand(sha256.New, master, "mac", 32)
	if err1 != nil || err2 != nil {
		return nil, fmt.Errorf("key stretch: %w", ErrMalformed)
	}
	if _, err := openEncString(f.Validation, encKey, macKey); err != nil {
		return nil, err
	}
	return openEncString(f.Data, encKey, macKey)
}

func (f bitwardenFile) masterKey(password string) ([]byte, error) {
	switch f.KDFType {
	case 0:
		return pbkdf2Key(sha256.New, password, []byte(f.Salt), f.KDFIterations, 32)
	case 1:
		if f.KDFMemory == nil || f.KDFParallelism == nil {
			return nil, fmt.Errorf("argon2id parameters missing: %w", ErrMalformed)
		}
		salt := sha256.Sum256([]byte(f.Salt))
		return argon2Key(password, salt[:], f.KDFIterations, *f.KDFMemory, *f.KDFParallelism)
	}
	return nil, fmt.Errorf("key derivation type %d: %w", f.KDFType, ErrUnsupported)
}

// openEncString decrypts a type-2 EncString "2.IV|CT|MAC".
func openEncString(s string, encKey, macKey []byte) ([]byte, error) {
	typ, rest, ok := strings.Cut(s, ".")
	if !ok || typ != "2" {
		return nil, fmt.Errorf("encrypted string of an unknown type: %w", ErrUnsupported)
	}
	parts := strings.Split(rest, "|")
	if len(parts) != 3 {
		return nil, fmt.Errorf("encrypted string: %w", ErrMalformed)
	}
	var raw [3][]byte
	for i, p := range parts {
		b, err := base64.StdEncoding.DecodeString(p)
		if err != nil {
			return nil, fmt.Errorf("encrypted string is not base64: %w", ErrMalformed)
		}
		raw[i] = b
	}
	iv, ct, tag := raw[0], raw[1], raw[2]
	m := hmac.New(sha256.New, macKey)
	m.Write(iv)
	m.Write(ct)
	if !hmac.Equal(m.Sum(nil), tag) {
		return nil, ErrWrongPassword
	}
	if len(iv) != aes.BlockSize || len(ct) == 0 || len(ct)%aes.BlockSize != 0 {
		return nil, fmt.Errorf("encrypted string: %w", ErrMalformed)
	}
	block, err := aes.NewCipher(encKey)
	if err != nil {
		return nil, fmt.Errorf("encrypted string: %w", ErrMalformed)
	}
	plain := make([]byte, len(ct))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(plain, ct)
	return unpad(plain)
}

// unpad removes PKCS#7 padding.
func unpad(b []byte) ([]byte, error) {
	n := int(b[len(b)-1])
	if n == 0 || n > aes.BlockSize || n > len(b) {
		return nil, fmt.Errorf("padding: %w", ErrMalformed)
	}
	for _, c := range b[len(b)-n:] {
		if int(c) != n {
			return nil, fmt.Errorf("padding: %w", ErrMalformed)
		}
	}
	return b[:len(b)-n], nil
}
