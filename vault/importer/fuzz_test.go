package importer

import (
	"net/url"
	"strings"
	"testing"

	"coffer/vault"
)

// fuzzParse runs Parse on fuzzed bytes as format f and checks that it never
// panics and that whatever it returns is safe to import: every importable
// entry passes vault validation and has a title; skipped ones hold no secret.
func fuzzParse(f *testing.F, format Format, seeds ...string) {
	for _, s := range seeds {
		f.Add(readFixture(f, s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Parse("fuzz", data, Options{Format: format, Password: fixturePassword})
		if err != nil {
			return
		}
		for _, e := range r.Entries {
			if e.Skipped() {
				if e.Item.Secret != "" {
					t.Fatalf("skipped entry keeps a secret")
				}
				continue
			}
			if _, err := vault.Validate(e.Item.Kind, e.Item.Secret); err != nil {
				t.Fatalf("entry %q not valid: %v", e.Item.Title, err)
			}
			if e.Item.Title == "" {
				t.Fatalf("entry without a title")
			}
			if e.Item.Kind == vault.KindTOTP {
				k, _ := vault.ParseTOTP(e.Item.Secret)
				if _, _, err := k.Code(now); err != nil {
					t.Fatalf("TOTP %q gives no code: %v", e.Item.Title, err)
				}
			}
		}
	})
}

func FuzzDetect(f *testing.F) {
	for _, c := range fixtureCases {
		f.Add(c.file, readFixture(f, c.file))
	}
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		det, err := Detect(name, data)
		if err == nil && det.Format == "" {
			t.Fatal("detected without a format")
		}
	})
}

func FuzzAegis(f *testing.F) {
	fuzzParse(f, FormatAegis, "aegis_plain.json", "aegis_encrypted.json")
}

func FuzzGoogle(f *testing.F) { fuzzParse(f, FormatGoogle, "google_migration.txt") }

func FuzzTwoFAS(f *testing.F) { fuzzParse(f, FormatTwoFAS, "2fas_plain.2fas", "2fas_encrypted.2fas") }

func FuzzAndOTP(f *testing.F) {
	fuzzParse(f, FormatAndOTP, "andotp_plain.json", "andotp_encrypted.json.aes", "andotp_old.json.aes")
}

func FuzzURIList(f *testing.F) { fuzzParse(f, FormatOTPAuth, "otpauth.txt") }

func FuzzBitwarden(f *testing.F) {
	fuzzParse(f, FormatBitwarden, "bitwarden_plain.json", "bitwarden_pbkdf2.json")
}

func FuzzKeePassXC(f *testing.F) {
	fuzzParse(f, FormatKeePassXC, "keepassxc_10col.csv", "keepassx_6col.csv")
}

func Fuzz1PUX(f *testing.F) { fuzzParse(f, Format1PUX, "onepassword.1pux") }

func Fuzz1PasswordCSV(f *testing.F) { fuzzParse(f, Format1PasswordCSV, "onepassword8.csv") }

// FuzzMigrationPayload fuzzes the protobuf decoder of transfer links directly.
func FuzzMigrationPayload(f *testing.F) {
	for _, l := range strings.Split(string(readFixture(f, "google_migration.txt")), "\n") {
		if u, err := url.Parse(l); err == nil && u.Scheme == "otpauth-migration" {
			raw, err := decodeBase64(u.Query().Get("data"))
			if err != nil {
				f.Fatal(err)
			}
			f.Add(raw)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		entries, _, err := decodeMigration(b)
		if err != nil {
			return
		}
		for _, e := range entries {
			if !e.Skipped() && !computable(e.Item.Secret) {
				t.Fatalf("entry %q not computable", e.Item.Title)
			}
		}
	})
}
