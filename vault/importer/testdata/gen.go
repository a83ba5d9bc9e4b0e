//go:build ignore

// gen writes the importer's fixtures: exports in every format, made here
// from the format descriptions (not copied from any app), holding only test
// accounts. Encrypted fixtures use fixed salts and nonces and low KDF costs,
// so the output is deterministic and the tests fast. Run from this folder:
//
//	go run gen.go
package main

import (
	"archive/zip"
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base32"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"strings"
	"time"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/scrypt"
	"google.golang.org/protobuf/encoding/protowire"
)

// password opens every encrypted fixture.
const password = "coffer-test"

// account is one test TOTP (or HOTP / Steam) account.
type account struct {
	typ, issuer, name, algo string
	secret                  []byte
	digits, period, counter int
}

func (a account) b32() string {
	return base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(a.secret)
}

// The RFC 6238 appendix B keys: at Unix time 59 their 8-digit codes are
// 94287082 (SHA1), 46119246 (SHA256) and 90693936 (SHA512).
var accounts = []account{
	{"totp", "RFC SHA1", "alice@example.com", "SHA1", []byte("12345678901234567890"), 8, 30, 0},
	{"totp", "RFC SHA256", "bob", "SHA256", []byte("12345678901234567890123456789012"), 8, 30, 0},
	{"totp", "RFC SHA512", "carol", "SHA512", []byte("1234567890123456789012345678901234567890123456789012345678901234"), 8, 30, 0},
	{"hotp", "Counter", "dave", "SHA1", []byte("hotp-secret-key-0001"), 6, 0, 5},
	{"steam", "Steam", "erin", "SHA1", []byte("steam-secret-key-001"), 5, 30, 0},
}

func main() {
	write("aegis_plain.json", aegis(false))
	write("aegis_encrypted.json", aegis(true))
	write("google_migration.txt", googleText())
	write("2fas_plain.2fas", twoFAS(false))
	write("2fas_encrypted.2fas", twoFAS(true))
	write("andotp_plain.json", andOTPJSON())
	write("andotp_encrypted.json.aes", andOTPNew())
	write("andotp_old.json.aes", andOTPOld())
	write("otpauth.txt", uriList())
	write("bitwarden_plain.json", bitwardenPlain())
	write("bitwarden_pbkdf2.json", bitwardenEncrypted(0))
	write("bitwarden_argon2id.json", bitwardenEncrypted(1))
	write("keepassxc_10col.csv", keepass(true))
	write("keepassx_6col.csv", keepass(false))
	write("onepassword8.csv", onePasswordCSV())
	write("onepassword.1pux", onePUX())
}

func write(name string, b []byte) {
	if err := os.WriteFile(name, b, 0o644); err != nil {
		panic(err)
	}
}

func mustJSON(v any) []byte {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		panic(err)
	}
	return append(b, '\n')
}

// fixed returns n deterministic bytes for salts and nonces.
func fixed(label string, n int) []byte {
	h := sha256.Sum256([]byte("coffer fixture " + label))
	out := bytes.Repeat(h[:], n/32+1)
	return out[:n]
}

func sealGCM(key, nonce, plain []byte) []byte {
	block, err := aes.NewCipher(key)
	if err != nil {
		panic(err)
	}
	gcm, err := cipher.NewGCMWithNonceSize(block, len(nonce))
	if err != nil {
		panic(err)
	}
	return gcm.Seal(nil, nonce, plain, nil)
}

func (a account) uri() string {
	q := url.Values{"secret": {a.b32()}, "issuer": {a.issuer}, "algorithm": {a.algo}, "digits": {fmt.Sprint(a.digits)}}
	if a.typ == "hotp" {
		q.Set("counter", fmt.Sprint(a.counter))
	} else {
		q.Set("period", fmt.Sprint(a.period))
	}
	u := url.URL{Scheme: "otpauth", Host: a.typ, Path: "/" + a.issuer + ":" + a.name, RawQuery: q.Encode()}
	return u.String()
}

// --- Aegis ---

func aegisEntries() []map[string]any {
	var out []map[string]any
	for i, a := range accounts {
		info := map[string]any{"secret": a.b32(), "algo": a.algo, "digits": a.digits}
		if a.typ == "hotp" {
			info["counter"] = a.counter
		} else {
			info["period"] = a.period
		}
		out = append(out, map[string]any{"type": a.typ, "uuid": fmt.Sprintf("00000000-0000-4000-8000-%012d", i),
			"name": a.name, "issuer": a.issuer, "note": "", "icon": nil, "info": info})
	}
	return out
}

