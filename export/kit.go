package export

import (
	"fmt"
	"image"
	"io"
	"strings"
	"time"

	"coffer/vault"
)

// Kit is the emergency kit: one printed page for the people who will need the
// vault when its owner cannot help. It says what Coffer is, where the vault
// and the paper backups are and how to restore them, and leaves blank lines
// to fill by hand. It never holds a secret or a passphrase: a Kit has no field
// for either, and item titles only when the owner asks (Titles non-nil).
type Kit struct {
	Paper     Paper                // A4 when empty
	Date      time.Time            // the day the page is printed
	VaultPath string               // where the vault file is on this computer
	Backups   []vault.BackupRecord // the ledger
	// Titles are printed only when non-nil: titles can tell a thief what is
	// worth stealing, so callers pass them only on the owner's request.
	Titles []string
}

// NewKit gathers what the kit page says from a vault's document: the vault's
// place, the ledger and, only when listTitles, the titles of the active items.
func NewKit(d *vault.Data, vaultPath string, date time.Time, paper Paper, listTitles bool) Kit {
	k := Kit{Paper: paper, Date: date, VaultPath: vaultPath, Backups: d.Backups}
	if listTitles {
		k.Titles = []string{}
		for _, it := range d.Active() {
			k.Titles = append(k.Titles, it.Title)
		}
	}
	return k
}

// Kit layout, in mm and points.
const (
	kitLineH    = 4.1 // body line pitch
	kitHeadGap  = 6.5 // space above a section heading
	kitFillGap  = 8.5 // pitch of the lines to fill by hand
	kitTitleCol = 4   // columns of item titles
)

var (
	fontKitHead     = fontSpec{size: 10.5, bold: true}
	fontKitBody     = fontSpec{size: 9}
	fontKitMono     = fontSpec{size: 8.5, mono: true}
	fontKitMonoBold = fontSpec{size: 8.5, mono: true, bold: true}
)

// WritePDF writes the kit as a one-page PDF.
func (k Kit) WritePDF(w io.Writer) error {
	pdf, c := newPDF(k.paper(), k.Date, "Coffer emergency kit")
	pdf.AddPage()
	k.draw(c)
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("write kit: %w", err)
	}
	return nil
}

// Image renders the kit page at dpi (72..1200), for previews.
func (k Kit) Image(dpi int) (image.Image, error) {
	if dpi < 72 || dpi > 1200 {
		return nil, fmt.Errorf("kit image: dpi %d outside 72..1200", dpi)
	}
	c := newPNGCanvas(papers[k.paper()], float64(dpi))
	k.draw(c)
	return c.img, nil
}

func (k Kit) paper() Paper {
	if _, ok := papers[k.Paper]; ok {
		return k.Paper
	}
	return A4
}

// kitPen writes lines down the page.
type kitPen struct {
	c    canvas
	s    paperSpec
	y    float64
	left float64
}

func (p *kitPen) line(f fontSpec, s string) {
	p.y += kitLineH
	p.c.text(p.left, p.y, f, alignLeft, s)
}

func (p *kitPen) para(s string) {
	for _, l := range wrap(s, p.s.w-margin-p.left, fontKitBody.size) {
		p.line(fontKitBody, l)
	}
}

func (p *kitPen) heading(s string) {
	p.y += kitHeadGap
	p.c.text(margin, p.y, fontKitHead, alignLeft, s)
	p.y += 0.8
}

// step writes a numbered step with its text wrapped under a hanging indent.
func (p *kitPen) step(n int, s string) {
	p.c.text(margin+1, p.y+kitLineH, fontKitBody, alignLeft, fmt.Sprintf("%d.", n))
	p.left = margin + 6
	p.para(s)
	p.left = margin
}

// kitFillLabel is the longest label of the lines to fill; every rule starts
// after it, so the rules line up.
const kitFillLabel = "Share holders (if a backup is shared):"

// fill writes a label followed by a rule to write on by hand.
func (p *kitPen) fill(label string) {
	p.y += kitFillGap
	p.c.text(margin, p.y, fontKitBody, alignLeft, label)
	x := margin + charW(fontKitBody.size)*float64(len(kitFillLabel))*0.85
	p.c.hline(x, p.s.w-margin, p.y+0.6, 0.2)
}

