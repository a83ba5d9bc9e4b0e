package scan

import (
	"bytes"
	"errors"
	"fmt"
	"slices"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/filter"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// Budget of the streams pdfcpu decodes whole while validating and optimizing (page
// contents, forms, fonts, metadata), which it does with its own 512 MiB limit per
// stream whatever the configuration says. Coffer's own sheets need about 1 MiB per code
// page; scans far less (their page images are decoded later, one at a time, within
// maxDecodeBytes).
const (
	maxPDFStream = 32 << 20  // decoded bytes of one such stream
	maxPDFTotal  = 128 << 20 // decoded bytes of all of them in one file
)

// checkPDFStreams parses data without validating it and decodes, one at a time and
// discarding the result, every stream that is not an image, so that a file of
// compressed zeros is refused before pdfcpu holds gigabytes of it.
func checkPDFStreams(data []byte) error {
	ctx, err := api.ReadContext(bytes.NewReader(data), PDFConfig())
	if err != nil {
		return nil // readPDF reports the damage
	}
	total := int64(0)
	for _, nr := range sortedObjects(ctx.XRefTable) {
		sd, ok := ctx.XRefTable.Table[nr].Object.(types.StreamDict)
		if !ok || sd.Image() || encodedImage(sd) {
			continue
		}
		left := maxPDFTotal - total
		err := sd.DecodeWithLimit(min(maxPDFStream, left))
		switch {
		case errors.Is(err, filter.ErrDecodeLimitExceeded) && left < maxPDFStream:
			return fmt.Errorf("read PDF: its streams decode to more than %d MiB in all: %w", maxPDFTotal>>20, ErrTooLarge)
		case errors.Is(err, filter.ErrDecodeLimitExceeded):
			return fmt.Errorf("read PDF: object %d decodes to more than %d MiB: %w", nr, maxPDFStream>>20, ErrTooLarge)
		}
		total += int64(len(sd.Content))
	}
	return nil
}

// encodedImage reports whether a stream ends in an image codec that pdfcpu leaves
// encoded (JPEG, JPEG 2000, JBIG2, fax).
func encodedImage(sd types.StreamDict) bool {
	return slices.ContainsFunc(sd.FilterPipeline, func(f types.PDFFilter) bool {
		switch f.Name {
		case filter.DCT, filter.JPX, filter.JBIG2, filter.CCITTFax:
			return true
		}
		return false
	})
}

// sortedObjects returns the object numbers of the table in order, so that errors name
// the same object every run.
func sortedObjects(t *model.XRefTable) []int {
	nrs := make([]int, 0, len(t.Table))
	for nr, e := range t.Table {
		if e != nil && !e.Free {
			nrs = append(nrs, nr)
		}
	}
	slices.Sort(nrs)
	return nrs
}
