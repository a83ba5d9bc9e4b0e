package export

import "fmt"

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