func (k Kit) draw(c canvas) {
	s := papers[k.paper()]
	p := &kitPen{c: c, s: s, y: margin + 6, left: margin}
	c.text(margin, p.y, fontTitle, alignLeft, "For the people who will need this")
	c.text(s.w-margin, p.y, fontPage, alignRight, "Coffer emergency kit")
	p.line(fontInfo, fmt.Sprintf("Prepared on %s. Review this page every year, and after every new paper backup.", k.Date.Format("2 January 2006")))
	p.y += 2
	c.hline(margin, s.w-margin, p.y, 0.3)
	k.drawAbout(p)
	k.drawBackups(p)
	k.drawRestore(p)
	k.drawHolders(p)
	if k.Titles != nil {
		k.drawTitles(p)
	}
	y := s.h - margin
	c.hline(margin, s.w-margin, y-4.5, 0.3)
	c.text(margin, y, fontSmall, alignLeft,
		"This page holds no secret and no passphrase. Keep it with your important papers, apart from the passphrase.")
}

func (k Kit) drawAbout(p *kitPen) {
	p.heading("What this is")
	p.para("The keys, passwords, seed phrases and two-factor codes of the person who made this page are kept in " +
		"Coffer, a free program for Windows, macOS and Linux that works offline, with no account and no internet " +
		"connection. Get Coffer by searching the web for \"Coffer key vault\" (the Coffer project), or ask a trusted " +
		"person who knows computers to install it for you.")
	p.heading("The vault on this computer")
	p.para("The vault file is encrypted: without its passphrase it is useless to anyone, and nobody, not even the " +
		"makers of Coffer, can open it without the passphrase. It is here:")
	path := k.VaultPath
	if path == "" {
		path = "(not known when this page was printed)"
	}
	for _, l := range hardWrap(path, int((p.s.innerW()-6)/charW(fontKitMono.size))) {
		p.left = margin + 6
		p.line(fontKitMono, l)
	}
	p.left = margin
}

// kitBackupRows is the most backups listed; older ones are counted.
const kitBackupRows = 8

func (k Kit) drawBackups(p *kitPen) {
	p.heading("Paper backups")
	if len(k.Backups) == 0 {
		p.para("No paper backup was recorded when this page was printed: the vault file and its passphrase are the only copy.")
		return
	}
	p.para("Each paper backup is a set of pages of square codes, with the same Backup ID on every page. " +
		"All the pages of one backup, and its passphrase, are what you need.")
	if k.anyShared() {
		p.para("A shared backup has no passphrase: instead, several trusted people each hold a share sheet, and " +
			"enough of them together with the code pages open it.")
	}
	p.y += 1
	p.line(fontKitMonoBold, kitBackupRow("Backup ID", "Made on", "Pages", "State", "Where it is kept"))
	rows := newestFirst(k.Backups)
	for i, b := range rows {
		if i == kitBackupRows {
			p.line(fontKitBody, fmt.Sprintf("... and %d older backup(s): run 'coffer status' to list them.", len(rows)-i))
			break
		}
		where := kitWhere(b.Location)
		p.line(fontKitMono, kitBackupRow(b.ID, b.Created.Format("2006-01-02"), fmt.Sprint(b.Pages), kitState(b), where[0]))
		for _, more := range where[1:] {
			p.line(fontKitMono, kitBackupRow("", "", "", "", more))
		}
		if b.Shared != nil {
			p.left = margin + 6
			p.para(kitSharedLine(b.Shared))
			p.left = margin
		}
	}
}

// kitSharedLine says how a shared backup opens and who holds its share sheets, by
// the labels its owner typed (never the shares).
func kitSharedLine(sh *vault.SharedBackup) string {
	line := fmt.Sprintf("Shared: no passphrase; any %d of its %d share sheets, with its code pages, open it.", sh.K, sh.N)
	if sh.Passphrase {
		line = fmt.Sprintf("Shared: any %d of its %d share sheets, with its code pages and the shares' SLIP-39 passphrase, open it.", sh.K, sh.N)
	}
	if len(sh.Holders) == 0 {
		return line + " Share sheets held by: (not recorded; see below)."
	}
	return line + " Share sheets held by: " + strings.Join(sh.Holders, "; ") + "."
}

// anyShared reports whether a backup of the ledger is shared.
func (k Kit) anyShared() bool {
	for _, b := range k.Backups {
		if b.Shared != nil {
			return true
		}
	}
	return false
}

// kitWhereChars is the width of the "Where it is kept" column; a longer place
// takes a second line, and is cut after that.
const kitWhereChars = 40

