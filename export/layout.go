package export

import (
	"fmt"
	"strings"
)

// Page geometry in millimetres. Both renderers (PDF and PNG) draw the same pages
// through the canvas interface, so QR codes sit at the same place and size in both.
const (
	margin      = 14.0 // all four sides
	headerH     = 17.0 // title, info line and rule
	footerH     = 22.0 // rule, restore instructions and the hint line
	labelH      = 4.5  // code label under each code
	minModule   = 0.55 // smallest QR module printed, mm
	maxModule   = 1.6  // largest QR module printed, mm (small backups get big modules)
	mmPerPt     = 25.4 / 72
	monoAdvance = 0.6 // character advance of the fixed-width font, in em
)

// paperSpec is a paper size and its grid of codes.
type paperSpec struct {
	w, h       float64 // mm
	cols, rows int
}

var papers = map[Paper]paperSpec{
	A4:     {w: 210, h: 297, cols: 3, rows: 4},
	Letter: {w: 215.9, h: 279.4, cols: 3, rows: 4},
}

func (s paperSpec) perPage() int        { return s.cols * s.rows }
func (s paperSpec) innerW() float64     { return s.w - 2*margin }
func (s paperSpec) gridTop() float64    { return margin + headerH }
func (s paperSpec) footerY() float64    { return s.h - margin - footerH }
func (s paperSpec) cellW() float64      { return s.innerW() / float64(s.cols) }
func (s paperSpec) cellH() float64      { return (s.footerY() - s.gridTop()) / float64(s.rows) }
func (s paperSpec) codeBox() float64    { return min(s.cellW()-5, s.cellH()-labelH) }
func (s paperSpec) maxVersion() int     { return int((s.codeBox()/minModule - 17 - 2*quietModules) / 4) }
func (s paperSpec) bodyTop() float64    { return margin + headerH }
func (s paperSpec) bodyBottom() float64 { return s.h - margin - 6 }

// align says where a text's x coordinate is.
type align int

const (
	alignLeft align = iota
	alignCenter
	alignRight
)

// fontSpec is a text style: size in points, bold, fixed width.
type fontSpec struct {
	size       float64
	bold, mono bool
}

var (
	fontTitle = fontSpec{size: 16, bold: true}
	fontPage  = fontSpec{size: 11, bold: true}
	fontInfo  = fontSpec{size: 9}
	fontLabel = fontSpec{size: 8, bold: true}
	fontSmall = fontSpec{size: 8}
	fontList  = fontSpec{size: 9, mono: true}
)

// canvas is what a page is drawn on; coordinates in mm from the top-left corner,
// text y is the baseline.
type canvas interface {
	text(x, y float64, f fontSpec, a align, s string)
	hline(x1, x2, y, width float64)
	qr(x, y, module float64, m [][]bool)
}

// charW is the width of one character of the fixed-width font at size points, in mm.
// Layout uses it as an upper bound for the proportional font too.
func charW(size float64) float64 { return monoAdvance * size * mmPerPt }

// page is one printed page.
type page struct {
	frames []int    // code page: frame indexes
	title  string   // text page: the heading line
	intro  []string // text page: wrapped introduction lines
	lines  []string // text page: body lines
	mono   bool     // body lines in the fixed-width font, two columns
}

// layout returns every page of the backup: code pages, then the optional contents
// page(s), then the typed-fallback pages.
func (b *Backup) layout() []page {
	var pages []page
	for _, idx := range b.Pages {
		pages = append(pages, page{frames: idx})
	}
	if b.opts.ListTitles {
		pages = append(pages, b.contentsPages()...)
	}
	if !b.opts.NoText {
		pages = append(pages, b.textPages()...)
	}
	return pages
}

// drawPage draws page number num (1-based) of total.
func (b *Backup) drawPage(c canvas, pg page, num, total int) error {
	b.drawHeader(c, num, total)
	if pg.frames == nil {
		b.drawTextPage(c, pg)
		return b.drawTextMark(c, pg, num, total)
	}
	return b.drawCodePage(c, pg)
}

// drawHeader draws the title, page number, backup ID, date and a rule.
func (b *Backup) drawHeader(c canvas, num, total int) {
	s := papers[b.Paper]
	c.text(margin, margin+6, fontTitle, alignLeft, "Coffer paper backup")
	c.text(s.w-margin, margin+6, fontPage, alignRight, fmt.Sprintf("Page %d of %d", num, total))
	info := fmt.Sprintf("Backup ID %s   Created %s   %s on %s; any %s it",
		b.ID, b.Created.Format("2006-01-02"), plural(len(b.Frames), "code", "codes"),
		plural(len(b.Pages), "code page", "code pages"), plural(b.DataFrames, "code restores", "codes restore"))
	c.text(margin, margin+11.5, fontInfo, alignLeft, info)
	c.hline(margin, s.w-margin, margin+14, 0.3)
}

