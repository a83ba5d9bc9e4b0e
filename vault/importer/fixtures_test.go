package importer

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"coffer/vault"
)

// fixturePassword opens every encrypted fixture (testdata/gen.go).
const fixturePassword = "coffer-test"

// rfcCodes are the RFC 6238 appendix B codes at Unix time 59 of the keys the
// fixtures hold, by issuer: an independent check of secret, digits and
// algorithm surviving the import.
var rfcCodes = map[string]string{"RFC SHA1": "94287082", "RFC SHA256": "46119246", "RFC SHA512": "90693936"}

// want is one expected entry: kind, title and whether it is skipped.
type want struct {
	kind  vault.Kind
	title string
	skip  bool
}

var otpWants = []want{
	{vault.KindTOTP, "RFC SHA1 (alice@example.com)", false},
	{vault.KindTOTP, "RFC SHA256 (bob)", false},
	{vault.KindTOTP, "RFC SHA512 (carol)", false},
	{vault.KindTOTP, "Counter (dave)", true},
	{vault.KindTOTP, "Steam (erin)", true},
}

var bitwardenWants = []want{
	{vault.KindPassword, "Example login", false},
	{vault.KindTOTP, "RFC SHA1 (alice@example.com)", false},
	{vault.KindTOTP, "TOTP only", false},
	{vault.KindPassword, "Steam login", false},
	{vault.KindTOTP, "Steam login (erin)", true},
	{vault.KindNote, "Safe combination", false},
	{vault.KindNote, "Test card", false},
	{vault.KindNote, "Test identity", false},
	{vault.KindPassword, "Empty login", true},
}

var keepassWants = []want{
	{vault.KindPassword, "Example", false},
	{vault.KindTOTP, "RFC SHA1 (alice@example.com)", false},
	{vault.KindPassword, "Shop", false},
	{vault.KindNote, "Only notes", false},
	{vault.KindPassword, "Empty", true},
}

var fixtureCases = []struct {
	file      string
	format    Format
	encrypted bool
	want      []want
}{
	{"aegis_plain.json", FormatAegis, false, otpWants},
	{"aegis_encrypted.json", FormatAegis, true, otpWants},
	{"google_migration.txt", FormatGoogle, false, otpWants[:4]},
	{"2fas_plain.2fas", FormatTwoFAS, false, otpWants},
	{"2fas_encrypted.2fas", FormatTwoFAS, true, otpWants},
	{"andotp_plain.json", FormatAndOTP, false, otpWants},
	{"andotp_encrypted.json.aes", FormatAndOTP, true, otpWants},
	{"andotp_old.json.aes", FormatAndOTP, true, otpWants},
	{"otpauth.txt", FormatOTPAuth, false, otpWants},
	{"bitwarden_plain.json", FormatBitwarden, false, bitwardenWants},
	{"bitwarden_pbkdf2.json", FormatBitwarden, true, bitwardenWants},
	{"bitwarden_argon2id.json", FormatBitwarden, true, bitwardenWants},
	{"keepassxc_10col.csv", FormatKeePassXC, false, keepassWants},
	{"keepassx_6col.csv", FormatKeePassXC, false, []want{keepassWants[0], keepassWants[2], keepassWants[3], keepassWants[4]}},
	{"onepassword8.csv", Format1PasswordCSV, false, []want{
		{vault.KindPassword, "Example", false}, {vault.KindTOTP, "RFC SHA1 (alice@example.com)", false},
		{vault.KindPassword, "Old account", false}, {vault.KindNote, "A note", false}}},
	{"onepassword.1pux", Format1PUX, false, []want{
		{vault.KindPassword, "Example", false}, {vault.KindTOTP, "RFC SHA1 (alice@example.com)", false},
		{vault.KindTOTP, "Example (alice)", false}, {vault.KindPassword, "Archived login", false},
		{vault.KindNote, "Secure note", false}, {vault.KindNote, "Card", false}, {vault.KindNote, "Scan", true}}},
}

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestFixtures parses every fixture and checks each entry's kind, title and
// skip, that imported items pass vault validation and carry their origin,
// and that every RFC key gives the RFC code.
func TestFixtures(t *testing.T) {
	at := time.Unix(59, 0)
	for _, c := range fixtureCases {
		t.Run(c.file, func(t *testing.T) {
			data := readFixture(t, c.file)
			det, err := Detect(c.file, data)
			if err != nil || det.Format != c.format || det.Encrypted != c.encrypted {
				t.Fatalf("Detect = %+v, %v; want %s encrypted=%v", det, err, c.format, c.encrypted)
			}
			pw := ""
			if c.encrypted {
				pw = fixturePassword
			}
			r, err := Parse(c.file, data, Options{Password: pw})
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			var got []want
			rfc := 0
			for _, e := range r.Entries {
				got = append(got, want{e.Item.Kind, e.Item.Title, e.Skipped()})
				if e.Skipped() {
					if e.Item.Secret != "" {
						t.Errorf("skipped entry %q keeps a secret", e.Item.Title)
					}
					continue
				}
				checkImportable(t, e, c.format)
				if e.Item.Kind == vault.KindTOTP && checkRFC(t, e.Item, at) {
					rfc++
				}
			}
			if rfc == 0 && c.want[1].kind == vault.KindTOTP {
				t.Errorf("no RFC key checked")
			}
			if !equalWants(got, c.want) {
				t.Errorf("entries:\n got %v\nwant %v", got, c.want)
			}
		})
	}
}

