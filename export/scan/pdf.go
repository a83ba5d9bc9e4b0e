package scan

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// disableConfigDir stops pdfcpu from creating a configuration directory in
// the user's profile on first use.
var disableConfigDir = sync.OnceFunc(api.DisableConfigDir)

// scanPDF decodes the page images of a scanner PDF, one result per page
// that has images. A PDF with no images at all (a vector sheet) gives
// ErrNoImages.
func scanPDF(path string, data []byte, opts Options) []FileResult {
	ctx, err := readPDF(data)
	if err != nil {
		return []FileResult{{Path: path, Err: err}}
	}
	var out []FileResult
	for page := 1; page <= ctx.PageCount; page++ {
		imgs, err := pageImages(ctx, page)
		if err != nil {
			out = append(out, FileResult{Path: path, Page: page, Err: err})
			continue
		}
		if len(imgs) > 0 {
			out = append(out, scanPage(path, page, imgs, opts))
		}
	}
	if len(out) == 0 {
		return []FileResult{{Path: path, Err: ErrNoImages}}
	}
	return out
}

// scanPage decodes every image of one page and merges their codes.
func scanPage(path string, page int, imgs [][]byte, opts Options) FileResult {
	res := FileResult{Path: path, Page: page}
	seen := map[string]bool{}
	for _, data := range imgs {
		g, err := decodeWork(bytes.NewReader(data))
		if err != nil {
			res.Err = fmt.Errorf("page image: %w", err)
			continue
		}
		for _, c := range decodeGray(g, opts) {
			if !seen[c] {
				seen[c] = true
				res.Codes = append(res.Codes, c)
			}
		}
	}
	if len(res.Codes) > 0 {
		res.Err = nil // a readable image on the page matters more than a broken one
	}
	return res
}

// readPDF parses and optimizes data with pdfcpu (which indexes images).
func readPDF(data []byte) (ctx *model.Context, err error) {
	defer func() {
		if r := recover(); r != nil {
			ctx, err = nil, fmt.Errorf("read PDF: parser crashed (%v): %w", r, ErrCorrupt)
		}
	}()
	disableConfigDir()
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	ctx, err = api.ReadValidateAndOptimize(bytes.NewReader(data), conf)
	switch {
	case errors.Is(err, pdfcpu.ErrWrongPassword), errors.Is(err, pdfcpu.ErrEncrypted):
		return nil, ErrEncryptedPDF
	case err != nil:
		return nil, fmt.Errorf("read PDF: %w: %w", ErrCorrupt, err)
	}
	return ctx, nil
}

// pageImages returns the encoded bytes (JPEG or PNG, as pdfcpu exports them)
// of the images on page, in object order, after checking their dimensions.
func pageImages(ctx *model.Context, page int) (out [][]byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("extract images: crashed (%v): %w", r, ErrCorrupt)
		}
	}()
	stubs, err := pdfcpu.ExtractPageImages(ctx, page, true)
	if err != nil {
		return nil, fmt.Errorf("extract images: %w: %w", ErrCorrupt, err)
	}
	for _, im := range stubs {
		if int64(im.Width)*int64(im.Height) > maxPixels {
			return nil, fmt.Errorf("page image of %dx%d pixels: %w", im.Width, im.Height, ErrTooLarge)
		}
	}
	if len(stubs) == 0 {
		return nil, nil
	}
	imgs, err := pdfcpu.ExtractPageImages(ctx, page, false)
	if err != nil {
		return nil, fmt.Errorf("extract images: %w: %w", ErrCorrupt, err)
	}
	return readImages(imgs)
}

// readImages reads the extracted image streams in object-number order.
func readImages(imgs map[int]model.Image) ([][]byte, error) {
	nrs := make([]int, 0, len(imgs))
	for nr := range imgs {
		nrs = append(nrs, nr)
	}
	sort.Ints(nrs)
	var out [][]byte
	for _, nr := range nrs {
		im := imgs[nr]
		if im.Reader == nil {
			continue
		}
		data, err := io.ReadAll(io.LimitReader(im.Reader, maxFileBytes))
		if err != nil {
			return nil, fmt.Errorf("read page image: %w: %w", ErrCorrupt, err)
		}
		out = append(out, data)
	}
	return out, nil
}