func aegis(encrypted bool) []byte {
	db := map[string]any{"version": 2, "entries": aegisEntries()}
	if !encrypted {
		return mustJSON(map[string]any{"version": 1, "header": map[string]any{"slots": nil, "params": nil}, "db": db})
	}
	master := fixed("aegis master", 32)
	salt := fixed("aegis salt", 32)
	n, r, p := 1024, 8, 1
	kek, err := scrypt.Key([]byte(password), salt, n, r, p, 32)
	if err != nil {
		panic(err)
	}
	keyNonce := fixed("aegis key nonce", 12)
	sealedKey := sealGCM(kek, keyNonce, master)
	dbNonce := fixed("aegis db nonce", 12)
	sealedDB := sealGCM(master, dbNonce, mustJSON(db))
	slot := map[string]any{"type": 1, "uuid": "00000000-0000-4000-8000-000000000100",
		"key": hex.EncodeToString(sealedKey[:32]), "key_params": map[string]any{
			"nonce": hex.EncodeToString(keyNonce), "tag": hex.EncodeToString(sealedKey[32:])},
		"n": n, "r": r, "p": p, "salt": hex.EncodeToString(salt), "repaired": true}
	header := map[string]any{"slots": []any{slot}, "params": map[string]any{
		"nonce": hex.EncodeToString(dbNonce), "tag": hex.EncodeToString(sealedDB[len(sealedDB)-16:])}}
	return mustJSON(map[string]any{"version": 1, "header": header,
		"db": base64.StdEncoding.EncodeToString(sealedDB[:len(sealedDB)-16])})
}

// --- Google Authenticator ---

func otpParameters(a account) []byte {
	var b []byte
	b = protowire.AppendTag(b, 1, protowire.BytesType)
	b = protowire.AppendBytes(b, a.secret)
	b = protowire.AppendTag(b, 2, protowire.BytesType)
	b = protowire.AppendString(b, a.name)
	b = protowire.AppendTag(b, 3, protowire.BytesType)
	b = protowire.AppendString(b, a.issuer)
	b = protowire.AppendTag(b, 4, protowire.VarintType)
	b = protowire.AppendVarint(b, map[string]uint64{"SHA1": 1, "SHA256": 2, "SHA512": 3}[a.algo])
	b = protowire.AppendTag(b, 5, protowire.VarintType)
	b = protowire.AppendVarint(b, map[int]uint64{6: 1, 8: 2}[a.digits])
	b = protowire.AppendTag(b, 6, protowire.VarintType)
	b = protowire.AppendVarint(b, map[string]uint64{"hotp": 1, "totp": 2}[a.typ])
	if a.typ == "hotp" {
		b = protowire.AppendTag(b, 7, protowire.VarintType)
		b = protowire.AppendVarint(b, uint64(a.counter))
	}
	return b
}

// migrationURI is one QR code of a Google Authenticator transfer.
func migrationURI(as []account, size, index, id int) string {
	var b []byte
	for _, a := range as {
		b = protowire.AppendTag(b, 1, protowire.BytesType)
		b = protowire.AppendBytes(b, otpParameters(a))
	}
	for _, f := range [][2]int{{2, 1}, {3, size}, {4, index}, {5, id}} {
		b = protowire.AppendTag(b, protowire.Number(f[0]), protowire.VarintType)
		b = protowire.AppendVarint(b, uint64(f[1]))
	}
	return "otpauth-migration://offline?data=" + url.QueryEscape(base64.StdEncoding.EncodeToString(b))
}

func googleText() []byte {
	// Google Authenticator has no Steam accounts; the HOTP one must be skipped.
	ga := accounts[:4]
	return []byte("# Google Authenticator transfer, 2 QR codes\n" +
		migrationURI(ga[:2], 2, 0, 7) + "\n" + migrationURI(ga[2:], 2, 1, 7) + "\n")
}

// --- 2FAS ---

