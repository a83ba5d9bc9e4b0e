package kit

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

// MinStrength is the lowest zxcvbn score (0–4) accepted without insisting.
const MinStrength = 3

// SuggestWords is how many words a suggested passphrase has (about 66 bits).
const SuggestWords = 6

// PassphrasePair is a new passphrase typed twice, with a strength meter and a
// "Suggest a passphrase" button. Create and Settings use it.
type PassphrasePair struct {
	Entry     *widget.Entry
	Confirm   *widget.Entry
	Meter     *StrengthMeter
	Verdict   *widget.Label
	Suggested *widget.Label
	Suggest   *widget.Button
	OnChanged func()
}

// NewPassphrasePair builds the widgets; onChanged runs after each edit.
func NewPassphrasePair(onChanged func()) *PassphrasePair {
	p := &PassphrasePair{OnChanged: onChanged}
	p.Entry = widget.NewPasswordEntry()
	p.Entry.SetPlaceHolder("New passphrase")
	p.Entry.OnChanged = func(string) { p.update() }
	p.Confirm = widget.NewPasswordEntry()
	p.Confirm.SetPlaceHolder("Type it again")
	p.Confirm.OnChanged = func(string) { p.update() }
	p.Meter = NewStrengthMeter()
	p.Verdict = widget.NewLabel(strengthText(-1))
	p.Suggested = widget.NewLabel("")
	p.Suggested.Wrapping = fyne.TextWrapWord
	p.Suggested.Hide()
	p.Suggest = &widget.Button{Text: "Suggest a passphrase", OnTapped: p.onSuggest}
	return p
}

// BuildUI lays out the entries, the meter and the suggestion.
func (p *PassphrasePair) BuildUI() fyne.CanvasObject {
	meter := container.NewBorder(nil, nil, nil, p.Suggest, container.NewVBox(layout.NewSpacer(), p.Meter.Bar, layout.NewSpacer()))
	return container.NewVBox(p.Entry, p.Confirm, meter, p.Verdict, p.Suggested)
}

// Value is the passphrase, or "" until both entries match.
func (p *PassphrasePair) Value() string {
	if p.Entry.Text != p.Confirm.Text {
		return ""
	}
	return p.Entry.Text
}

// Score is the zxcvbn score of the passphrase, -1 when empty.
func (p *PassphrasePair) Score() int {
	if p.Entry.Text == "" {
		return -1
	}
	return zxcvbn.PasswordStrength(p.Entry.Text, []string{"coffer", "vault"}).Score
}

// Problem says what stops the passphrase from being used, or "".
func (p *PassphrasePair) Problem() string {
	switch {
	case strings.TrimSpace(p.Entry.Text) == "":
		return "Choose a passphrase."
	case p.Confirm.Text == "":
		return "Type the passphrase a second time."
	case p.Entry.Text != p.Confirm.Text:
		return "The two passphrases are different."
	}
	return ""
}

func (p *PassphrasePair) update() {
	s := p.Score()
	p.Meter.Set(s)
	text := strengthText(s)
	if p.Confirm.Text != "" && p.Entry.Text != p.Confirm.Text {
		text += " The two entries differ."
	}
	p.Verdict.SetText(text)
	if p.OnChanged != nil {
		p.OnChanged()
	}
}

// onSuggest fills in six random words and shows them so the user can write them down.
func (p *PassphrasePair) onSuggest() {
	words := SuggestPassphrase()
	p.Suggested.SetText("Suggested: " + words + "\nWrite it down, then type it again in the second box.")
	p.Suggested.Show()
	p.Confirm.SetText("")
	p.Entry.SetText(words)
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

// SuggestPassphrase returns SuggestWords words drawn uniformly from the BIP39 English
// list with crypto/rand.
func SuggestPassphrase() string {
	words := make([]string, SuggestWords)
	n := big.NewInt(int64(len(bip39.WordList)))
	for i := range words {
		k, err := rand.Int(rand.Reader, n)
		if err != nil {
			panic("kit: crypto/rand failed: " + err.Error())
		}
		words[i] = bip39.WordList[k.Int64()]
	}
	return strings.Join(words, " ")
}
