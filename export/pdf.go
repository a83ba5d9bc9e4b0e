package export

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"
)

// newPDF starts a deterministic PDF of Coffer's on paper: no margins or page breaks,
// dated at (so the same input gives the same bytes), titled, and a canvas on it.
func newPDF(paper Paper, at time.Time, title string) (*fpdf.Fpdf, *pdfCanvas) {
	s := papers[paper]
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", Size: fpdf.SizeType{Wd: s.w, Ht: s.h}})
	pdf.SetMargins(0, 0, 0)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCreationDate(at)
	pdf.SetModificationDate(at)
	pdf.SetCatalogSort(true)
	pdf.SetTitle(title, false)
	pdf.SetCreator("Coffer", false)
	return pdf, &pdfCanvas{pdf: pdf, tr: pdf.UnicodeTranslatorFromDescriptor("")}
}

// WritePDF writes the printable backup: code pages, then the optional contents page
// and the typed-fallback pages. The output is deterministic for a given Backup.
func (b *Backup) WritePDF(w io.Writer) error {
	pdf, c := newPDF(b.Paper, b.Created, "Coffer paper backup "+b.ID)
	pdf.SetKeywords(b.embeddedFrames(), false)
	pages := b.layout()
	for i, pg := range pages {
		pdf.AddPage()
		if err := b.drawPage(c, pg, i+1, len(pages)); err != nil {
			return fmt.Errorf("write pdf: %w", err)
		}
	}
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("write pdf: %w", err)
	}
	return nil
}

// EmbeddedFramesTag starts the PDF keywords that carry the frame texts, so restoring
// from the original PDF file needs no rasterizing. The frames are already encrypted
// and printed on the page; this copy reveals nothing more.
const EmbeddedFramesTag = "coffer-frames"

func (b *Backup) embeddedFrames() string {
	texts := make([]string, 0, len(b.Frames)+1)
	texts = append(texts, EmbeddedFramesTag)
	for _, f := range b.Frames {
		texts = append(texts, f.Text())
	}
	return strings.Join(texts, " ")
}

// pdfCanvas draws on an fpdf document in mm.
type pdfCanvas struct {
	pdf *fpdf.Fpdf
	tr  func(string) string // UTF-8 to the core fonts' cp1252
}

func (c *pdfCanvas) text(x, y float64, f fontSpec, a align, s string) {
	family, style := "Helvetica", ""
	if f.mono {
		family = "Courier"
	}
	if f.bold {
		style = "B"
	}
	c.pdf.SetFont(family, style, f.size)
	s = c.tr(s)
	switch a {
	case alignCenter:
		x -= c.pdf.GetStringWidth(s) / 2
	case alignRight:
		x -= c.pdf.GetStringWidth(s)
	}
	c.pdf.Text(x, y, s)
}

func (c *pdfCanvas) hline(x1, x2, y, width float64) {
	c.pdf.SetLineWidth(width)
	c.pdf.Line(x1, y, x2, y)
}

// qr fills every dark module as part of one path, so abutting modules render as one
// shape without hairline seams.
func (c *pdfCanvas) qr(x, y, module float64, m [][]bool) {
	c.pdf.SetFillColor(0, 0, 0)
	for row, line := range m {
		for col := 0; col < len(line); {
			if !line[col] {
				col++
				continue
			}
			end := col
			for end < len(line) && line[end] {
				end++
			}
			x0, x1 := x+float64(col)*module, x+float64(end)*module
			y0, y1 := y+float64(row)*module, y+float64(row+1)*module
			c.pdf.MoveTo(x0, y0)
			c.pdf.LineTo(x1, y0)
			c.pdf.LineTo(x1, y1)
			c.pdf.LineTo(x0, y1)
			c.pdf.ClosePath()
			col = end
		}
	}
	c.pdf.DrawPath("F")
}
