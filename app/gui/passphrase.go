package gui

import (
	"crypto/rand"
	"math/big"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
	"github.com/cosmos/go-bip39"
	"github.com/trustelem/zxcvbn"
)

// minStrength is the lowest zxcvbn score (0–4) accepted without insisting.
const minStrength = 3

// suggestWords is how many words a suggested passphrase has (about 66 bits).
const suggestWords = 6

// passphrasePair is a new passphrase typed twice, with a strength meter and a
// "Suggest a passphrase" button. Create and Settings use it.
type passphrasePair struct {
	entry     *widget.Entry
	confirm   *widget.Entry
	meter     *strengthMeter
	verdict   *widget.Label
	suggested *widget.Label
	suggest   *widget.Button
	onChanged func()
}

// newPassphrasePair builds the widgets; onChanged runs after each edit.
func newPassphrasePair(onChanged func()) *passphrasePair {
	p := &passphrasePair{onChanged: onChanged}
	p.entry = widget.NewPasswordEntry()
	p.entry.SetPlaceHolder("New passphrase")
	p.entry.OnChanged = func(string) { p.update() }
	p.confirm = widget.NewPasswordEntry()
	p.confirm.SetPlaceHolder("Type it again")
	p.confirm.OnChanged = func(string) { p.update() }
	p.meter = newStrengthMeter()
	p.verdict = widget.NewLabel(strengthText(-1))
	p.suggested = widget.NewLabel("")
	p.suggested.Wrapping = fyne.TextWrapWord
	p.suggested.Hide()
	p.suggest = &widget.Button{Text: "Suggest a passphrase", OnTapped: p.onSuggest}
	return p
}

// buildUI lays out the entries, the meter and the suggestion.
func (p *passphrasePair) buildUI() fyne.CanvasObject {
	meter := container.NewBorder(nil, nil, nil, p.suggest, container.NewVBox(layout.NewSpacer(), p.meter.bar, layout.NewSpacer()))
	return container.NewVBox(p.entry, p.confirm, meter, p.verdict, p.suggested)
}

// value is the passphrase, or "" until both entries match.
func (p *passphrasePair) value() string {
	if p.entry.Text != p.confirm.Text {
		return ""
	}
	return p.entry.Text
}

// score is the zxcvbn score of the passphrase, -1 when empty.
func (p *passphrasePair) score() int {
	if p.entry.Text == "" {
		return -1
	}
	return zxcvbn.PasswordStrength(p.entry.Text, []string{"coffer", "vault"}).Score
}

// problem says what stops the passphrase from being used, or "".
func (p *passphrasePair) problem() string {
	switch {
	case strings.TrimSpace(p.entry.Text) == "":
		return "Choose a passphrase."
	case p.confirm.Text == "":
		return "Type the passphrase a second time."
	case p.entry.Text != p.confirm.Text:
		return "The two passphrases are different."
	}
	return ""
}

func (p *passphrasePair) update() {
	s := p.score()
	p.meter.set(s)
	text := strengthText(s)
	if p.confirm.Text != "" && p.entry.Text != p.confirm.Text {
		text += " The two entries differ."
	}
	p.verdict.SetText(text)
	if p.onChanged != nil {
		p.onChanged()
	}
}

// onSuggest fills in six random words and shows them so the user can write them down.
func (p *passphrasePair) onSuggest() {
	words := suggestPassphrase()
	p.suggested.SetText("Suggested: " + words + "\nWrite it down, then type it again in the second box.")
	p.suggested.Show()
	p.confirm.SetText("")
	p.entry.SetText(words)
}

// strengthText describes a zxcvbn score in plain words.
func strengthText(score int) string {
	switch score {
	case -1:
		return "Strength: type a passphrase. Six random words are strong and easy to remember."
	case 0, 1:
		return "Strength: very weak — easy to guess."
	case 2:
		return "Strength: weak — add more words."
	case 3:
		return "Strength: good."
	}
	return "Strength: strong."
}

// suggestPassphrase returns suggestWords words drawn uniformly from the BIP39 English
// list with crypto/rand.
func suggestPassphrase() string {
	words := make([]string, suggestWords)
	n := big.NewInt(int64(len(bip39.WordList)))
	for i := range words {
		k, err := rand.Int(rand.Reader, n)
		if err != nil {
			panic("gui: crypto/rand failed: " + err.Error())
		}
		words[i] = bip39.WordList[k.Int64()]
	}
	return strings.Join(words, " ")
}
