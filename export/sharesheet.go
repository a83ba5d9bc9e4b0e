package export

import (
	"errors"
	"fmt"
	"image"
	"io"
	"strings"
)

// A share sheet is one printed page per SLIP-39 share of a shared backup: which
// share it is and how many are needed, the 33 words in a numbered grid, a QR code
// whose text is the mnemonic itself (lowercase words separated by single spaces, so
// any SLIP-39 tool reads it), a blank "held by" line and what to do with the sheet.

// Share sheet layout, in mm.
const (
	sheetQRSide   = 62.0 // QR code side, quiet zone included
	sheetWordCols = 3
	sheetWordH    = 6.2 // pitch of the word grid rows
	sheetLineH    = 4.4 // pitch of body text lines
)

var (
	fontSheetLead = fontSpec{size: 12, bold: true}
	fontSheetWord = fontSpec{size: 11, mono: true}
	fontSheetNum  = fontSpec{size: 8, mono: true}
)

// ErrNotSharedBackup means share sheets were asked of a passphrase backup.
var ErrNotSharedBackup = errors.New("a passphrase backup has no share sheets")

// WriteShareSheets writes the share sheets of a shared backup as one PDF, one page
// per share in member order. The PDF holds the shares: it must go to the printer and
// not stay on disk. The output is deterministic for a given Backup.
func (b *Backup) WriteShareSheets(w io.Writer) error {
	if len(b.Shares) == 0 {
		return fmt.Errorf("write share sheets: backup %s: %w", b.ID, ErrNotSharedBackup)
	}
	pdf, c := newPDF(b.Paper, b.Created, "Coffer share sheets of backup "+b.ID)
	pdf.SetKeywords(b.embeddedShares(), false)
	for i := range b.Shares {
		pdf.AddPage()
		if err := b.drawShareSheet(c, i); err != nil {
			return fmt.Errorf("write share sheets: %w", err)
		}
	}
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("write share sheets: %w", err)
	}
	return nil
}

// ShareSheetImages renders the share sheets at dpi (72..1200), for previews.
func (b *Backup) ShareSheetImages(dpi int) ([]image.Image, error) {
	if len(b.Shares) == 0 {
		return nil, fmt.Errorf("share sheet images: backup %s: %w", b.ID, ErrNotSharedBackup)
	}
	if dpi < 72 || dpi > 1200 {
		return nil, fmt.Errorf("share sheet images: dpi %d outside 72..1200", dpi)
	}
	var out []image.Image
	for i := range b.Shares {
		c := newPNGCanvas(papers[b.Paper], float64(dpi))
		if err := b.drawShareSheet(c, i); err != nil {
			return nil, fmt.Errorf("share sheet images: %w", err)
		}
		out = append(out, c.img)
	}
	return out, nil
}

// ShareSheetLead is the sentence at the top of share sheet member (1-based).
func (b *Backup) ShareSheetLead(member int) string {
	sh := b.opts.Shares
	return fmt.Sprintf("Share %d of %d — any %d of these, together with the code pages, restore backup %s",
		member, sh.N, sh.K, b.ID)
}

// drawShareSheet draws the sheet of share i (0-based).
func (b *Backup) drawShareSheet(c canvas, i int) error {
	s := papers[b.Paper]
	sh := b.Shares[i]
	c.text(margin, margin+6, fontTitle, alignLeft, "Coffer share sheet")
	c.text(s.w-margin, margin+6, fontPage, alignRight, fmt.Sprintf("Share %d of %d", sh.MemberIndex, b.opts.Shares.N))
	c.text(margin, margin+11.5, fontInfo, alignLeft, fmt.Sprintf("Backup ID %s   Created %s   SLIP-39 share, set %05d, member %d, %d words",
		b.ID, b.Created.Format("2006-01-02"), sh.Identifier, sh.MemberIndex, len(sh.Words())))
	c.hline(margin, s.w-margin, margin+14, 0.3)
	y := margin + 21
	for _, l := range wrap(b.ShareSheetLead(sh.MemberIndex), s.innerW(), fontSheetLead.size) {
		c.text(margin, y, fontSheetLead, alignLeft, l)
		y += 5.5
	}
	m, err := qrMatrix(sh.Mnemonic())
	if err != nil {
		return fmt.Errorf("share %d: %w", sh.MemberIndex, err)
	}
	module := sheetQRSide / float64(len(m))
	c.qr(s.w/2-sheetQRSide/2, y, module, m)
	y = drawWordGrid(c, s, sh.Words(), y+sheetQRSide+6)
	b.drawSheetFooter(c, s, y+4)
	return nil
}