func twoFASServices() []map[string]any {
	var out []map[string]any
	for i, a := range accounts {
		o := map[string]any{"link": a.uri(), "label": a.name, "account": a.name, "issuer": a.issuer,
			"digits": a.digits, "algorithm": a.algo, "tokenType": strings.ToUpper(a.typ), "source": "Link"}
		if a.typ == "hotp" {
			o["counter"] = a.counter
		} else {
			o["period"] = a.period
		}
		out = append(out, map[string]any{"name": a.issuer, "secret": a.b32(), "updatedAt": 1700000000000 + i,
			"otp": o, "order": map[string]any{"position": i}})
	}
	return out
}

func twoFAS(encrypted bool) []byte {
	f := map[string]any{"services": twoFASServices(), "groups": []any{}, "updatedAt": 1700000000000,
		"schemaVersion": 4, "appVersionCode": 5000009, "appVersionName": "5.1.0", "appOrigin": "android"}
	if !encrypted {
		return mustJSON(f)
	}
	salt, iv := fixed("2fas salt", 256), fixed("2fas iv", 12)
	key, err := pbkdf2.Key(sha256.New, password, salt, 10000, 32)
	if err != nil {
		panic(err)
	}
	ct := sealGCM(key, iv, mustJSON(twoFASServices()))
	enc := base64.StdEncoding.EncodeToString
	f["services"] = []any{}
	f["servicesEncrypted"] = enc(ct) + ":" + enc(salt) + ":" + enc(iv)
	refIV := fixed("2fas reference iv", 12)
	f["reference"] = enc(sealGCM(key, refIV, []byte("tRViSsLKzd86Hprh4ceC2OP7xazn4rrt4xhfEUbOjxLX8Rc3mkISXE0lWbmnWfggogbBJhtYgpK6fMl1D6mtsy92R3HkdGfwuXbzLebqVFJsR7IZ2w58t938iymwG4824igYy1wi6n2WDpO1Q1P69zwJGs2F5a1qP4MyIiDSD7NCV2OvidXQCBnDlGfmz0f1BQySRkkt4ryiJeCjD2o4QsveJ9uDBUn8ELyOrESv5R5DMDkD4iAF8TXU7KyoJujd"))) + ":" + enc(salt) + ":" + enc(refIV)
	return mustJSON(f)
}

// --- andOTP ---

func andOTPJSON() []byte {
	var out []map[string]any
	for _, a := range accounts {
		secret := base32.StdEncoding.EncodeToString(a.secret) // andOTP keeps the padding
		e := map[string]any{"secret": secret, "issuer": a.issuer, "label": a.name, "digits": a.digits,
			"type": strings.ToUpper(a.typ), "algorithm": a.algo, "thumbnail": "Default", "last_used": 1700000000000,
			"used_frequency": 0, "tags": []string{"work"}}
		if a.typ == "hotp" {
			e["counter"] = a.counter
		} else {
			e["period"] = a.period
		}
		out = append(out, e)
	}
	b, err := json.Marshal(out)
	if err != nil {
		panic(err)
	}
	return b
}

func andOTPNew() []byte {
	const rounds = 1000
	salt, nonce := fixed("andotp salt", 12), fixed("andotp nonce", 12)
	key, err := pbkdf2.Key(sha1.New, password, salt, rounds, 32)
	if err != nil {
		panic(err)
	}
	out := binary.BigEndian.AppendUint32(nil, rounds)
	out = append(append(out, salt...), nonce...)
	return append(out, sealGCM(key, nonce, andOTPJSON())...)
}

func andOTPOld() []byte {
	key := sha256.Sum256([]byte(password))
	nonce := fixed("andotp old nonce", 12)
	return append(nonce, sealGCM(key[:], nonce, andOTPJSON())...)
}

// --- otpauth list ---

func uriList() []byte {
	var b strings.Builder
	b.WriteString("# exported test accounts\n\n")
	for _, a := range accounts {
		b.WriteString(a.uri() + "\n")
	}
	return []byte(b.String())
}

// --- Bitwarden ---