func kitWhere(loc string) []string {
	if loc == "" {
		return []string{"(not recorded)"}
	}
	lines := wrap(loc, charW(fontKitMono.size)*kitWhereChars, fontKitMono.size)
	for i, l := range lines {
		lines[i] = clip(l, kitWhereChars)
	}
	if len(lines) > 2 {
		lines = []string{lines[0], clip(strings.Join(lines[1:], " "), kitWhereChars)}
	}
	return lines
}

func kitBackupRow(id, made, pages, state, where string) string {
	return strings.TrimRight(fmt.Sprintf("%-9s  %-10s  %-5s  %-22s  %s", id, made, pages, state, where), " ")
}

// kitState says in plain words how far the backup was read back.
func kitState(b vault.BackupRecord) string {
	switch b.State() {
	case vault.BackupChecked:
		return "checked " + b.Checked.Format("2006-01-02")
	case vault.BackupCodesRead:
		return "codes read " + b.Verified.Format("2006-01-02")
	}
	return "printed, never checked"
}

func newestFirst(in []vault.BackupRecord) []vault.BackupRecord {
	out := make([]vault.BackupRecord, len(in))
	for i, b := range in {
		out[len(in)-1-i] = b
	}
	return out
}

func (k Kit) drawRestore(p *kitPen) {
	p.heading("How to restore, step by step")
	steps := []string{
		"Find the passphrase (see below: it is never written on this page) and either this computer or the pages of a paper backup.",
		"Install Coffer on any computer. If this computer still works, open Coffer on it and type the passphrase: that is all.",
		"From paper: in Coffer choose Restore, then photograph or scan every page of one backup, in any order, and type " +
			"the backup passphrase. Some codes may be torn or missing; Coffer says when it has enough.",
		"If no code can be read, type the lines printed on the backup's text pages into Coffer's Restore instead.",
	}
	without := "Without Coffer: the codes hold a standard \"age\" encrypted file. The recipe in Coffer's documentation " +
		"(docs/PAPER.md and docs/FORMAT.md) rebuilds it from the codes; the free \"age\" tool then decrypts it with " +
		"the passphrase (age --decrypt). A person who knows computers can do this."
	if k.anyShared() {
		steps = append(steps, "A shared backup asks for no passphrase: collect enough share sheets from the people who hold "+
			"them (see above) and add photos of them, or type their words, in Coffer's Restore beside the code pages.")
		without += " For a shared backup, any SLIP-39 tool combines the share sheets into the key that age opens it with " +
			"(docs/PAPER.md shows how)."
	}
	for i, s := range append(steps, without) {
		p.step(i+1, s)
	}
}

func (k Kit) drawHolders(p *kitPen) {
	p.heading("Who holds what (fill in by hand, in pen)")
	p.fill("The passphrase is kept at:")
	p.fill("The paper backups are kept by:")
	p.fill(kitFillLabel)
	p.fill("")
	p.fill("A trusted contact who can help:")
	p.fill("Other notes:")
}

func (k Kit) drawTitles(p *kitPen) {
	p.heading(fmt.Sprintf("What the vault holds (titles only, %d items)", len(k.Titles)))
	colW := p.s.innerW() / kitTitleCol
	maxChars := int(colW/charW(fontSmall.size)) - 1
	rows := int((p.s.h - margin - 7 - p.y) / 3.6)
	if rows < 1 {
		return
	}
	capacity := rows * kitTitleCol
	titles := k.Titles
	if len(titles) > capacity {
		titles = titles[:capacity-1]
	}
	top := p.y
	for i, t := range titles {
		x := margin + float64(i/rows)*colW
		p.c.text(x, top+3.6*float64(i%rows+1), fontSmall, alignLeft, clip(t, maxChars))
	}
	if len(titles) < len(k.Titles) {
		i := len(titles)
		p.c.text(margin+float64(i/rows)*colW, top+3.6*float64(i%rows+1), fontSmall, alignLeft,
			fmt.Sprintf("... and %d more", len(k.Titles)-len(titles)))
	}
}

// hardWrap cuts s into lines of at most n characters (paths have no spaces to wrap at).
func hardWrap(s string, n int) []string {
	r := []rune(s)
	var out []string
	for len(r) > n && n > 0 {
		out = append(out, string(r[:n]))
		r = r[n:]
	}
	return append(out, strings.TrimSpace(string(r)))
}