func equalWants(a, b []want) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// checkImportable: the item would be accepted by the vault and says where it came from.
func checkImportable(t *testing.T, e Entry, f Format) {
	t.Helper()
	if _, err := vault.Validate(e.Item.Kind, e.Item.Secret); err != nil {
		t.Errorf("%q: not valid for the vault: %v", e.Item.Title, err)
	}
	if !contains(e.Item.Tags, importedTag) || !contains(e.Item.Tags, string(f)) {
		t.Errorf("%q: tags %v lack %q and %q", e.Item.Title, e.Item.Tags, importedTag, f)
	}
	if !strings.Contains(e.Item.Notes, "Imported from "+f.Label()) {
		t.Errorf("%q: notes %q do not say where it came from", e.Item.Title, e.Item.Notes)
	}
}

// checkRFC computes the item's code with the vault's TOTP code and compares
// it with the RFC's, for the RFC keys (other TOTP items are ignored).
func checkRFC(t *testing.T, it vault.Item, at time.Time) bool {
	t.Helper()
	k, err := vault.ParseTOTP(it.Secret)
	if err != nil {
		t.Errorf("%q: %v", it.Title, err)
		return false
	}
	want, ok := rfcCodes[k.Issuer]
	if !ok {
		return false
	}
	got, _, err := k.Code(at)
	if err != nil || got != want {
		t.Errorf("%q: code at T=59 = %q, %v; RFC 6238 says %s", it.Title, got, err, want)
	}
	return true
}

// TestFixturesWrongPassword: every encrypted fixture refuses a wrong password
// and asks for one when none is given, with the detection filled in.
func TestFixturesWrongPassword(t *testing.T) {
	for _, c := range fixtureCases {
		if !c.encrypted {
			continue
		}
		t.Run(c.file, func(t *testing.T) {
			data := readFixture(t, c.file)
			r, err := Parse(c.file, data, Options{})
			if !errors.Is(err, ErrPasswordNeeded) || r.Format != c.format {
				t.Errorf("no password: %v (format %s)", err, r.Format)
			}
			_, err = Parse(c.file, data, Options{Password: "wrong"})
			if !errors.Is(err, ErrWrongPassword) {
				t.Errorf("wrong password: %v", err)
			}
		})
	}
}