func bitwardenItems() map[string]any {
	s := func(v string) *string { return &v }
	items := []map[string]any{
		{"id": "11111111-1111-4111-8111-111111111111", "organizationId": nil, "folderId": "f1", "type": 1,
			"name": "Example login", "notes": "login notes", "favorite": false,
			"fields": []map[string]any{{"name": "PIN", "value": "1234", "type": 1}},
			"login": map[string]any{"uris": []map[string]any{{"match": nil, "uri": "https://example.com"}, {"match": nil, "uri": "https://example.org"}},
				"username": "alice@example.com", "password": "correct horse", "totp": accounts[0].uri()}},
		{"id": "22222222-2222-4222-8222-222222222222", "folderId": nil, "type": 1, "name": "TOTP only",
			"notes": nil, "login": map[string]any{"uris": nil, "username": nil, "password": nil, "totp": accounts[1].b32()}},
		{"id": "33333333-3333-4333-8333-333333333333", "folderId": nil, "type": 1, "name": "Steam login",
			"login": map[string]any{"username": "erin", "password": "steam pass", "totp": "steam://" + accounts[4].b32()}},
		{"id": "44444444-4444-4444-8444-444444444444", "folderId": "f1", "type": 2, "name": "Safe combination",
			"notes": "12-34-56", "secureNote": map[string]any{"type": 0}},
		{"id": "55555555-5555-4555-8555-555555555555", "folderId": nil, "type": 3, "name": "Test card",
			"notes": nil, "card": map[string]any{"cardholderName": "Alice Example", "brand": "Visa",
				"number": "4111111111111111", "expMonth": "12", "expYear": "2030", "code": "123"}},
		{"id": "66666666-6666-4666-8666-666666666666", "folderId": nil, "type": 4, "name": "Test identity",
			"identity": map[string]any{"firstName": "Alice", "lastName": "Example", "email": "alice@example.com", "address2": nil}},
		{"id": "77777777-7777-4777-8777-777777777777", "folderId": nil, "type": 1, "name": "Empty login",
			"login": map[string]any{"username": nil, "password": nil, "totp": nil}},
	}
	_ = s
	return map[string]any{"encrypted": false, "folders": []map[string]any{{"id": "f1", "name": "Personal"}}, "items": items}
}

func bitwardenPlain() []byte { return mustJSON(bitwardenItems()) }

func encString(encKey, macKey, iv, plain []byte) string {
	pad := aes.BlockSize - len(plain)%aes.BlockSize
	padded := append(append([]byte(nil), plain...), bytes.Repeat([]byte{byte(pad)}, pad)...)
	block, err := aes.NewCipher(encKey)
	if err != nil {
		panic(err)
	}
	ct := make([]byte, len(padded))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(ct, padded)
	m := hmac.New(sha256.New, macKey)
	m.Write(iv)
	m.Write(ct)
	enc := base64.StdEncoding.EncodeToString
	return "2." + enc(iv) + "|" + enc(ct) + "|" + enc(m.Sum(nil))
}

func bitwardenEncrypted(kdf int) []byte {
	salt := base64.StdEncoding.EncodeToString(fixed(fmt.Sprint("bitwarden salt ", kdf), 16))
	f := map[string]any{"encrypted": true, "passwordProtected": true, "salt": salt, "kdfType": kdf}
	var master []byte
	if kdf == 0 {
		f["kdfIterations"], f["kdfMemory"], f["kdfParallelism"] = 5000, nil, nil
		var err error
		if master, err = pbkdf2.Key(sha256.New, password, []byte(salt), 5000, 32); err != nil {
			panic(err)
		}
	} else {
		f["kdfIterations"], f["kdfMemory"], f["kdfParallelism"] = 2, 16, 2
		h := sha256.Sum256([]byte(salt))
		master = argon2.IDKey([]byte(password), h[:], 2, 16*1024, 2, 32)
	}
	encKey, _ := hkdf.Expand(sha256.New, master, "enc", 32)
	macKey, _ := hkdf.Expand(sha256.New, master, "mac", 32)
	f["encKeyValidation_DO_NOT_EDIT"] = encString(encKey, macKey, fixed(fmt.Sprint("bw validation iv ", kdf), 16),
		[]byte("5b1d6a4b-7d0e-4b53-9c4f-2a3e6b8f0c11"))
	f["data"] = encString(encKey, macKey, fixed(fmt.Sprint("bw data iv ", kdf), 16), mustJSON(bitwardenItems()))
	return mustJSON(f)
}

// --- KeePassXC ---

func csvLine(fields ...string) string {
	q := make([]string, len(fields))
	for i, f := range fields {
		q[i] = `"` + strings.ReplaceAll(f, `"`, `""`) + `"`
	}
	return strings.Join(q, ",") + "\n"
}

