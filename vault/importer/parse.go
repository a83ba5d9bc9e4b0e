package importer

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"coffer/export/scan"
)

// Options tune Parse.
type Options struct {
	// Format forces a format instead of detecting it (empty: detect).
	Format Format
	// Password decrypts an encrypted export.
	Password string
	// Scan tunes the QR decoder for images.
	Scan scan.Options
}

// parser reads one format's bytes into entries; password is "" for plain exports.
type parser func(data []byte, password string) ([]Entry, error)

var parsers = map[Format]parser{
	FormatAegis:        parseAegis,
	FormatTwoFAS:       parseTwoFAS,
	FormatAndOTP:       parseAndOTP,
	FormatOTPAuth:      parseURIList,
	FormatBitwarden:    parseBitwarden,
	FormatKeePassXC:    parseKeePassXC,
	Format1PUX:         parse1PUX,
	Format1PasswordCSV: parse1PasswordCSV,
}

// Parse reads an export: it detects the format (unless opts.Format is set),
// decrypts it with opts.Password when it is encrypted, and returns every entry,
// stamped with a note and tags saying where it came from. An encrypted export
// without a password gives ErrPasswordNeeded together with the Detection, so a
// caller can ask for it and call again. Nothing is written anywhere.
func Parse(name string, data []byte, opts Options) (Result, error) {
	det, err := detectOrForce(name, data, opts.Format)
	if err != nil {
		return Result{}, err
	}
	r := Result{Detection: det, Name: filepath.Base(name)}
	if name == "" {
		r.Name = ""
	}
	if det.Encrypted && opts.Password == "" {
		return r, ErrPasswordNeeded
	}
	switch det.Format {
	case FormatGoogle:
		r.Entries, r.batches, err = parseMigrationText(data)
	case FormatQRImage:
		r.Entries, r.batches, err = parseImage(data, opts.Scan)
	default:
		r.Entries, err = parsers[det.Format](trimBOM(data), passwordIf(det, opts.Password))
	}
	if err != nil {
		return r, err
	}
	return finish(r)
}

// detectOrForce detects the format, or trusts the caller's choice.
func detectOrForce(name string, data []byte, forced Format) (Detection, error) {
	if forced == "" {
		return Detect(name, data)
	}
	if _, err := ParseFormat(string(forced)); err != nil {
		return Detection{}, err
	}
	det, err := Detect(name, data)
	switch {
	case errors.Is(err, ErrTooLarge) || errors.Is(err, ErrEmpty) || errors.Is(err, ErrMalformed):
		return Detection{}, err
	case err == nil && (det.Format == forced || linkFormats[det.Format] && linkFormats[forced]):
		return det, nil // screenshots and link lists hold either kind of link
	case forced == FormatAndOTP && !startsJSON(trimBOM(data)):
		return Detection{Format: FormatAndOTP, Encrypted: true}, nil
	}
	return Detection{}, fmt.Errorf("the file is not in the %s format: %w", forced.Label(), ErrUnknownFormat)
}

// linkFormats hold Google transfer links and otpauth:// links alike.
var linkFormats = map[Format]bool{FormatGoogle: true, FormatOTPAuth: true, FormatQRImage: true}

func passwordIf(det Detection, password string) string {
	if det.Encrypted {
		return password
	}
	return ""
}

// finish stamps the entries with their origin and checks there are some.
func finish(r Result) (Result, error) {
	if len(r.Entries) == 0 {
		return r, fmt.Errorf("%s: %w", r.Detection, ErrEmpty)
	}
	src := source{format: r.Format, name: r.Name}
	if r.Format == FormatQRImage && len(r.batches) > 0 {
		src.format = FormatGoogle // screenshots of Google Authenticator's transfer
	}
	for i, e := range r.Entries {
		if !e.Skipped() {
			r.Entries[i].Item = src.stamp(e.Item)
		}
	}
	r.Warnings = append(r.Warnings, batchWarnings(r.batches)...)
	return r, nil
}

// ReadFile reads at most MaxSize bytes of path, for Parse.
func ReadFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxSize {
		return nil, fmt.Errorf("more than %d MB: %w", MaxSize>>20, ErrTooLarge)
	}
	return data, nil
}

// ParseFile is ReadFile then Parse.
func ParseFile(path string, opts Options) (Result, error) {
	data, err := ReadFile(path)
	if err != nil {
		return Result{}, fmt.Errorf("read export: %w", err)
	}
	return Parse(path, data, opts)
}

// Join puts the results of several files together (several screenshots of
// one Google Authenticator transfer), and warns about QR codes of a batch
// that none of them holds.
func Join(results ...Result) Result {
	var out Result
	for i, r := range results {
		if i == 0 {
			out.Detection, out.Name = r.Detection, r.Name
		} else if r.Detection != out.Detection {
			out.Name = ""
		}
		out.Entries = append(out.Entries, r.Entries...)
		out.batches = append(out.batches, r.batches...)
	}
	out.Warnings = batchWarnings(out.batches)
	for _, r := range results {
		for _, w := range r.Warnings {
			if !contains(out.Warnings, w) && !isBatchWarning(w) {
				out.Warnings = append(out.Warnings, w)
			}
		}
	}
	return out
}
