package importer

import (
	"fmt"
	"strings"
)

// Format names an export format. The values are used on the command line
// (--format) and as a tag on imported items, so they never change.
type Format string

// The formats Parse reads.
const (
	FormatAegis        Format = "aegis"
	FormatGoogle       Format = "google"
	FormatTwoFAS       Format = "2fas"
	FormatAndOTP       Format = "andotp"
	FormatOTPAuth      Format = "otpauth"
	FormatBitwarden    Format = "bitwarden"
	FormatKeePassXC    Format = "keepassxc"
	Format1PUX         Format = "1pux"
	Format1PasswordCSV Format = "1password-csv"
	// FormatQRImage is a screenshot or photo of QR codes holding Google
	// Authenticator migration links or otpauth:// links.
	FormatQRImage Format = "qr-image"
)

// Formats lists every format, in the order a user sees them.
var Formats = []Format{FormatAegis, FormatGoogle, FormatTwoFAS, FormatAndOTP, FormatOTPAuth,
	FormatBitwarden, FormatKeePassXC, Format1PUX, Format1PasswordCSV, FormatQRImage}

var formatLabels = map[Format]string{
	FormatAegis:        "Aegis",
	FormatGoogle:       "Google Authenticator",
	FormatTwoFAS:       "2FAS",
	FormatAndOTP:       "andOTP",
	FormatOTPAuth:      "otpauth:// link list",
	FormatBitwarden:    "Bitwarden",
	FormatKeePassXC:    "KeePassXC CSV",
	Format1PUX:         "1Password 1PUX",
	Format1PasswordCSV: "1Password CSV",
	FormatQRImage:      "QR code image",
}

// Label is the format's name in plain words.
func (f Format) Label() string {
	if l, ok := formatLabels[f]; ok {
		return l
	}
	return string(f)
}

// ParseFormat turns a --format value into a Format.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if strings.EqualFold(s, string(f)) {
			return f, nil
		}
	}
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return "", fmt.Errorf("unknown import format %q: use one of %s: %w", truncate(s, 30), strings.Join(names, ", "), ErrUnknownFormat)
}

// Detection is what Detect learnt about an export before reading its entries.
type Detection struct {
	Format Format
	// Encrypted exports need a password before Parse can read their entries.
	Encrypted bool
}

// NeedsPassword reports whether Parse needs the export's password.
func (d Detection) NeedsPassword() bool { return d.Encrypted }

// String names the export: "Aegis encrypted export", "Google Authenticator export".
func (d Detection) String() string {
	switch d.Format {
	case FormatOTPAuth, FormatQRImage:
		return d.Format.Label()
	}
	if d.Encrypted {
		return d.Format.Label() + " encrypted export"
	}
	return d.Format.Label() + " export"
}
