package scan

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/filter"
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
	pages := min(ctx.PageCount, limit(opts.MaxPDFPages, DefaultMaxPDFPages))
	for page := 1; page <= pages && !opts.watch.stopped(); page++ {
		imgs, err := pageImages(ctx, page)
		if err != nil {
			out = append(out, FileResult{Path: path, Page: page, Err: err})
			continue
		}
		if len(imgs) > 0 {
			out = append(out, scanPage(path, page, imgs, opts))
		}
	}
	if pages < ctx.PageCount {
		out = append(out, FileResult{Path: path, Page: pages + 1, Err: fmt.Errorf(
			"pages %d to %d not read: the PDF has %d pages, more than the limit of %d: %w", pages+1, ctx.PageCount, ctx.PageCount, pages, ErrTooManyPages)})
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
		opts.begin = time.Now()
		g, err := decodeWork(bytes.NewReader(data))
		if err != nil {
			res.Err = fmt.Errorf("page image: %w", err)
			continue
		}
		opts.watch.image(page)
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
	if err := checkPDFStreams(data); err != nil {
		return nil, err
	}
	ctx, err = api.ReadValidateAndOptimize(bytes.NewReader(data), PDFConfig())
	switch {
	case errors.Is(err, pdfcpu.ErrWrongPassword), errors.Is(err, pdfcpu.ErrEncrypted):
		return nil, ErrEncryptedPDF
	case isLimitError(err):
		return nil, fmt.Errorf("read PDF: a stream or image is over the size limit (%d MiB decoded): %w", maxPDFDecoded>>20, ErrTooLarge)
	case err != nil:
		return nil, fmt.Errorf("read PDF: %w: %w", ErrCorrupt, err)
	}
	return ctx, nil
}

// PDF reader limits: no page of a scan needs more, and a hostile file gets no further.
const (
	maxPDFDecoded = 128 << 20 // decoded bytes per stream, and bytes per image
	maxPDFEncoded = 64 << 20  // encoded bytes per stream
)

// PDFConfig returns the pdfcpu configuration every PDF read by Coffer uses: relaxed
// validation (scanners write sloppy PDFs), no configuration directory, and resource
// limits far below pdfcpu's defaults (512 MiB per stream), so that a small file of
// compressed zeros cannot make the reader allocate gigabytes.
func PDFConfig() *model.Configuration {
	disableConfigDir()
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	conf.Limits.MaxStreamBytes = maxPDFEncoded
	conf.Limits.MaxDecodeBytes = maxPDFDecoded
	conf.Limits.MaxImageBytes = maxPDFDecoded
	conf.Limits.MaxImagePixels = maxPixels
	conf.Limits.MaxObjectCount = 1_000_000
	conf.Limits.MaxXRefEntries = 1_000_000
	conf.Limits.MaxObjectStreamCount = 100_000
	return conf
}

// isLimitError reports whether pdfcpu stopped at one of PDFConfig's limits.
func isLimitError(err error) bool {
	return err != nil && (errors.Is(err, filter.ErrDecodeLimitExceeded) || strings.Contains(err.Error(), "exceeds limit"))
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
		if px := int64(im.Width) * int64(im.Height); px > maxPixels || px*4 > maxDecodeBytes {
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
