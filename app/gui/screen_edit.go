package gui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
	"github.com/cosmos/go-bip39"

	"coffer/app/gui/kit"
	"coffer/app/internal/explain"
	"coffer/vault"
)

// editScreen is the form that adds an item or edits one. It checks the secret as
// the user types and names the first wrong seed word.
type editScreen struct {
	e         *env
	nav       nav
	st        store
	orig      *vault.Item // nil for a new item
	kindValue vault.Kind
	kind      *widget.Select
	title     *widget.Entry
	secret    *widget.Entry
	secretBox *fyne.Container
	secretMsg *widget.Label
	gen       *passwordGen // the password generator, once a password form was shown
	username  *widget.Entry
	url       *widget.Entry
	tags      *widget.Entry
	notes     *widget.Entry
	email     *widget.Entry
	phone     *widget.Entry
	hintEntry *widget.Entry
	support   *widget.Entry
	recNotes  *widget.Entry
	form      *widget.Form
	save      *widget.Button
	cancel    *widget.Button
	readQR    *widget.Button // TOTP only: fills the form from a QR image (totp_qr_read.go)
	owner     *life          // the screen the form is on; background work ends with it
	// onDone runs after Save with the item's ID, or after Cancel with "".
	onDone func(id string)
}

// newEditScreen edits orig, or makes a new item of kind when orig is nil.
func newEditScreen(e *env, n nav, st store, orig *vault.Item, kind vault.Kind) *editScreen {
	return &editScreen{e: e, nav: n, st: st, orig: orig, kindValue: kind}
}

// buildUI returns the form.
func (s *editScreen) buildUI() fyne.CanvasObject {
	s.kind = widget.NewSelect(kindChoices()[1:], s.onKind)
	s.title = s.entry("")
	s.secretBox = container.NewStack()
	s.secretMsg = widget.NewLabel("")
	s.secretMsg.Wrapping = fyne.TextWrapWord
	s.secretMsg.Hide()
	s.username, s.url, s.tags = s.entry(""), s.entry("https://"), s.entry("comma, separated")
	s.notes = s.multiLine()
	s.email, s.phone, s.hintEntry, s.support = s.entry(""), s.entry(""), s.entry(""), s.entry("https://")
	s.recNotes = s.multiLine()
	s.save = &widget.Button{Text: "Save", Importance: widget.HighImportance, OnTapped: s.onSave}
	s.cancel = &widget.Button{Text: "Cancel", OnTapped: s.onCancel}
	s.fill()
	s.kind.SetSelected(s.kindValue.Label())
	if s.orig != nil {
		s.kind.Disable()
	}
	s.form = widget.NewForm()
	s.layoutForm()
	title := "New item"
	if s.orig != nil {
		title = "Edit " + s.orig.Title
	}
	buttons := container.NewHBox(kit.Spacer(), s.cancel, s.save)
	return container.NewBorder(kit.Heading(title), container.NewPadded(buttons), nil, nil,
		kit.NewVScroll(container.NewPadded(s.form)))
}

// entry is a one-line entry that counts as activity.
func (s *editScreen) entry(placeholder string) *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder(placeholder)
	e.OnChanged = func(string) { s.nav.activity() }
	return e
}

func (s *editScreen) multiLine() *widget.Entry {
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(3)
	e.OnChanged = func(string) { s.nav.activity() }
	return e
}

// fill copies the original item into the entries.
func (s *editScreen) fill() {
	if s.orig == nil {
		s.makeSecretEntry("")
		return
	}
	it := s.orig
	s.title.SetText(it.Title)
	s.makeSecretEntry(it.Secret)
	s.username.SetText(it.Username)
	s.url.SetText(it.URL)
	s.tags.SetText(strings.Join(it.Tags, ", "))
	s.notes.SetText(it.Notes)
	s.email.SetText(it.Recovery.Email)
	s.phone.SetText(it.Recovery.Phone)
	s.hintEntry.SetText(it.Recovery.SecurityHint)
	s.support.SetText(it.Recovery.SupportURL)
	s.recNotes.SetText(it.Recovery.Notes)
}