// drawCodePage draws the grid of codes and the restore instructions.
func (b *Backup) drawCodePage(c canvas, pg page) error {
	s := papers[b.Paper]
	for slot, fi := range pg.frames {
		m, err := qrMatrix(b.Frames[fi].Text())
		if err != nil {
			return fmt.Errorf("page: code %d: %w", fi+1, err)
		}
		module := min(s.codeBox()/float64(len(m)), maxModule)
		side := module * float64(len(m))
		cx := margin + (float64(slot%s.cols)+0.5)*s.cellW()
		y := s.gridTop() + float64(slot/s.cols)*s.cellH()
		c.qr(cx-side/2, y, module, m)
		c.text(cx, y+side+3, fontLabel, alignCenter, fmt.Sprintf("Code %d of %d", fi+1, len(b.Frames)))
	}
	b.drawFooter(c)
	return nil
}

// drawFooter draws the restore instructions and the optional hint line.
func (b *Backup) drawFooter(c canvas) {
	s := papers[b.Paper]
	y := s.footerY() + 1
	c.hline(margin, s.w-margin, y, 0.3)
	for _, l := range wrap(b.instructions(), s.innerW(), fontSmall.size) {
		y += 3.6
		c.text(margin, y, fontSmall, alignLeft, l)
	}
	if b.opts.HintLine {
		y = s.h - margin - 1
		c.text(margin, y, fontInfo, alignLeft, "Passphrase hint:")
		c.hline(margin+30, s.w-margin, y+0.5, 0.2)
	}
}

// instructions is the restore text printed under the codes.
func (b *Backup) instructions() string {
	verb, spare := "are", fmt.Sprintf("one whole code page and %d more codes on each other page may be lost or damaged", spareOnOtherPages)
	if b.DataFrames == 1 {
		verb = "is"
	}
	if len(b.Pages) == 1 {
		spare = fmt.Sprintf("up to %s may be lost or damaged", plural(b.ParityFrames, "code", "codes"))
	}
	need := "You need the backup passphrase."
	if b.Shared() {
		sh := b.opts.Shares
		need = fmt.Sprintf("This backup is SHARED: no passphrase; you need any %d of its %d share sheets.", sh.K, sh.N)
		if sh.Passphrase != "" {
			need = fmt.Sprintf("This backup is SHARED: you need any %d of its %d share sheets and their SLIP-39 passphrase.", sh.K, sh.N)
		}
	}
	typed := " If no code scans, type the lines printed on the text pages."
	if b.opts.NoText {
		typed = "" // no typed pages to point to
	}
	return fmt.Sprintf("To restore: open Coffer, choose Restore, then photograph or scan every page, in any order. "+
		need+" Any %d of the %d codes %s enough, so %s.",
		b.DataFrames, len(b.Frames), verb, spare) + typed
}

// plural returns "n one" or "n many" as n asks.
func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// drawTextPage draws a contents or typed-fallback page.
func (b *Backup) drawTextPage(c canvas, pg page) {
	s := papers[b.Paper]
	y := s.bodyTop() + 2
	c.text(margin, y, fontLabel, alignLeft, pg.title)
	for _, l := range pg.intro {
		y += 3.6
		c.text(margin, y, fontSmall, alignLeft, l)
	}
	y += 6
	if !pg.mono {
		for i, l := range pg.lines {
			c.text(margin, y+float64(i)*listLineH, fontList, alignLeft, l)
		}
		return
	}
	f := b.monoFont()
	perCol := ceilDiv(len(pg.lines), 2)
	for i, l := range pg.lines {
		x := margin + float64(i/perCol)*(s.innerW()/2+2)
		c.text(x, y+float64(i%perCol)*monoLineH, f, alignLeft, l)
	}
}

const (
	listLineH = 4.4 // contents line spacing, mm
	monoLineH = 4.0 // typed line spacing, mm
)

// monoFont is the fixed-width font sized so two columns of typed lines fit the page.
func (b *Backup) monoFont() fontSpec {
	colW := papers[b.Paper].innerW()/2 - 4
	n := len(typedLine(len(b.Frames), 1, 1, strings.Repeat("0", typedChars)))
	return fontSpec{size: min(9, colW/(float64(n)*monoAdvance*mmPerPt)), mono: true}
}

// textBodyLines is how many body lines fit under the title and intro lines.
func (b *Backup) textBodyLines(introLines int, lineH float64) int {
	s := papers[b.Paper]
	top := s.bodyTop() + 2 + float64(introLines)*3.6 + 6
	return int((s.textBottom()-top)/lineH) + 1
}

// paginate cuts body lines into pages of n lines, skipping blank lines at a page top.
func paginate(lines []string, n int) [][]string {
	var out [][]string
	var cur []string
	for _, l := range lines {
		if l == "" && len(cur) == 0 {
			continue
		}
		cur = append(cur, l)
		if len(cur) == n {
			out, cur = append(out, cur), nil
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// wrap breaks s into lines that fit width mm at size points.
func wrap(s string, width, size float64) []string {
	maxChars := int(width / charW(size))
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len(line)+1+len(w) > maxChars {
			lines, line = append(lines, line), ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(lines, line)
}

// clip shortens s to n characters, marking the cut with "...".
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:max(0, n-3)]) + "..."
}
