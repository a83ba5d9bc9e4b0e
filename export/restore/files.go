package restore

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"

	"coffer/export"
	"coffer/export/scan"
)

// maxTypedFile bounds a text file of typed lines; a full backup is far smaller.
const maxTypedFile = 4 << 20

// readTypedFile returns the content of a plain-text file of typed fallback lines.
// Anything that is not small valid UTF-8 text goes to the image and PDF scanner.
func readTypedFile(path string) (string, bool) {
	fi, err := os.Stat(path)
	if err != nil || !fi.Mode().IsRegular() || fi.Size() == 0 || fi.Size() > maxTypedFile {
		return "", false
	}
	b, err := os.ReadFile(path)
	if err != nil || !utf8.Valid(b) || bytes.HasPrefix(b, []byte("%PDF")) || bytes.IndexByte(b, 0) >= 0 {
		return "", false
	}
	return string(b), true
}

// maxLineErrorsShown is how many typed-line errors a file's report spells out.
const maxLineErrorsShown = 3

// lineErrorsAsError joins typed-line errors into one short line for a report: the
// first few, then how many more.
func lineErrorsAsError(errs []export.LineError) error {
	total := len(errs)
	if last := errs[len(errs)-1]; last.More > 0 {
		errs, total = errs[:len(errs)-1], total-1+last.More
	}
	var msgs []string
	for _, e := range errs[:min(len(errs), maxLineErrorsShown)] {
		msgs = append(msgs, e.Error())
	}
	if total > len(msgs) {
		msgs = append(msgs, fmt.Sprintf("and %d more", total-len(msgs)))
	}
	return fmt.Errorf("%w: %s", ErrTypedLines, strings.Join(msgs, "; "))
}

// embeddedFrames reads the frame texts that export.WritePDF stores in the PDF's
// Keywords, so the original PDF restores without printing it.
func embeddedFrames(path string) ([]string, error) {
	fields, err := pdfKeywords(path)
	if err != nil {
		return nil, err
	}
	if len(fields) == 0 || fields[0] != export.EmbeddedFramesTag {
		return nil, errors.New("read PDF keywords: not a Coffer backup PDF")
	}
	return fields[1:], nil
}

// embeddedShares reads the share mnemonics that export.WriteShareSheets stores in
// the PDF's Keywords, so the original share sheet PDF restores without printing it.
func embeddedShares(path string) ([]string, error) {
	fields, err := pdfKeywords(path)
	if err != nil {
		return nil, err
	}
	if len(fields) == 0 || fields[0] != export.EmbeddedSharesTag {
		return nil, errors.New("read PDF keywords: not a Coffer share sheet PDF")
	}
	var out []string
	for _, m := range strings.Split(strings.Join(fields[1:], " "), export.EmbeddedSharesSep) {
		if m = strings.TrimSpace(m); m != "" {
			out = append(out, m)
		}
	}
	return out, nil
}

// pdfKeywords returns the words of a PDF's Keywords entry.
func pdfKeywords(path string) (fields []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			fields, err = nil, fmt.Errorf("read PDF keywords: parser crashed: %v", r)
		}
	}()
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ctx, err := api.ReadContext(f, scan.PDFConfig())
	if err != nil || ctx.Info == nil {
		return nil, fmt.Errorf("read PDF keywords: %v", err)
	}
	d, err := ctx.DereferenceDict(*ctx.Info)
	if err != nil || d == nil {
		return nil, fmt.Errorf("read PDF keywords: no info dictionary")
	}
	kw, err := keywordsText(d["Keywords"])
	if err != nil {
		return nil, err
	}
	return strings.Fields(kw), nil
}

func keywordsText(o types.Object) (string, error) {
	switch v := o.(type) {
	case types.StringLiteral:
		return types.StringLiteralToString(v)
	case types.HexLiteral:
		b, err := v.Bytes()
		return string(b), err
	}
	return "", errors.New("read PDF keywords: none")
}
