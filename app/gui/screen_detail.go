package gui

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/app/internal/explain"
	"coffer/vault"
)

// hiddenSecret is shown instead of a secret until the user reveals it; its length
// says nothing about the secret's.
const hiddenSecret = "••••••••••••"

// dateFormat is how dates appear in the app.
const dateFormat = "2 Jan 2006 15:04"

// detailScreen shows one item: its secret (hidden until revealed), its fields, the
// current TOTP code, its history and how to recover the account.
type detailScreen struct {
	e          *env
	nav        nav
	st         store
	main       *mainScreen // the screen this pane is part of
	item       vault.Item
	root       *kit.Scroll
	revealed   bool
	secretHost *fyne.Container
	reveal     *widget.Button
	copy       *widget.Button
	copyUser   *widget.Button // nil when the item has no username
	edit       *widget.Button
	del        *widget.Button
	totpCode   *widget.Label
	totpLeft   *widget.Label
	copyCode   *widget.Button
	restore    []*widget.Button // one per history entry, oldest first
	showOld    *widget.Button   // reveals the old values of the history
	oldValues  []*widget.Label  // one per history entry, hidden until showOld
	clearHist  *widget.Button   // Clear history, shown with the history
	confirm    *dialog.ConfirmDialog
	lost       *widget.Button
	stolen     *widget.Button
	qr         *totpQRPanel   // TOTP only: the item as a QR code (totp_qr_show.go)
	shareCheck *shareSetCheck // SLIP-39 share only: "Check a set" (slip39_item.go)
}

func newDetailScreen(e *env, n nav, st store, main *mainScreen, it vault.Item) *detailScreen {
	return &detailScreen{e: e, nav: n, st: st, main: main, item: it}
}

// buildUI returns the pane's content.
func (s *detailScreen) buildUI() fyne.CanvasObject {
	s.reveal = &widget.Button{Text: "Reveal", Icon: theme.VisibilityIcon(), OnTapped: s.onReveal}
	s.copy = &widget.Button{Text: "Copy", Icon: theme.ContentCopyIcon(), OnTapped: s.onCopy}
	s.edit = &widget.Button{Text: "Edit", Icon: theme.DocumentCreateIcon(), OnTapped: s.onEdit}
	s.del = &widget.Button{Text: "Move to trash", Icon: theme.DeleteIcon(), OnTapped: s.onDelete}
	s.secretHost = container.NewStack()
	s.showSecret()
	parts := []fyne.CanvasObject{s.header(), s.secretSection()}
	if s.item.Kind == vault.KindTOTP {
		parts = append(parts, s.totpSection(), s.qrSection())
	}
	if s.item.Kind == vault.KindSLIP39 {
		parts = append(parts, s.shareSection())
	}
	parts = append(parts, s.fieldsSection()...)
	if !s.item.Recovery.IsZero() {
		parts = append(parts, s.recoverySection())
	}
	parts = append(parts, s.recordSections()...)
	parts = append(parts, s.lostSection(), kit.Hint(fmt.Sprintf("Created %s · Changed %s",
		s.e.date(s.item.Created), s.e.date(s.item.Modified))))
	s.root = kit.NewVScroll(container.NewPadded(container.NewVBox(parts...)))
	return s.root
}

// header is the item's icon, title and kind, with Edit and Delete.
func (s *detailScreen) header() fyne.CanvasObject {
	title := kit.Heading(s.item.Title)
	title.Truncation = fyne.TextTruncateEllipsis
	kind := kit.Hint(s.item.Kind.Label())
	icon := widget.NewIcon(kindIcon(s.item.Kind))
	names := container.New(&kit.TightVBox{}, title, kind)
	return container.NewBorder(nil, nil, icon, container.NewCenter(container.NewHBox(s.edit, s.del)), names)
}

