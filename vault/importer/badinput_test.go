package importer

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUnknownInput: files that are no export give ErrUnknownFormat (or
// ErrEmpty / ErrMalformed for the ones named) and never a result.
func TestUnknownInput(t *testing.T) {
	cases := []struct {
		name string
		data string
		want error
	}{
		{"notes.txt", "hello world\nnothing to see\n", ErrUnknownFormat},
		{"data.json", `{"foo": 1}`, ErrUnknownFormat},
		{"list.json", `[1, 2]`, ErrUnknownFormat},
		{"other.csv", "Name,Email\nalice,a@example.com\n", ErrUnknownFormat},
		{"blob.bin", "\x00\x01\x02\x03\xff\xfe binary", ErrUnknownFormat},
		{"archive.zip", zipWith(t, "readme.txt", "hi"), ErrUnknownFormat},
		{"empty.json", "", ErrEmpty},
		{"blank.txt", " \n\t\n", ErrEmpty},
		{"empty-list.json", "[]", ErrEmpty},
		{"aegis-empty.json", `{"version":1,"header":{"slots":null,"params":null},"db":{"version":2,"entries":[]}}`, ErrEmpty},
		{"bitwarden-empty.json", `{"encrypted":false,"folders":[],"items":[]}`, ErrEmpty},
		{"cut.json", `{"version":1,"header":{"slots":null,"params":null},"db":{"version":2,"entr`, ErrMalformed},
		{"account.json", `{"encrypted":true,"encKeyValidation_DO_NOT_EDIT":"2.x|y|z","data":"2.x|y|z"}`, ErrUnsupported},
		{"migration.txt", "otpauth-migration://offline?data=%%%", ErrMalformed},
		{"migration2.txt", "otpauth-migration://offline?data=////", ErrMalformed},
		{"photo.heic", "\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", ErrUnsupported},
		{"broken.png", "\x89PNG\r\n\x1a\n\x00\x00", ErrMalformed},
		{"migration3.txt", "otpauth-migration://elsewhere?data=CgA=", ErrMalformed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := Parse(c.name, []byte(c.data), Options{Password: "pw"})
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v; want %v", err, c.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
			if len(r.Entries) != 0 && !errors.Is(err, ErrEmpty) {
				t.Errorf("entries returned with an error")
			}
		})
	}
}

func zipWith(t *testing.T, name, body string) string {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(body))
	zw.Close()
	return buf.String()
}

// TestTooLarge: a 100 MB file is refused before it is read into memory,
// and Parse refuses more than MaxSize bytes.
func TestTooLarge(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.json")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if _, err := ParseFile(path, Options{}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("ParseFile(100 MB) = %v; want ErrTooLarge", err)
	}
	big := bytes.Repeat([]byte("a"), MaxSize+1)
	if _, err := Parse("big.txt", big, Options{}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Parse(MaxSize+1) = %v; want ErrTooLarge", err)
	}
}

// TestTruncatedAndTampered: every encrypted fixture cut short or with one
// byte of its ciphertext changed is refused with ErrWrongPassword or
// ErrMalformed, without a panic and without entries.
func TestTruncatedAndTampered(t *testing.T) {
	for _, c := range fixtureCases {
		if !c.encrypted {
			continue
		}
		data := readFixture(t, c.file)
		variants := map[string][]byte{
			"cut at half":  data[:len(data)/2],
			"cut near end": data[:len(data)-3],
			"tampered":     tamper(data),
		}
		for name, v := range variants {
			t.Run(c.file+"/"+name, func(t *testing.T) {
				r, err := Parse(c.file, v, Options{Format: c.format, Password: fixturePassword})
				if err == nil {
					t.Fatalf("accepted: %s", r.Describe())
				}
				if !errors.Is(err, ErrWrongPassword) && !errors.Is(err, ErrMalformed) {
					t.Errorf("err = %v; want ErrWrongPassword or ErrMalformed", err)
				}
				if name == "tampered" && !errors.Is(err, ErrWrongPassword) {
					t.Errorf("tampered: err = %v; want ErrWrongPassword", err)
				}
			})
		}
	}
}

