package scan

import (
	"bufio"
	"errors"
	"fmt"
	"image"
	"image/color"
	"io"
)

// checkDecodeBytes refuses an image whose decoding would allocate more than
// maxDecodeBytes, judged from its header before any pixel is decoded: pixels × the
// bytes per pixel of the image the decoder builds (8 for 16-bit RGBA), plus, for a
// progressive JPEG, the coefficients it keeps for the whole image (4 bytes a sample).
func checkDecodeBytes(r io.Reader, cfg image.Config, format string) error {
	per := bytesPerPixel(cfg.ColorModel)
	if format == "jpeg" {
		if f, err := readJPEGFrame(bufio.NewReader(r)); err == nil {
			per = f.samplesPerPixel // one byte a sample in the decoded image
			if f.progressive {
				per *= 1 + 4
			}
			if cfg.ColorModel != color.YCbCrModel && cfg.ColorModel != color.GrayModel {
				per += bytesPerPixel(cfg.ColorModel) // converted to RGBA or CMYK after decoding
			}
		}
	}
	need := int64(float64(cfg.Width) * float64(cfg.Height) * per)
	if need > maxDecodeBytes {
		return fmt.Errorf("%s of %dx%d pixels would need %d MiB to decode, over %d MiB (save it at a lower resolution): %w",
			format, cfg.Width, cfg.Height, need>>20, maxDecodeBytes>>20, ErrTooLarge)
	}
	return nil
}

// bytesPerPixel is the bytes per pixel of the image a decoder makes for m. Unknown
// models count as the largest, 16-bit RGBA.
func bytesPerPixel(m color.Model) float64 {
	switch m {
	case color.GrayModel:
		return 1
	case color.Gray16Model:
		return 2
	case color.RGBAModel, color.NRGBAModel, color.CMYKModel:
		return 4
	case color.YCbCrModel:
		return 3
	case color.RGBA64Model, color.NRGBA64Model:
		return 8
	}
	if _, ok := m.(color.Palette); ok {
		return 1
	}
	return 8
}

// jpegFrame is what the frame header (SOFn) of a JPEG says about memory.
type jpegFrame struct {
	progressive     bool
	samplesPerPixel float64 // 1 grey, 1.5 for 4:2:0 colour, 3 for 4:4:4, 4 CMYK
}

var errNoFrame = errors.New("jpeg: no frame header")

// readJPEGFrame walks the marker segments of a JPEG up to its frame header.
func readJPEGFrame(r *bufio.Reader) (jpegFrame, error) {
	var soi [2]byte
	if _, err := io.ReadFull(r, soi[:]); err != nil || soi != [2]byte{0xff, 0xd8} {
		return jpegFrame{}, errNoFrame
	}
	for range 256 { // segments before the frame header
		marker, length, err := jpegSegment(r)
		if err != nil {
			return jpegFrame{}, err
		}
		if marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc {
			return parseJPEGFrame(r, marker, length)
		}
		if _, err := r.Discard(length); err != nil {
			return jpegFrame{}, err
		}
	}
	return jpegFrame{}, errNoFrame
}

// parseJPEGFrame reads a SOFn payload: precision, height, width, then per component
// an ID, its sampling factors (H<<4 | V) and a table number.
func parseJPEGFrame(r *bufio.Reader, marker byte, length int) (jpegFrame, error) {
	b := make([]byte, length)
	if _, err := io.ReadFull(r, b); err != nil || length < 6 || length < 6+3*int(b[5]) || b[5] == 0 {
		return jpegFrame{}, errNoFrame
	}
	comps := b[6 : 6+3*int(b[5])]
	hMax, vMax, blocks := 1, 1, 0
	for i := 0; i < len(comps); i += 3 {
		h, v := int(comps[i+1]>>4), int(comps[i+1]&15)
		hMax, vMax, blocks = max(hMax, h), max(vMax, v), blocks+h*v
	}
	return jpegFrame{progressive: marker == 0xc2, samplesPerPixel: float64(blocks) / float64(hMax*vMax)}, nil
}

// jpegSegment reads a marker and the length of its segment's payload.
func jpegSegment(r *bufio.Reader) (marker byte, length int, err error) {
	var b [4]byte
	if _, err := io.ReadFull(r, b[:2]); err != nil {
		return 0, 0, err
	}
	for b[1] == 0xff { // fill bytes
		if b[1], err = r.ReadByte(); err != nil {
			return 0, 0, err
		}
	}
	if b[0] != 0xff {
		return 0, 0, errNoFrame
	}
	if _, err := io.ReadFull(r, b[2:]); err != nil {
		return 0, 0, err
	}
	n := int(b[2])<<8 | int(b[3])
	if n < 2 {
		return 0, 0, errNoFrame
	}
	return b[1], n - 2, nil
}
