package scan

import (
	"bytes"
	"fmt"
	"image"

	"github.com/gen2brain/heic"
)

// HEIC/HEIF photos (iPhones save them by default) are decoded by
// github.com/gen2brain/heic: libheif and libde265 compiled to WebAssembly and
// run by wazero, so no cgo. The WebAssembly module holds the file, the
// decoded picture and the HEVC decoder's reference frames; the image it
// returns is copied out of that memory, which is freed when the call ends.

// Limits of HEIC files, within the budgets of other images.
const (
	// maxHEICBytes is the largest HEIC file read (whole: the decoder wants it
	// in memory); a 48-megapixel iPhone photo is about 15 MiB.
	maxHEICBytes = 100 << 20
	// heicBytesPerPixel is what decoding one pixel costs at most: the 4:2:0
	// planes inside the WebAssembly memory, their copy in Go, and the decoder's
	// reference frame.
	heicBytesPerPixel = 6
)

// decodeHEIC decodes an HEIC photo to its grey work image, after checking
// from its header that it fits the pixel and memory budgets.
func decodeHEIC(data []byte) (g *image.Gray, err error) {
	defer func() {
		if r := recover(); r != nil {
			g, err = nil, fmt.Errorf("HEIC decoder crashed (%v): %w", r, ErrCorrupt)
		}
	}()
	cfg, err := heic.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("read HEIC header: %w: %w", ErrCorrupt, err)
	}
	if err := checkHEIC(cfg, len(data)); err != nil {
		return nil, err
	}
	img, err := heic.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("decode HEIC: %w: %w", ErrCorrupt, err)
	}
	return workGray(img), nil
}

// checkHEIC applies the limits of other images to an HEIC photo of size
// bytes whose header says cfg.
func checkHEIC(cfg image.Config, size int) error {
	px := int64(cfg.Width) * int64(cfg.Height)
	switch {
	case cfg.Width <= 0 || cfg.Height <= 0:
		return fmt.Errorf("HEIC of %dx%d pixels: %w", cfg.Width, cfg.Height, ErrCorrupt)
	case size > maxHEICBytes:
		return fmt.Errorf("HEIC file of %d MiB, over %d MiB: %w", size>>20, maxHEICBytes>>20, ErrTooLarge)
	case px > maxPixels:
		return fmt.Errorf("HEIC of %dx%d pixels: %w", cfg.Width, cfg.Height, ErrTooLarge)
	case px*heicBytesPerPixel > maxDecodeBytes:
		return fmt.Errorf("HEIC of %dx%d pixels would need %d MiB to decode, over %d MiB (save it at a lower resolution): %w",
			cfg.Width, cfg.Height, px*heicBytesPerPixel>>20, maxDecodeBytes>>20, ErrTooLarge)
	}
	return nil
}