// makeSecretEntry builds the secret entry that suits the kind: hidden for
// passwords, several lines for the rest.
func (s *editScreen) makeSecretEntry(text string) {
	if !s.kindValue.Info().Multiline {
		s.secret = widget.NewPasswordEntry()
	} else {
		s.secret = widget.NewMultiLineEntry()
		s.secret.Wrapping = fyne.TextWrapWord
		s.secret.SetMinRowsVisible(3)
	}
	s.secret.SetPlaceHolder(s.kindValue.Info().Placeholder)
	s.secret.SetText(text)
	s.secret.OnChanged = s.onSecretChanged
	s.secretBox.Objects = []fyne.CanvasObject{s.secret}
	s.secretBox.Refresh()
}

// layoutForm shows the fields that make sense for the kind.
func (s *editScreen) layoutForm() {
	k := s.kindValue
	items := []*widget.FormItem{
		widget.NewFormItem("Kind", s.kind),
		widget.NewFormItem("Title", s.title),
		widget.NewFormItem(k.Info().SecretLabel, s.secretField()),
	}
	if k.Info().Account {
		items = append(items, widget.NewFormItem("Username", s.username), widget.NewFormItem("Website", s.url))
	}
	items = append(items, widget.NewFormItem("Tags", s.tags), widget.NewFormItem("Notes", s.notes),
		widget.NewFormItem("", widget.NewLabelWithStyle("If you lose this key", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})),
		widget.NewFormItem("Recovery email", s.email), widget.NewFormItem("Recovery phone", s.phone),
		widget.NewFormItem("Security hint", s.hintEntry), widget.NewFormItem("Support page", s.support),
		widget.NewFormItem("How to recover", s.recNotes))
	// Fyne's Form keeps the rows it has drawn and only appends new ones: empty it
	// first, or a kind switch leaves the old entries under the new labels.
	s.form.Items = nil
	s.form.Refresh()
	s.form.Items = items
	s.form.Refresh()
}

// onKind switches the form to another kind, keeping what was typed.
func (s *editScreen) onKind(label string) {
	k, ok := kindByLabel(label)
	if !ok || k == s.kindValue {
		return
	}
	s.kindValue = k
	s.makeSecretEntry(s.secret.Text)
	if s.form != nil {
		s.layoutForm()
	}
}

// onSecretChanged checks the secret as it is typed.
func (s *editScreen) onSecretChanged(text string) {
	s.nav.activity()
	msg, bad := liveCheck(s.kindValue, text)
	s.setSecretMsg(msg, bad)
	if s.gen != nil && s.kindValue == vault.KindPassword {
		s.gen.show(text)
	}
	if !bad && s.kindValue == vault.KindSeed && seedComplete(text) {
		s.secretMsg.Importance = widget.SuccessImportance // readable on both themes, unlike the faint hint
		s.secretMsg.Refresh()
	}
	if !bad && s.kindValue == vault.KindSLIP39 && slip39Complete(text) {
		s.secretMsg.Importance = widget.SuccessImportance
		s.secretMsg.Refresh()
	}
}

// seedComplete: the phrase has a standard length, known words and a correct checksum.
func seedComplete(text string) bool {
	warnings, err := vault.Validate(vault.KindSeed, text)
	return err == nil && len(warnings) == 0 && standardLength(len(strings.Fields(text)))
}

func (s *editScreen) setSecretMsg(msg string, bad bool) {
	s.secretMsg.Importance = widget.LowImportance
	if bad {
		s.secretMsg.Importance = widget.DangerImportance
	}
	s.secretMsg.SetText(msg)
	s.secretMsg.Hidden = msg == ""
	s.secretMsg.Refresh()
}

