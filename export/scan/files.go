package scan

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"os"

	// Decoders for every format ScanFiles accepts.
	_ "image/gif"
	_ "image/jpeg"
	_ "image/png"

	_ "golang.org/x/image/bmp"
	_ "golang.org/x/image/tiff"
	_ "golang.org/x/image/webp"
)

// Limits that keep memory bounded whatever the input.
const (
	maxPixels    = 100_000_000 // per decoded image
	maxFileBytes = 512 << 20   // per input file
)

// FileResult is what ScanFiles found in one image file or one PDF page.
type FileResult struct {
	// Path is the file as given to ScanFiles.
	Path string
	// Page is the 1-based page for PDFs, 0 for image files.
	Page int
	// Codes are the distinct QR texts found (nil if none).
	Codes []string
	// Err explains why the file (or page) could not be read; it wraps one of
	// the package's sentinel errors and does not repeat Path.
	Err error
}

// ScanFiles decodes every file in paths: images (PNG, JPEG, GIF, BMP, TIFF,
// WebP) give one result each, PDFs one per page that holds images. A bad
// file gives one result with Err set; the other files are still processed.
// opts.Progress, if set, is called after each file.
func ScanFiles(paths []string, opts Options) []FileResult {
	perImage := opts
	perImage.Progress = nil
	var out []FileResult
	for i, p := range paths {
		out = append(out, scanFile(p, perImage)...)
		if opts.Progress != nil {
			opts.Progress(i+1, len(paths))
		}
	}
	return out
}

// scanFile reads one file within the size limit and decodes it.
func scanFile(path string, opts Options) []FileResult {
	data, err := readFile(path)
	if err != nil {
		return []FileResult{{Path: path, Err: err}}
	}
	return scanBytes(path, data, opts)
}

// readFile reads path, refusing directories and files over maxFileBytes.
func readFile(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("open: %w", err)
	}
	if st.IsDir() {
		return nil, fmt.Errorf("is a directory: %w", ErrUnsupported)
	}
	if st.Size() > maxFileBytes {
		return nil, fmt.Errorf("file of %d MiB: %w", st.Size()>>20, ErrTooLarge)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	return data, nil
}

// scanBytes decodes the contents of one file named path.
func scanBytes(path string, data []byte, opts Options) []FileResult {
	switch {
	case len(data) == 0:
		return []FileResult{{Path: path, Err: ErrEmpty}}
	case isHEIC(data):
		return []FileResult{{Path: path, Err: ErrHEIC}}
	case isPDF(data):
		return scanPDF(path, data, opts)
	}
	img, err := decodeBytes(data)
	if err != nil {
		return []FileResult{{Path: path, Err: err}}
	}
	return []FileResult{{Path: path, Codes: DecodeImage(img, opts)}}
}

// isHEIC recognises HEIF containers (iPhone photos) by their ftyp brand.
func isHEIC(data []byte) bool {
	if len(data) < 12 || string(data[4:8]) != "ftyp" {
		return false
	}
	switch string(data[8:12]) {
	case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1":
		return true
	}
	return false
}

// isPDF looks for the PDF header near the start, where readers accept it.
func isPDF(data []byte) bool {
	return bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-"))
}

// decodeBytes decodes an image after checking its dimensions, so that a
// small file claiming huge dimensions is refused before any allocation.
func decodeBytes(data []byte) (img image.Image, err error) {
	defer func() {
		if r := recover(); r != nil {
			img, err = nil, fmt.Errorf("decoder crashed (%v): %w", r, ErrCorrupt)
		}
	}()
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if errors.Is(err, image.ErrFormat) {
		return nil, ErrUnsupported
	}
	if err != nil {
		return nil, fmt.Errorf("read image header: %w: %w", ErrCorrupt, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return nil, fmt.Errorf("%s of %dx%d pixels: %w", format, cfg.Width, cfg.Height, ErrCorrupt)
	}
	if int64(cfg.Width)*int64(cfg.Height) > maxPixels {
		return nil, fmt.Errorf("%s of %dx%d pixels: %w", format, cfg.Width, cfg.Height, ErrTooLarge)
	}
	img, _, err = image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w: %w", format, ErrCorrupt, err)
	}
	return img, nil
}
