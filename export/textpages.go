package export

import (
	"fmt"
	"strconv"
	"strings"
)

// textPages are the typed-fallback pages: the data frames as numbered, checked lines.
// Parity frames are left out: the data frames alone rebuild the backup, and together
// with any codes that still scan, any DataFrames different codes do.
func (b *Backup) textPages() []page {
	s := papers[b.Paper]
	intro := wrap("If no code scans, open Coffer, choose Restore, then Type lines, and type the "+
		"lines below as printed; spaces and case do not matter. \"03.07\" means code 3, line 7. The last "+
		"two characters of a line check it, so a typo is reported on its line. "+b.typedCodesPrinted(),
		s.innerW(), fontSmall.size)
	var lines []string
	for _, f := range b.Frames[:b.DataFrames] {
		lines = append(append(lines, typedLines(f, len(b.Frames))...), "")
	}
	perPage := 2 * b.textBodyLines(len(intro), monoLineH)
	var pages []page
	for _, body := range paginate(lines, perPage) {
		pages = append(pages, page{title: "Typed fallback (backup " + b.ID + ")", intro: intro, lines: body, mono: true})
	}
	return pages
}

// contentsPages list the item titles, never their secrets.
func (b *Backup) contentsPages() []page {
	s := papers[b.Paper]
	intro := wrap("Titles only, so you know what this backup holds. The secrets are only inside the "+
		"encrypted codes.", s.innerW(), fontSmall.size)
	maxChars := int(s.innerW() / charW(fontList.size))
	var lines []string
	for i, t := range b.titles {
		lines = append(lines, clip(fmt.Sprintf("%3d. %s", i+1, t), maxChars))
	}
	if len(lines) == 0 {
		lines = []string{"(no items)"}
	}
	var pages []page
	for _, body := range paginate(lines, b.textBodyLines(len(intro), listLineH)) {
		pages = append(pages, page{title: fmt.Sprintf("Items in this backup (%d)", len(b.titles)), intro: intro, lines: body})
	}
	return pages
}

// typedCodesPrinted says which codes the typed pages hold and how many restore the
// backup, in words that fit the count.
func (b *Backup) typedCodesPrinted() string {
	if b.DataFrames == 1 {
		return "Code 1 is printed here; it alone, typed or scanned, restores the backup."
	}
	return fmt.Sprintf("Codes 1 to %d are printed here; any %d different codes, typed or scanned, restore the backup.",
		b.DataFrames, b.DataFrames)
}

// PageKind says what one printed page of a backup holds.
type PageKind int

// The kinds of page, in the order they are printed.
const (
	// PageCodes holds QR codes.
	PageCodes PageKind = iota
	// PageTitles lists the item titles (never the secrets).
	PageTitles
	// PageTyped holds data codes as typed-fallback lines.
	PageTyped
)

var pageKindNames = [...]string{"codes", "list of items", "typed lines"}

// String returns "codes", "list of items" or "typed lines".
func (k PageKind) String() string {
	if k < 0 || int(k) >= len(pageKindNames) {
		return fmt.Sprintf("PageKind(%d)", int(k))
	}
	return pageKindNames[k]
}