// tamper changes one character in the middle of the longest base64 run (the
// ciphertext of JSON exports) or one byte in the middle of a binary file.
func tamper(data []byte) []byte {
	out := append([]byte(nil), data...)
	if !startsJSON(data) {
		out[len(out)*2/3] ^= 0x01
		return out
	}
	bestStart, bestLen, start := 0, 0, -1
	for i := 0; i <= len(out); i++ {
		isB64 := i < len(out) && (out[i] >= 'A' && out[i] <= 'Z' || out[i] >= 'a' && out[i] <= 'z' || out[i] >= '0' && out[i] <= '9' || out[i] == '+' || out[i] == '/')
		switch {
		case isB64 && start < 0:
			start = i
		case !isB64 && start >= 0:
			if i-start > bestLen {
				bestStart, bestLen = start, i-start
			}
			start = -1
		}
	}
	i := bestStart + bestLen/2
	if out[i] == 'A' {
		out[i] = 'B'
	} else {
		out[i] = 'A'
	}
	return out
}

// TestKDFBomb: an export asking for absurd key-derivation costs is refused
// at once instead of allocating gigabytes.
func TestKDFBomb(t *testing.T) {
	data := readFixture(t, "aegis_encrypted.json")
	bomb := bytes.Replace(data, []byte(`"n": 1024`), []byte(`"n": 1073741824`), 1)
	if bytes.Equal(bomb, data) {
		t.Fatal("fixture layout changed")
	}
	if _, err := Parse("a.json", bomb, Options{Password: fixturePassword}); !errors.Is(err, ErrUnsupported) {
		t.Errorf("scrypt N=2^30: %v; want ErrUnsupported", err)
	}
	bw := readFixture(t, "bitwarden_argon2id.json")
	bomb = bytes.Replace(bw, []byte(`"kdfMemory": 16`), []byte(`"kdfMemory": 1048576`), 1)
	if _, err := Parse("b.json", bomb, Options{Password: fixturePassword}); !errors.Is(err, ErrUnsupported) {
		t.Errorf("argon2 1 TiB: %v; want ErrUnsupported", err)
	}
}

// TestSecretsNotInMessages: errors and skip reasons never quote a secret.
func TestSecretsNotInMessages(t *testing.T) {
	const secret = "JBSWY3DPEHPK3PX1" // '1' is not base32
	list := "otpauth://totp/X:y?secret=" + secret + "\notpauth://hotp/X:y?secret=" + secret + "&counter=1\n"
	r, err := Parse("list.txt", []byte(list), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range r.Entries {
		if !e.Skipped() || strings.Contains(e.Skip, secret) || strings.Contains(e.Skip, "JBSWY") {
			t.Errorf("entry %q: skip %q", e.Item.Title, e.Skip)
		}
	}
	_, err = Parse("bad.txt", []byte("otpauth://totp/X:y?secret="+secret+"&digits=x"), Options{})
	if err == nil || strings.Contains(err.Error(), "JBSWY") {
		t.Errorf("err = %v", err)
	}
}

// TestForcedFormat: --format makes a binary file of any name an andOTP
// backup, and refuses a file of another format.
func TestForcedFormat(t *testing.T) {
	data := readFixture(t, "andotp_encrypted.json.aes")
	if _, err := Detect("backup.bin", data); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("unnamed andOTP backup detected: %v", err)
	}
	r, err := Parse("backup.bin", data, Options{Format: FormatAndOTP, Password: fixturePassword})
	if err != nil || r.Importable() != 3 {
		t.Errorf("forced andotp: %v, %d importable", err, r.Importable())
	}
	if _, err := Parse("a.json", readFixture(t, "aegis_plain.json"), Options{Format: FormatBitwarden}); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("aegis forced as bitwarden: %v", err)
	}
	if _, err := ParseFormat("lastpass"); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("ParseFormat(lastpass) = %v", err)
	}
}