// liveCheck validates a secret being typed. A seed word still being typed is not
// judged until a space follows it, and a short phrase only shows its length.
func liveCheck(k vault.Kind, text string) (msg string, bad bool) {
	if strings.TrimSpace(text) == "" {
		return "", false
	}
	if k == vault.KindSLIP39 {
		return slip39LiveCheck(text) // slip39_item.go
	}
	if k != vault.KindSeed {
		return checkMessage(vault.Validate(k, text))
	}
	words := strings.Fields(strings.ToLower(text))
	typing := !strings.HasSuffix(text, " ") && !strings.HasSuffix(text, "\n")
	done := words
	if typing {
		done = words[:len(words)-1]
	}
	if firstUnknownWord(done) >= 0 {
		// A known word at the end makes Validate name the unknown one even when
		// no word typed so far is known.
		_, err := vault.Validate(k, strings.Join(done, " ")+" abandon")
		return checkMessage(nil, err)
	}
	if typing && firstUnknownWord(words[len(words)-1:]) >= 0 || !standardLength(len(words)) {
		return plural(len(words), "word", "words") + " so far; seed phrases have 12, 15, 18, 21 or 24.", false
	}
	warnings, err := vault.Validate(k, text)
	if err == nil && len(warnings) == 0 {
		return plural(len(words), "word", "words") + ", checksum correct.", false
	}
	return checkMessage(warnings, err)
}

// firstUnknownWord is the index of the first word not in the BIP39 list, or -1.
func firstUnknownWord(words []string) int {
	for i, w := range words {
		if _, ok := bip39.ReverseWordMap[w]; !ok {
			return i
		}
	}
	return -1
}

func standardLength(n int) bool { return n == 12 || n == 15 || n == 18 || n == 21 || n == 24 }

// checkMessage turns a validation result into a line under the secret.
func checkMessage(warnings []string, err error) (string, bool) {
	if err != nil {
		return sentence(validationText(err)), true
	}
	if len(warnings) > 0 {
		return sentence(strings.Join(warnings, "; ")), false
	}
	return "", false
}

// validationText is a validation error without the field prefix ("seed phrase: ")
// and the ": invalid secret" tail, since it shows right under the field.
func validationText(err error) string {
	msg := strings.TrimSuffix(explain.Error(err), ": "+vault.ErrInvalidSecret.Error())
	for _, prefix := range []string{"seed phrase: ", "totp: ", "secret: ", "slip39 share: ", "check set: "} {
		msg = strings.TrimPrefix(msg, prefix)
	}
	return msg
}

// collect builds the item from the form.
func (s *editScreen) collect() vault.Item {
	var it vault.Item
	if s.orig != nil {
		it = s.orig.Clone()
	}
	it.Kind = s.kindValue
	it.Title = strings.TrimSpace(s.title.Text)
	it.Secret = s.secret.Text
	it.Username = strings.TrimSpace(s.username.Text)
	it.URL = strings.TrimSpace(s.url.Text)
	it.Tags = splitTags(s.tags.Text)
	it.Notes = s.notes.Text
	it.Recovery = vault.RecoveryRoute{Email: strings.TrimSpace(s.email.Text), Phone: strings.TrimSpace(s.phone.Text),
		SecurityHint: s.hintEntry.Text, SupportURL: strings.TrimSpace(s.support.Text), Notes: s.recNotes.Text}
	return it
}

// splitTags splits "a, b ,c" into trimmed, non-empty tags.
func splitTags(s string) []string {
	var tags []string
	for _, t := range strings.Split(s, ",") {
		if t = strings.TrimSpace(t); t != "" {
			tags = append(tags, t)
		}
	}
	return tags
}

// onSave validates, stores and saves the item; on any error the form stays as typed.
func (s *editScreen) onSave() {
	s.nav.activity()
	it := s.collect()
	if it.Title == "" {
		s.nav.showMessage("Title missing", "Give the item a title, so you can find it again.")
		s.e.win.Canvas().Focus(s.title)
		return
	}
	warnings, err := vault.Validate(it.Kind, it.Secret)
	if err != nil {
		msg, _ := checkMessage(nil, err)
		s.setSecretMsg("Not saved: "+msg, true)
		s.e.win.Canvas().Focus(s.secret)
		return
	}
	var saved vault.Item
	ok := commit(s.st, s.nav, func(d *vault.Data) (err error) {
		if s.orig == nil {
			saved, _, err = d.Add(it, s.e.now())
		} else {
			saved, _, err = d.Update(it, s.e.now())
		}
		return err
	})
	if !ok {
		return
	}
	if len(warnings) > 0 {
		s.nav.showMessage("Saved, with a note", sentence(strings.Join(warnings, "; ")))
	}
	s.done(saved.ID)
}

func (s *editScreen) onCancel() { s.done("") }

func (s *editScreen) done(id string) {
	if s.onDone != nil {
		s.onDone(id)
	}
}