func keepass(tenColumns bool) []byte {
	rows := [][]string{
		{"Root/Web", "Example", "alice", `pa"ss,word`, "https://example.com", "line one\nline two", accounts[0].uri()},
		{"Root/Web/Shops", "Shop", "bob", "hunter2", "https://shop.example", "", ""},
		{"Root", "Only notes", "", "", "", "a note kept in KeePass", ""},
		{"Root", "Empty", "", "", "", "", ""},
	}
	var b strings.Builder
	if tenColumns {
		b.WriteString(csvLine("Group", "Title", "Username", "Password", "URL", "Notes", "TOTP", "Icon", "Last Modified", "Created"))
	} else {
		b.WriteString(csvLine("Group", "Title", "Username", "Password", "URL", "Notes"))
	}
	for _, r := range rows {
		if tenColumns {
			b.WriteString(csvLine(append(r, "0", "2024-01-02T03:04:05Z", "2024-01-01T00:00:00Z")...))
		} else {
			b.WriteString(csvLine(r[:6]...))
		}
	}
	return []byte(b.String())
}

// --- 1Password ---

func onePasswordCSV() []byte {
	var b strings.Builder
	b.WriteString("Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes\n")
	b.WriteString(csvLine("Example", "https://example.com", "alice", "s3cret", accounts[0].uri(), "true", "false", "web,mail", "notes here"))
	b.WriteString(csvLine("Old account", "https://old.example", "bob", "old-pass", "", "false", "true", "", ""))
	b.WriteString(csvLine("A note", "", "", "", "", "false", "false", "", "multi\nline note"))
	return []byte(b.String())
}

func onePUX() []byte {
	field := func(title string, value map[string]any) map[string]any {
		return map[string]any{"title": title, "id": title, "value": value}
	}
	items := []map[string]any{
		{"uuid": "a1", "state": "active", "categoryUuid": "001",
			"overview": map[string]any{"title": "Example", "url": "https://example.com", "tags": []string{"web"}},
			"details": map[string]any{"loginFields": []map[string]any{
				{"value": "alice", "designation": "username", "name": "username", "fieldType": "T"},
				{"value": "s3cret", "designation": "password", "name": "password", "fieldType": "P"}},
				"notesPlain": "login notes", "sections": []map[string]any{{"title": "2FA", "fields": []map[string]any{
					field("one-time password", map[string]any{"totp": accounts[0].uri()}),
					field("backup otp", map[string]any{"totp": accounts[1].b32()}),
					field("phone", map[string]any{"phone": "555-0100"})}}}}},
		{"uuid": "a2", "state": "archived", "categoryUuid": "001",
			"overview": map[string]any{"title": "Archived login"},
			"details": map[string]any{"loginFields": []map[string]any{
				{"value": "old-pass", "designation": "password"}}}},
		{"uuid": "a3", "state": "active", "categoryUuid": "003",
			"overview": map[string]any{"title": "Secure note"}, "details": map[string]any{"notesPlain": "remember this"}},
		{"uuid": "a4", "state": "active", "categoryUuid": "002", "overview": map[string]any{"title": "Card"},
			"details": map[string]any{"sections": []map[string]any{{"title": "Card", "fields": []map[string]any{
				field("number", map[string]any{"creditCardNumber": "4111111111111111"}),
				field("expiry date", map[string]any{"monthYear": 203012}),
				field("email", map[string]any{"email": map[string]any{"email_address": "alice@example.com"}})}}}}},
		{"uuid": "a5", "state": "active", "categoryUuid": "006", "overview": map[string]any{"title": "Scan"},
			"details": map[string]any{"documentAttributes": map[string]any{"fileName": "scan.pdf"}}},
	}
	data := map[string]any{"accounts": []map[string]any{{"attrs": map[string]any{"name": "Test"},
		"vaults": []map[string]any{{"attrs": map[string]any{"name": "Private"}, "items": items}}}}}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range []struct {
		name string
		body []byte
	}{{"export.attributes", mustJSON(map[string]any{"version": 3, "description": "1Password Unencrypted Export", "timestamp": 1700000000})},
		{"export.data", mustJSON(data)}} {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			panic(err)
		}
		w.Write(f.body)
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}
