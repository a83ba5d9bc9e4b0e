package kit

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"coffer/app/internal/strength"
)

// PassphrasePair is a new passphrase typed twice, with a strength meter and a
// "Suggest a passphrase" button. Create and Settings use it. The strength rule
// and the suggestion are app/internal/strength's, shared with the command line.
type PassphrasePair struct {
	Entry     *widget.Entry
	Confirm   *widget.Entry
	Meter     *StrengthMeter
	Verdict   *widget.Label
	Suggested *widget.Label
	Suggest   *widget.Button
	OnChanged func()
	suggested string // the words Suggest filled in, shown while the entry holds them
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
	p.Verdict = widget.NewLabel(strength.Verdict(-1))
	p.Verdict.Wrapping = fyne.TextWrapWord
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

// Score is the passphrase's strength.Score, -1 when empty.
func (p *PassphrasePair) Score() int { return strength.Score(p.Entry.Text) }

// Strong reports whether the passphrase meets strength.MinScore.
func (p *PassphrasePair) Strong() bool { return p.Score() >= strength.MinScore }

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
	text := strength.Verdict(s)
	if p.Confirm.Text != "" && p.Entry.Text != p.Confirm.Text {
		text += " The two entries differ."
	}
	p.Verdict.SetText(text)
	if p.Suggested.Visible() && p.Entry.Text != p.suggested {
		p.Suggested.Hide() // the user typed another passphrase: the advice is about the suggestion
	}
	if p.OnChanged != nil {
		p.OnChanged()
	}
}

// onSuggest fills in six random words and shows them so the user can write them down.
func (p *PassphrasePair) onSuggest() {
	words := strength.Suggest()
	p.Suggested.SetText("Suggested: " + words + "\nWrite it down, then type it again in the second box.")
	p.suggested = words
	p.Suggested.Show()
	p.Confirm.SetText("")
	p.Entry.SetText(words)
}