// MarshalText makes a kind's JSON its name.
func (k PageKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a kind's name, as MarshalText writes it.
func (k *PageKind) UnmarshalText(text []byte) error {
	for i, name := range pageKindNames {
		if name == string(text) {
			*k = PageKind(i)
			return nil
		}
	}
	return fmt.Errorf("page kind %q: unknown", text)
}

// PageKinds lists what each printed page holds, page 1 first, as the PDF and the
// PNG pages lay them out: the code pages, then the list of titles if asked for, then
// the typed lines unless left out.
func (b *Backup) PageKinds() []PageKind {
	pages := b.layout()
	out := make([]PageKind, len(pages))
	for i, pg := range pages {
		switch {
		case pg.frames != nil:
			out[i] = PageCodes
		case pg.mono:
			out[i] = PageTyped
		default:
			out[i] = PageTitles
		}
	}
	return out
}

// TypedCodes is how many codes the typed pages print as lines (codes 1 to
// TypedCodes), 0 when the typed pages are left out.
func (b *Backup) TypedCodes() int {
	if b.opts.NoText {
		return 0
	}
	return b.DataFrames
}

// TextMarkPrefix starts the text of the small QR code that marks each text page, so a
// reader can tell a lone photo of a text page from a failed code page.
const TextMarkPrefix = "COFFERTEXT1:"

// Geometry of the text-page mark, in mm: the code (quiet zone included) sits in the
// bottom-right corner, its lower edge markBelow under the body's last line.
const (
	markModule  = 0.5
	markReserve = 9.0 // body lines end this much higher on text pages
	markBelow   = 8.0
)

// TextMark is what the mark of a text page says: the backup, the page (1-based) and
// the page count printed on it, and what the page holds. It holds no key and no code.
type TextMark struct {
	BackupID string   `json:"backup_id"`
	Page     int      `json:"page"`
	Pages    int      `json:"pages"`
	Kind     PageKind `json:"kind"` // PageTitles or PageTyped
}

// markKinds are the letters of the kinds a mark names.
var markKinds = map[PageKind]string{PageTitles: "L", PageTyped: "T"}

// Text is the mark's QR text: "COFFERTEXT1:" ID ":" page ":" pages ":" L|T, in QR
// alphanumeric characters.
func (m TextMark) Text() string {
	return fmt.Sprintf("%s%s:%d:%d:%s", TextMarkPrefix, m.BackupID, m.Page, m.Pages, markKinds[m.Kind])
}

// ParseTextMark reads a mark's QR text; ok is false for any other text.
func ParseTextMark(text string) (m TextMark, ok bool) {
	rest, found := strings.CutPrefix(text, TextMarkPrefix)
	f := strings.Split(rest, ":")
	if !found || len(f) != 4 || !validBackupID(f[0]) {
		return TextMark{}, false
	}
	page, err1 := strconv.Atoi(f[1])
	pages, err2 := strconv.Atoi(f[2])
	if err1 != nil || err2 != nil || page < 1 || page > pages || pages > maxMarkPages ||
		strconv.Itoa(page) != f[1] || strconv.Itoa(pages) != f[2] {
		return TextMark{}, false
	}
	for k, letter := range markKinds {
		if f[3] == letter {
			return TextMark{BackupID: f[0], Page: page, Pages: pages, Kind: k}, true
		}
	}
	return TextMark{}, false
}

// maxMarkPages bounds the page count a mark may name.
const maxMarkPages = 9999

// validBackupID reports whether id looks like a backup ID: 8 Crockford characters.
func validBackupID(id string) bool {
	if len(id) != 8 {
		return false
	}
	for _, c := range id {
		if !strings.ContainsRune(crockfordAlphabet, c) {
			return false
		}
	}
	return true
}

// textBottom is the baseline of a text page's last body line, above the mark.
func (s paperSpec) textBottom() float64 { return s.bodyBottom() - markReserve }

// drawTextMark draws the mark of text page num of total, with a line saying what it is.
func (b *Backup) drawTextMark(c canvas, pg page, num, total int) error {
	kind := PageTitles
	if pg.mono {
		kind = PageTyped
	}
	m, err := qrMatrix(TextMark{BackupID: b.ID, Page: num, Pages: total, Kind: kind}.Text())
	if err != nil {
		return fmt.Errorf("page mark: %w", err)
	}
	s := papers[b.Paper]
	side := markModule * float64(len(m))
	bottom := s.bodyBottom() + markBelow
	c.qr(s.w-margin-side+quietModules*markModule, bottom-side, markModule, m)
	c.text(margin, bottom-side/2, fontSmall, alignLeft,
		"The small code on the right only marks this page as page "+strconv.Itoa(num)+" of Coffer backup "+b.ID+"; it holds no key.")
	return nil
}
