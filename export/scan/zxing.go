package scan

import (
	"image"

	"github.com/makiuchi-d/gozxing"
	multiqr "github.com/makiuchi-d/gozxing/multi/qrcode"
	"github.com/makiuchi-d/gozxing/qrcode"
)

// hit is one decoded code: its text and its centre in the coordinates of the
// image that was passed to the reader.
type hit struct {
	text   string
	centre image.Point
}

// binarizer selects gozxing's binarization for a read.
type binarizer int

const (
	hybrid binarizer = iota // local blocks: good for uneven light
	global                  // one histogram threshold: good for blur
)

var hints = map[gozxing.DecodeHintType]interface{}{
	gozxing.DecodeHintType_TRY_HARDER:       true,
	gozxing.DecodeHintType_POSSIBLE_FORMATS: []gozxing.BarcodeFormat{gozxing.BarcodeFormat_QR_CODE},
}

// bitmap wraps g for gozxing with the chosen binarizer.
func bitmap(g *image.Gray, b binarizer) (*gozxing.BinaryBitmap, error) {
	src, err := gozxing.NewPlanarYUVLuminanceSource(g.Pix, g.Stride, g.Rect.Dy(), 0, 0, g.Rect.Dx(), g.Rect.Dy(), false)
	if err != nil {
		return nil, err
	}
	if b == global {
		return gozxing.NewBinaryBitmap(gozxing.NewGlobalHistgramBinarizer(src))
	}
	return gozxing.NewBinaryBitmap(gozxing.NewHybridBinarizer(src))
}

// readMulti finds all codes gozxing's multi reader can see in g.
// Panics inside gozxing are turned into "no result".
func readMulti(g *image.Gray, b binarizer) (hits []hit) {
	defer func() {
		if recover() != nil {
			hits = nil
		}
	}()
	bmp, err := bitmap(g, b)
	if err != nil {
		return nil
	}
	res, _ := multiqr.NewQRCodeMultiReader().DecodeMultiple(bmp, hints)
	for _, r := range res {
		hits = append(hits, toHit(r))
	}
	return hits
}

// readOne decodes the single most prominent code in g, if any.
func readOne(g *image.Gray, b binarizer) (hits []hit) {
	defer func() {
		if recover() != nil {
			hits = nil
		}
	}()
	bmp, err := bitmap(g, b)
	if err != nil {
		return nil
	}
	r, err := qrcode.NewQRCodeReader().Decode(bmp, hints)
	if err != nil {
		return nil
	}
	return []hit{toHit(r)}
}

// toHit keeps the text and the centre of the code: the midpoint of the
// bottom-left and top-right finder patterns (gozxing's points 0 and 2).
func toHit(r *gozxing.Result) hit {
	h := hit{text: r.GetText()}
	if pts := r.GetResultPoints(); len(pts) >= 3 {
		h.centre = image.Pt(int((pts[0].GetX()+pts[2].GetX())/2), int((pts[0].GetY()+pts[2].GetY())/2))
	}
	return h
}