// drawWordGrid draws the words numbered in columns (down, then across) and returns
// the y below the grid.
func drawWordGrid(c canvas, s paperSpec, words []string, top float64) float64 {
	rows := ceilDiv(len(words), sheetWordCols)
	colW := s.innerW() / sheetWordCols
	for i, w := range words {
		x := margin + 4 + float64(i/rows)*colW
		y := top + float64(i%rows)*sheetWordH
		c.text(x+7, y, fontSheetNum, alignRight, fmt.Sprintf("%d.", i+1))
		c.text(x+9, y, fontSheetWord, alignLeft, w)
	}
	return top + float64(rows-1)*sheetWordH
}

// drawSheetFooter draws the "held by" line and what to do with the sheet.
func (b *Backup) drawSheetFooter(c canvas, s paperSpec, y float64) {
	y += 6
	c.text(margin, y, fontInfo, alignLeft, "Held by:")
	c.hline(margin+17, s.w/2+20, y+0.5, 0.2)
	c.text(s.w/2+24, y, fontInfo, alignLeft, "Date:")
	c.hline(s.w/2+35, s.w-margin, y+0.5, 0.2)
	y += 4
	for _, l := range wrap(b.shareSheetAdvice(), s.innerW(), fontSmall.size) {
		y += sheetLineH - 0.8
		c.text(margin, y, fontSmall, alignLeft, l)
	}
}

// shareSheetAdvice is what the holder of a share sheet should do with it.
func (b *Backup) shareSheetAdvice() string {
	sh := b.opts.Shares
	pass := ""
	if sh.Passphrase != "" {
		pass = "The shares also need their SLIP-39 passphrase, which is on no sheet: a wrong one gives no error in other " +
			"SLIP-39 tools, only a key that opens nothing. "
	}
	return pass + fmt.Sprintf("What to do with this sheet: keep it somewhere safe and private, apart from the code pages and "+
		"from the other share sheets. It is one of %d; alone it reveals nothing, but any %d of them together with the "+
		"code pages of backup %s open the backup, with no passphrase. Do not photograph, copy or type it into a computer "+
		"until the backup has to be restored. Then, give it to the person restoring: Coffer's Restore reads its QR code "+
		"from a photo or scan, or its %d words typed in order. Any SLIP-39 tool can also combine the shares (see "+
		"Coffer's docs/PAPER.md). If this sheet is lost, tell the owner: a new backup replaces all sheets.",
		sh.N, sh.K, b.ID, len(b.Shares[0].Words()))
}

// EmbeddedSharesTag starts the PDF keywords of a share sheet PDF, which carry the
// mnemonics printed on its pages (separated by EmbeddedSharesSep), so restoring from
// the original file needs no rasterizing. They are on the pages already.
const (
	EmbeddedSharesTag = "coffer-shares"
	EmbeddedSharesSep = "/"
)

func (b *Backup) embeddedShares() string {
	parts := []string{EmbeddedSharesTag}
	for i, sh := range b.Shares {
		if i > 0 {
			parts = append(parts, EmbeddedSharesSep)
		}
		parts = append(parts, sh.Mnemonic())
	}
	return strings.Join(parts, " ")
}