// secretSection holds the secret with its Reveal and Copy buttons.
func (s *detailScreen) secretSection() fyne.CanvasObject {
	label := widget.NewLabelWithStyle(s.item.Kind.Info().SecretLabel, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	bar := container.NewBorder(nil, nil, label, container.NewHBox(s.reveal, s.copy))
	return widget.NewCard("", "", container.NewVBox(bar, s.secretHost))
}

// showSecret draws the secret hidden or revealed.
func (s *detailScreen) showSecret() {
	var o fyne.CanvasObject
	switch {
	case !s.revealed && s.item.Kind == vault.KindSeed:
		o = widget.NewLabel(fmt.Sprintf("%d words, hidden", len(strings.Fields(s.item.Secret))))
	case !s.revealed:
		o = widget.NewLabel(hiddenSecret)
	case s.item.Kind == vault.KindSeed:
		o = wordGrid(s.item.Secret)
	default:
		l := widget.NewLabelWithStyle(s.item.Secret, fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
		l.Wrapping = fyne.TextWrapBreak
		o = l
	}
	s.secretHost.Objects = []fyne.CanvasObject{o}
	if s.root != nil {
		s.root.Refresh() // the secret's height changed: lay out the whole pane again
	}
}

// wordGrid shows a seed phrase as numbered words, three to a row.
func wordGrid(phrase string) fyne.CanvasObject {
	words := strings.Fields(phrase)
	cells := make([]fyne.CanvasObject, len(words))
	for i, w := range words {
		cells[i] = widget.NewLabelWithStyle(fmt.Sprintf("%2d. %s", i+1, w), fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
	}
	return container.NewGridWithColumns(3, cells...)
}

// totpSection shows the current code and how long it stays valid.
func (s *detailScreen) totpSection() fyne.CanvasObject {
	s.totpCode = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
	s.totpCode.SizeName = theme.SizeNameHeadingText
	s.totpLeft = widget.NewLabel("")
	s.copyCode = &widget.Button{Text: "Copy code", Icon: theme.ContentCopyIcon(), OnTapped: s.onCopyCode}
	s.tick(s.e.now())
	row := container.NewBorder(nil, nil, nil, container.NewCenter(s.copyCode), container.NewHBox(s.totpCode, container.NewCenter(s.totpLeft)))
	return widget.NewCard("", "", container.NewVBox(widget.NewLabelWithStyle("Current code", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), row))
}

// tick refreshes the TOTP code and its countdown.
func (s *detailScreen) tick(now time.Time) {
	if s.totpCode == nil {
		return
	}
	code, left, err := totpCode(s.item.Secret, now)
	if err != nil {
		s.totpCode.SetText("—")
		s.totpLeft.SetText(sentence(explain.Error(err)))
		return
	}
	s.totpCode.SetText(code[:len(code)/2] + " " + code[len(code)/2:])
	s.totpLeft.SetText(fmt.Sprintf("changes in %d s", left))
}

// totpCode computes the code of a stored TOTP secret at now.
func totpCode(secret string, now time.Time) (string, int, error) {
	k, err := vault.ParseTOTP(secret)
	if err != nil {
		return "", 0, err
	}
	return k.Code(now)
}

// fieldsSection lists the item's non-secret fields that are filled in.
func (s *detailScreen) fieldsSection() []fyne.CanvasObject {
	it := s.item
	var rows []fyne.CanvasObject
	if it.Username != "" {
		s.copyUser = &widget.Button{Text: "Copy username", Icon: theme.ContentCopyIcon(), Importance: widget.LowImportance,
			OnTapped: func() { s.copyText(s.item.Username) }}
		row := nonEmptyFields("Username", it.Username)[0].(*fyne.Container)
		rows = append(rows, container.NewBorder(nil, nil, nil, s.copyUser, row))
	}
	return append(rows, nonEmptyFields(
		"Website", it.URL,
		"Tags", strings.Join(it.Tags, ", "),
		"Notes", it.Notes,
		"Restored from", it.RestoredFrom,
	)...)
}

// recoverySection shows how to regain the account if the key is lost.
func (s *detailScreen) recoverySection() fyne.CanvasObject {
	r := s.item.Recovery
	rows := nonEmptyFields("Email", r.Email, "Phone", r.Phone, "Security hint", r.SecurityHint,
		"Support page", r.SupportURL, "Notes", r.Notes)
	return widget.NewCard("", "If you lose this key", container.NewVBox(rows...))
}

// lostSection offers the guide for a lost or possibly stolen key.
func (s *detailScreen) lostSection() fyne.CanvasObject {
	s.lost = &widget.Button{Text: "I lost this key", Icon: theme.QuestionIcon(), OnTapped: func() { s.nav.showLost(s.item.ID, false) }}
	s.stolen = &widget.Button{Text: "This key may be stolen", Icon: theme.WarningIcon(), OnTapped: func() { s.nav.showLost(s.item.ID, true) }}
	steps := "Coffer guides you step by step: find it, get it back, secure the account."
	if !vault.Lost(s.item.Kind).Provider {
		steps = "Coffer guides you step by step: look for it, restore it from paper, protect what it guards." // no provider resets it
	}
	return widget.NewCard("", "Lost or stolen?", container.NewVBox(
		kit.Hint(steps),
		container.NewHBox(s.lost, s.stolen)))
}

// nonEmptyFields turns label/value pairs into rows, skipping empty values.
func nonEmptyFields(pairs ...string) []fyne.CanvasObject {
	var rows []fyne.CanvasObject
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] == "" {
			continue
		}
		name := widget.NewLabelWithStyle(pairs[i], fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		value := widget.NewLabel(pairs[i+1])
		value.Wrapping = fyne.TextWrapWord
		rows = append(rows, container.NewBorder(nil, nil, container.New(&kit.MaxWidth{Width: 120}, name), nil, value))
	}
	return rows
}

// onClearHistory removes the item's earlier values from the vault file, once the
// user confirms.
func (s *detailScreen) onClearHistory() {
	s.nav.activity()
	id := s.item.ID
	s.confirm = dialog.NewConfirm("Clear the history?",
		fmt.Sprintf("The %s of %q %s removed from your vault file now. This can't be undone. "+
			"The current value stays.", plural(len(s.item.History), "earlier value", "earlier values"), s.item.Title,
			pluralWord(len(s.item.History), "is", "are")),
		func(ok bool) {
			s.nav.activity()
			if ok && commit(s.st, s.nav, func(d *vault.Data) error { return d.ClearHistory(id) }) {
				s.main.reload()
			}
		}, s.e.win)
	s.confirm.SetConfirmText("Clear history")
	s.confirm.SetDismissText("Cancel")
	s.confirm.SetConfirmImportance(widget.DangerImportance)
	s.confirm.Show()
}

func (s *detailScreen) onReveal() {
	s.nav.activity()
	s.revealed = !s.revealed
	if s.revealed {
		s.reveal.SetText("Hide")
		s.reveal.SetIcon(theme.VisibilityOffIcon())
	} else {
		s.reveal.SetText("Reveal")
		s.reveal.SetIcon(theme.VisibilityIcon())
	}
	s.showSecret()
}

// onCopy puts the secret on the clipboard until the clipboard timer clears it.
func (s *detailScreen) onCopy() { s.copyText(s.item.Secret) }

func (s *detailScreen) onCopyCode() {
	if code, _, err := totpCode(s.item.Secret, s.e.now()); err == nil {
		s.copyText(code)
	}
}

func (s *detailScreen) copyText(text string) {
	s.nav.activity()
	now := s.e.now()
	s.e.clip.copy(text, now, s.e.prefs.clipboardClear())
	s.main.tick(now)
}

func (s *detailScreen) onEdit() {
	s.nav.activity()
	s.main.onEdit(s.item)
}

// onDelete moves the item to the trash; it can be restored from there.
func (s *detailScreen) onDelete() {
	s.nav.activity()
	id := s.item.ID
	if !commit(s.st, s.nav, func(d *vault.Data) error { return d.Delete(id, s.e.now()) }) {
		return
	}
	s.main.selected = ""
	s.main.status.show(s.trashedMsg(id), s.e.now())
	s.main.reload()
}

// trashedMsg says the item went to the trash, offers Undo, and holds only while the
// item is in the trash.
func (s *detailScreen) trashedMsg(id string) statusMsg {
	st, n, m := s.st, s.nav, s.main
	inTrash := func() bool { it, err := st.Snapshot().Get(id); return err == nil && it.InTrash() }
	undo := func() bool {
		n.activity()
		if !inTrash() || !commit(st, n, func(d *vault.Data) error { return d.Undelete(id) }) {
			return false
		}
		m.selected = id
		m.reload()
		return true
	}
	return statusMsg{owner: "trash " + id, text: fmt.Sprintf("Moved %q to the trash. Undo, or restore it later from Trash.", s.item.Title),
		ttl: 30 * time.Second, valid: inTrash, undo: undo}
}

// onRestore makes history entry i the current secret; the current one joins the history.
func (s *detailScreen) onRestore(i int) {
	s.nav.activity()
	it := s.item.Clone()
	it.Secret = s.item.History[i].Secret
	if !commit(s.st, s.nav, func(d *vault.Data) error { _, _, err := d.Update(it, s.e.now()); return err }) {
		return
	}
	s.main.status.show(statusMsg{owner: "restore " + it.ID, ttl: 30 * time.Second,
		text: fmt.Sprintf("%q has its value of before %s again; the value it replaced is in the history.",
			it.Title, s.e.date(s.item.History[i].Replaced))}, s.e.now())
	s.main.reload()
}
