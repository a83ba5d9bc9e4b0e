package importer

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"
)

// MaxSize is the largest export Parse reads; real exports are far smaller.
const MaxSize = 32 << 20

// Detect names the format of an export from its bytes and file name, and
// says whether it is encrypted. It reads nothing secret and needs no password.
func Detect(name string, data []byte) (Detection, error) {
	if len(data) > MaxSize {
		return Detection{}, fmt.Errorf("%d MB (the limit is %d MB): %w", len(data)>>20, MaxSize>>20, ErrTooLarge)
	}
	text := trimBOM(data)
	if len(bytes.TrimSpace(text)) == 0 {
		return Detection{}, fmt.Errorf("the file is empty: %w", ErrEmpty)
	}
	switch {
	case isZip(data):
		return detectZip(data)
	case isImage(data):
		return Detection{Format: FormatQRImage}, nil
	case startsJSON(text):
		return detectJSON(text)
	case utf8.Valid(text):
		return detectText(text)
	case looksAndOTP(name, data):
		return Detection{Format: FormatAndOTP, Encrypted: true}, nil
	}
	return Detection{}, fmt.Errorf("binary file of an unknown kind (an andOTP encrypted backup? choose the andotp format): %w", ErrUnknownFormat)
}

func trimBOM(b []byte) []byte { return bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")) }

func isZip(b []byte) bool { return bytes.HasPrefix(b, []byte("PK\x03\x04")) }

// isImage recognises the image formats export/scan decodes.
func isImage(b []byte) bool {
	for _, magic := range []string{"\x89PNG\r\n\x1a\n", "\xff\xd8\xff", "GIF87a", "GIF89a", "BM", "II*\x00", "MM\x00*"} {
		if bytes.HasPrefix(b, []byte(magic)) {
			return true
		}
	}
	return len(b) >= 12 && (string(b[:4]) == "RIFF" && string(b[8:12]) == "WEBP" || isHEIC(b))
}

// isHEIC recognises HEIF containers (iPhone photos), which Coffer cannot decode.
func isHEIC(b []byte) bool {
	if len(b) < 12 || string(b[4:8]) != "ftyp" {
		return false
	}
	switch string(b[8:12]) {
	case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1":
		return true
	}
	return false
}

func startsJSON(b []byte) bool {
	t := bytes.TrimSpace(b)
	return len(t) > 0 && (t[0] == '{' || t[0] == '[')
}

// looksAndOTP: andOTP's encrypted backups have no magic bytes, only their name
// (otp_accounts_….json.aes) says what they are.
func looksAndOTP(name string, data []byte) bool {
	n := strings.ToLower(name)
	return len(data) >= 12+16 && (strings.HasSuffix(n, ".aes") || strings.Contains(n, "andotp"))
}

func detectZip(data []byte) (Detection, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return Detection{}, fmt.Errorf("zip archive: %w", ErrMalformed)
	}
	for _, f := range zr.File {
		if f.Name == "export.data" {
			return Detection{Format: Format1PUX}, nil
		}
	}
	return Detection{}, fmt.Errorf("zip archive without a 1Password export.data: %w", ErrUnknownFormat)
}

// jsonProbe holds the top-level keys that tell the JSON exports apart.
type jsonProbe struct {
	Header            *json.RawMessage `json:"header"`
	DB                json.RawMessage  `json:"db"`
	Services          *json.RawMessage `json:"services"`
	SchemaVersion     *int             `json:"schemaVersion"`
	ServicesEncrypted string           `json:"servicesEncrypted"`
	Items             *json.RawMessage `json:"items"`
	Encrypted         *bool            `json:"encrypted"`
	PasswordProtected bool             `json:"passwordProtected"`
}

func detectJSON(text []byte) (Detection, error) {
	if bytes.TrimSpace(text)[0] == '[' {
		var probe []map[string]json.RawMessage
		if json.Unmarshal(text, &probe) != nil {
			return Detection{}, fmt.Errorf("JSON list that is not an andOTP backup: %w", ErrUnknownFormat)
		}
		if len(probe) == 0 {
			return Detection{}, fmt.Errorf("empty JSON list: %w", ErrEmpty)
		}
		if _, ok := probe[0]["secret"]; ok {
			return Detection{Format: FormatAndOTP}, nil
		}
		return Detection{}, fmt.Errorf("JSON list that is not an andOTP backup: %w", ErrUnknownFormat)
	}
	var p jsonProbe
	if err := json.Unmarshal(text, &p); err != nil {
		return Detection{}, fmt.Errorf("JSON that does not parse (cut short?): %w", ErrMalformed)
	}
	switch {
	case p.Header != nil && len(p.DB) > 0:
		return Detection{Format: FormatAegis, Encrypted: bytes.HasPrefix(bytes.TrimSpace(p.DB), []byte(`"`))}, nil
	case p.Services != nil && p.SchemaVersion != nil:
		return Detection{Format: FormatTwoFAS, Encrypted: p.ServicesEncrypted != ""}, nil
	case p.Encrypted != nil && *p.Encrypted && !p.PasswordProtected:
		return Detection{}, fmt.Errorf("bitwarden: this export is locked to your Bitwarden account key; export again choosing \"password protected\": %w", ErrUnsupported)
	case p.Items != nil || p.Encrypted != nil:
		return Detection{Format: FormatBitwarden, Encrypted: p.Encrypted != nil && *p.Encrypted}, nil
	}
	return Detection{}, fmt.Errorf("JSON of an unknown kind: %w", ErrUnknownFormat)
}

func detectText(text []byte) (Detection, error) {
	lower := strings.ToLower(string(text))
	if strings.Contains(lower, "otpauth-migration://") {
		return Detection{Format: FormatGoogle}, nil
	}
	r := csv.NewReader(bytes.NewReader(text))
	r.FieldsPerRecord = -1
	if header, err := r.Read(); err == nil {
		switch {
		case isKeePassHeader(header):
			return Detection{Format: FormatKeePassXC}, nil
		case is1PasswordHeader(header):
			return Detection{Format: Format1PasswordCSV}, nil
		}
	}
	if strings.Contains(lower, "otpauth://") {
		return Detection{Format: FormatOTPAuth}, nil
	}
	return Detection{}, fmt.Errorf("text of an unknown kind (no otpauth links, not a known CSV layout): %w", ErrUnknownFormat)
}
