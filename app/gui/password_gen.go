package gui

import (
	"crypto/rand"
	"math/big"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/cosmos/go-bip39"

	"coffer/app/gui/kit"
	"coffer/app/internal/strength"
)

// Styles of generated password.
const (
	genWords = "Words"
	genChars = "Characters"
)

// genAlphabet is what generated character passwords are drawn from: letters,
// digits and symbols most sites accept.
const genAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#$%&*+-=?@_"

// genLengths are the lengths offered per style.
var genLengths = map[string][]string{genWords: {"5", "6", "7", "8"}, genChars: {"16", "20", "24", "32"}}

// passwordGen is the password generator under a password item's secret, with the
// strength meter the vault passphrase uses.
type passwordGen struct {
	style  *widget.Select
	length *widget.Select
	button *widget.Button
	meter  *kit.StrengthMeter
	box    fyne.CanvasObject
}

func newPasswordGen(fill func(string)) *passwordGen {
	g := &passwordGen{meter: kit.NewStrengthMeter()}
	g.length = widget.NewSelect(nil, nil)
	g.style = widget.NewSelect([]string{genWords, genChars}, g.onStyle)
	g.button = &widget.Button{Text: "Generate", Icon: theme.ViewRefreshIcon(), OnTapped: func() { fill(g.generate()) }}
	g.style.SetSelected(genChars)
	g.box = container.NewVBox(g.meter.Bar, container.NewHBox(g.style, g.length, g.button))
	return g
}

func (g *passwordGen) onStyle(style string) {
	opts := genLengths[style]
	g.length.Options = opts
	g.length.SetSelected(opts[1])
}

// generate draws a new password of the chosen style and length with crypto/rand.
func (g *passwordGen) generate() string {
	n, _ := strconv.Atoi(g.length.Selected)
	if g.style.Selected == genWords {
		return randomWords(n)
	}
	return randomChars(n)
}

// show sets the meter for the password typed.
func (g *passwordGen) show(text string) { g.meter.Set(strength.Score(text)) }

// randomChars is n characters drawn uniformly from genAlphabet.
func randomChars(n int) string {
	var b strings.Builder
	for range n {
		b.WriteByte(genAlphabet[randomIndex(len(genAlphabet))])
	}
	return b.String()
}

// randomWords is n words drawn uniformly from the BIP39 English list.
func randomWords(n int) string {
	words := make([]string, n)
	for i := range words {
		words[i] = bip39.WordList[randomIndex(len(bip39.WordList))]
	}
	return strings.Join(words, " ")
}

// randomIndex is uniform in [0, n) from crypto/rand.
func randomIndex(n int) int {
	k, err := rand.Int(rand.Reader, big.NewInt(int64(n)))
	if err != nil {
		panic("gui: crypto/rand failed: " + err.Error())
	}
	return int(k.Int64())
}
