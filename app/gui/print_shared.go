package gui

import (
	"fmt"
	"image"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/export"
)

// sharedPrint is the print wizard's "shared among trusted people" choice: no
// passphrase; the backup's key is split into N SLIP-39 share sheets of which any K,
// with the code pages, open it.
type sharedPrint struct {
	k, n    *kit.Select[int]
	holders *widget.Entry // one label per line, in share order; noted in the ledger only
	summary *widget.Label // what the choice means, in words
	// The optional SLIP-39 passphrase, typed twice; passBox shows once ticked.
	usePass       *widget.Check
	pass, confirm *widget.Entry
	passBox       *fyne.Container
	box           *fyne.Container
}

// sharePassCaveat is what a SLIP-39 passphrase costs and gives.
const sharePassCaveat = "With a SLIP-39 passphrase, enough share sheets open the backup only together with it, so " +
	"people who gather the sheets still need you, or the passphrase. But SLIP-39 never says a passphrase is wrong: " +
	"typed wrongly, other SLIP-39 tools give a different key without any error (Coffer notices only because that key " +
	"does not open the backup). Forget it and the sheets open nothing. Keep it apart from the sheets; it is printed on none."

// shareCountOptions are 2..16, for both K and N.
func shareCountOptions() []kit.Option[int] {
	var opts []kit.Option[int]
	for i := export.MinShares; i <= export.MaxShares; i++ {
		opts = append(opts, kit.Option[int]{Value: i, Label: fmt.Sprint(i)})
	}
	return opts
}

// newSharedPrint builds the widgets, set to 2 of 3.
func newSharedPrint(activity func()) *sharedPrint {
	sp := &sharedPrint{}
	changed := func(int) { activity(); sp.refresh() }
	sp.k = kit.NewSelect(shareCountOptions(), changed)
	sp.n = kit.NewSelect(shareCountOptions(), changed)
	sp.k.Set(2)
	sp.n.Set(3)
	sp.holders = widget.NewMultiLineEntry()
	sp.holders.SetMinRowsVisible(3)
	sp.holders.SetPlaceHolder("Alice\nBob (notary)\nCarol")
	sp.holders.OnChanged = func(string) { activity() }
	sp.summary = kit.Para("")
	sp.pass = widget.NewPasswordEntry()
	sp.pass.SetPlaceHolder("SLIP-39 passphrase")
	sp.confirm = widget.NewPasswordEntry()
	sp.confirm.SetPlaceHolder("Type it again")
	caveat := kit.Para(sharePassCaveat)
	caveat.Importance = widget.WarningImportance
	sp.passBox = container.NewVBox(sp.pass, sp.confirm, caveat)
	sp.passBox.Hide()
	sp.usePass = widget.NewCheck("Also protect the shares with a SLIP-39 passphrase (optional)", func(on bool) {
		activity()
		sp.passBox.Hidden = !on
		sp.passBox.Refresh()
	})
	form := widget.NewForm(widget.NewFormItem("Sheets needed (K)", sp.k), widget.NewFormItem("Share sheets (N)", sp.n))
	sp.box = container.NewVBox(
		kit.Para("No passphrase: the backup is encrypted to a new random key, and that key is split into share sheets "+
			"(SLIP-39). Give each sheet to a different person you trust."),
		form, sp.summary,
		widget.NewLabelWithStyle("Who will keep each share sheet? (optional, one per line, in share order)", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		sp.holders,
		kit.Hint("Your vault notes these names with the backup; the emergency kit lists them, so your family knows whom to ask. "+
			"They are not printed on the code pages or the share sheets."),
		sp.usePass, sp.passBox)
	sp.box.Hide()
	sp.refresh()
	return sp
}

// shares is the K-of-N chosen.
func (sp *sharedPrint) shares() export.Shares {
	k, _ := sp.k.Value()
	n, _ := sp.n.Value()
	sh := export.Shares{K: k, N: n}
	if sp.usePass.Checked {
		sh.Passphrase = sp.pass.Text
	}
	return sh
}

// clearPassphrase forgets the SLIP-39 passphrase typed, once the backup is made.
func (sp *sharedPrint) clearPassphrase() {
	sp.pass.SetText("")
	sp.confirm.SetText("")
}

// refresh says what K of N means.
func (sp *sharedPrint) refresh() {
	sh := sp.shares()
	if sh.Check() != nil {
		sp.summary.SetText(fmt.Sprintf("You chose %d sheets needed of %d: the number needed cannot be more than the number of sheets.", sh.K, sh.N))
		sp.summary.Importance = widget.DangerImportance
		sp.summary.Refresh()
		return
	}
	sp.summary.Importance = widget.MediumImportance
	sp.summary.SetText(fmt.Sprintf("Any %d of the %d share sheets, together with the code pages, open the backup. "+
		"%s may be lost; %s alone reveal nothing.",
		sh.K, sh.N, capitalised(plural(sh.N-sh.K, "sheet", "sheets")), plural(sh.K-1, "sheet", "sheets")))
}

// holderLabels are the names typed, one a line, without blank lines.
func (sp *sharedPrint) holderLabels() []string {
	var out []string
	for _, l := range strings.Split(sp.holders.Text, "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// problem is what stops a shared backup from being made, or "".
func (sp *sharedPrint) problem() string {
	sh := sp.shares()
	if sh.Check() != nil {
		return fmt.Sprintf("The number of sheets needed (%d) cannot be more than the number of share sheets (%d).", sh.K, sh.N)
	}
	if sp.usePass.Checked {
		switch {
		case sp.pass.Text == "":
			return "Type the SLIP-39 passphrase, or untick it."
		case sp.pass.Text != sp.confirm.Text:
			return "The two SLIP-39 passphrases differ. Type the same one twice."
		case export.CheckSharePassphrase(sp.pass.Text) != nil:
			return "A SLIP-39 passphrase may hold only letters, digits, spaces and the usual punctuation (no accents)."
		}
	}
	if n := len(sp.holderLabels()); n > sh.N {
		return fmt.Sprintf("You named %d people for %s. Remove a name, or print more share sheets.", n, plural(sh.N, "share sheet", "share sheets"))
	}
	return ""
}

// shared reports whether the print wizard makes a shared backup.
func (s *printScreen) shared() bool { return s.passChoice.Is(passShared) }

// withShareSheets is the preview's pages: the code and text pages, then the share sheets.
func withShareSheets(b *export.Backup, pages []image.Image) ([]image.Image, error) {
	if !b.Shared() {
		return pages, nil
	}
	sheets, err := b.ShareSheetImages(previewDPI)
	return append(pages, sheets...), err
}

// pageName is the preview's label for page i (0-based) of n: share sheets are
// named as such.
func (s *printScreen) pageName(i, n int) string {
	first := n
	if s.backup != nil && s.backup.Shared() {
		first = n - len(s.backup.Shares)
	}
	if i >= first {
		return fmt.Sprintf("Share sheet %d of %d (page %d of %d)", i-first+1, n-first, i+1, n)
	}
	return fmt.Sprintf("Page %d of %d", i+1, n)
}

// sharedAbout is what the preview says of a shared backup's share sheets.
func sharedAbout(b *export.Backup) string {
	sh := b.Sharing()
	text := fmt.Sprintf(" No passphrase opens it: the last %s are the share sheets, one per person, "+
		"and any %d of them with the code pages open the backup.", plural(sh.N, "page", "pages"), sh.K)
	if b.SharePassphrase() {
		text += " The shares also need the SLIP-39 passphrase you chose."
	}
	return text
}
