package restore

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"

	"coffer/export"
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

// lineErrorsAsError joins typed-line errors into one error for a report.
func lineErrorsAsError(errs []export.LineError) error {
	msgs := make([]string, 0, len(errs))
	for _, e := range errs {
		msgs = append(msgs, fmt.Sprintf("line %d: %v", e.Line, e.Err))
	}
	return errors.New(strings.Join(msgs, "; "))
}

// embeddedFrames reads the frame texts that export.WritePDF stores in the PDF's
// Keywords, so the original PDF restores without printing it.
func embeddedFrames(path string) (codes []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			codes, err = nil, fmt.Errorf("read PDF keywords: parser crashed: %v", r)
		}
	}()
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	api.DisableConfigDir()
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	ctx, err := api.ReadContext(f, conf)
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
	fields := strings.Fields(kw)
	if len(fields) == 0 || fields[0] != export.EmbeddedFramesTag {
		return nil, errors.New("read PDF keywords: not a Coffer backup PDF")
	}
	return fields[1:], nil
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
