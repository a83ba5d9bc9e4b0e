package importer

import (
	"bytes"
	"fmt"
	"image"
	"strings"

	"coffer/export/scan"
)

// maxImagePixels bounds the decoded size of a screenshot or photo.
const maxImagePixels = 100_000_000

// parseImage reads the QR codes of a screenshot or photo (PNG, JPEG, GIF,
// BMP, TIFF, WebP, decoded by export/scan) and imports the Google
// Authenticator transfer links and otpauth:// links they hold.
func parseImage(data []byte, opts scan.Options) ([]Entry, []batch, error) {
	if isHEIC(data) {
		return nil, nil, fmt.Errorf("HEIC photos are not read here: export the photo as JPEG "+
			"(on iPhone: Settings → Camera → Formats → Most Compatible, or share the photo as JPEG): %w", ErrUnsupported)
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, nil, fmt.Errorf("image does not decode: %w", ErrMalformed)
	}
	if int64(cfg.Width)*int64(cfg.Height) > maxImagePixels {
		return nil, nil, fmt.Errorf("image of %d×%d pixels: %w", cfg.Width, cfg.Height, ErrTooLarge)
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, nil, fmt.Errorf("image does not decode: %w", ErrMalformed)
	}
	texts := scan.DecodeImage(img, opts)
	if len(texts) == 0 {
		return nil, nil, fmt.Errorf("no QR code found in the image: %w", ErrUnknownFormat)
	}
	return parseQRTexts(texts)
}

// parseQRTexts imports the texts of QR codes; texts that are neither kind of
// link are ignored, but at least one must be.
func parseQRTexts(texts []string) ([]Entry, []batch, error) {
	var entries []Entry
	var batches []batch
	for _, t := range texts {
		lower := strings.ToLower(strings.TrimSpace(t))
		switch {
		case strings.HasPrefix(lower, migrationPrefix):
			es, b, err := parseMigrationURI(t)
			if err != nil {
				return nil, nil, err
			}
			entries, batches = append(entries, es...), append(batches, b)
		case strings.HasPrefix(lower, "otpauth://"):
			o, err := parseOTPAuth(t)
			if err != nil {
				return nil, nil, err
			}
			entries = append(entries, o.entry())
		}
	}
	if len(entries) == 0 && len(batches) == 0 {
		return nil, nil, fmt.Errorf("the image's QR codes hold no Google Authenticator transfer link or otpauth:// link: %w", ErrUnknownFormat)
	}
	return entries, batches, nil
}
