package gui

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/vault"
	"coffer/vault/slip39"
)

// Items of kind slip39 hold one SLIP-39 share: the form checks it word by word as it
// is typed and names its set, group and member; the item view says the same and
// checks whether stored shares form a valid set, showing the master secret only
// when asked.

// slip39LiveCheck is the line under a share being typed, and whether it is wrong.
// A word still being typed is not judged until a space follows it.
func slip39LiveCheck(text string) (msg string, bad bool) {
	typing := !strings.HasSuffix(text, " ") && !strings.HasSuffix(text, "\n")
	c := checkShareLine(text, typing)
	if !c.ok && c.problem == "" && c.typed >= slip39.MinWords {
		// A 20-word share is whole before the 33 words of Coffer's own sheets.
		if sh, err := slip39.ParseMnemonic(text); err == nil {
			c.share, c.ok = sh, true
		}
	}
	switch {
	case c.problem != "":
		return sentence(c.problem), true
	case c.ok:
		return describeShare(c.share) + " Checksum correct.", false
	}
	return fmt.Sprintf("%s so far; SLIP-39 shares have 20 or 33 words.", plural(c.typed, "word", "words")), false
}

// slip39Complete: the text is one whole, correct share.
func slip39Complete(text string) bool {
	_, err := slip39.ParseMnemonic(text)
	return err == nil
}

// describeShare names a share's place in its set, never its value: identifier,
// group and member index, and both thresholds.
func describeShare(sh slip39.Share) string {
	return fmt.Sprintf("Set %05d, group %d of %d, member %d. Any %d %s of this group open it; %s of %d %s needed.",
		sh.Identifier, sh.GroupIndex, sh.GroupCount, sh.MemberIndex, sh.MemberThreshold,
		pluralWord(sh.MemberThreshold, "member", "members"), plural(sh.GroupThreshold, "group", "groups"), sh.GroupCount,
		pluralWord(sh.GroupThreshold, "is", "are"))
}

// shareSetCheck is the item view's "Check a set": tick stored shares, check them.
type shareSetCheck struct {
	s      *detailScreen
	picks  []*widget.Check
	items  []vault.Item // as picks
	check  *widget.Button
	result kit.Message
	pass   *widget.Entry  // optional SLIP-39 passphrase, for the secret only
	reveal *widget.Button // shows the master secret
	secret *widget.Label
	box    *fyne.Container // passphrase, reveal and secret: shown once the set is valid
}

// shareSection is the item view's card for a SLIP-39 share.
func (s *detailScreen) shareSection() fyne.CanvasObject {
	c := &shareSetCheck{s: s, result: kit.NewMessage()}
	s.shareCheck = c
	about := kit.Hint("This share does not check: edit it to see the wrong word.")
	if sh, err := slip39.ParseMnemonic(s.item.Secret); err == nil {
		about = kit.Para(describeShare(sh))
	}
	c.check = &widget.Button{Text: "Check a set", Icon: theme.ConfirmIcon(), OnTapped: c.onCheck}
	c.pass = widget.NewPasswordEntry()
	c.pass.SetPlaceHolder("SLIP-39 passphrase (empty if none)")
	c.reveal = &widget.Button{Text: "Show the master secret", Icon: theme.VisibilityIcon(), OnTapped: c.onReveal}
	c.secret = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
	c.secret.Wrapping = fyne.TextWrapBreak
	c.secret.Hide()
	warn := kit.Hint("SLIP-39 never reports a wrong passphrase: another passphrase gives another secret, and another wallet.")
	warn.Importance = widget.WarningImportance
	c.box = container.NewVBox(container.NewBorder(nil, nil, nil, c.reveal, c.pass), warn, c.secret)
	c.box.Hide()
	label := widget.NewLabelWithStyle("Shamir backup share", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return widget.NewCard("", "", container.NewVBox(label, about,
		kit.Hint("Tick the shares of one set to check that together they open it. The master secret is not shown unless you ask."),
		c.pickList(), container.NewHBox(c.check), c.result.Label, c.box))
}

// pickList ticks every stored share, this one and those of its set first.
func (c *shareSetCheck) pickList() fyne.CanvasObject {
	mine, _ := slip39.ParseMnemonic(c.s.item.Secret)
	box := container.NewVBox()
	for _, it := range c.s.st.Snapshot().Active() {
		if it.Kind != vault.KindSLIP39 {
			continue
		}
		sh, err := slip39.ParseMnemonic(it.Secret)
		pick := widget.NewCheck(it.Title, func(bool) { c.s.nav.activity(); c.box.Hide(); c.secret.Hide() })
		pick.Checked = it.ID == c.s.item.ID || err == nil && sh.Identifier == mine.Identifier
		c.picks, c.items = append(c.picks, pick), append(c.items, it)
		box.Add(pick)
	}
	return box
}

// chosen are the items ticked.
func (c *shareSetCheck) chosen() []vault.Item {
	var out []vault.Item
	for i, p := range c.picks {
		if p.Checked {
			out = append(out, c.items[i])
		}
	}
	return out
}

// onCheck combines the shares ticked and says whether they form a valid set.
func (c *shareSetCheck) onCheck() {
	c.s.nav.activity()
	c.secret.Hide()
	chosen := c.chosen()
	var set vault.ShareSet
	var err error
	c.check.Disable()
	// Combining runs SLIP-39's PBKDF2 rounds: off the UI goroutine.
	c.s.e.bg.do(job{owner: &c.s.main.life, work: func() { set, err = vault.CheckShareSet(chosen) }, done: func() {
		c.check.Enable()
		if err != nil {
			c.box.Hide()
			c.result.Set(shareSetProblem(err), widget.DangerImportance)
			return
		}
		c.result.Set(fmt.Sprintf("These %d shares form a valid set (set %05d, %d-bit master secret): together they open it.",
			set.Shares, set.Identifier, set.SecretBits), widget.SuccessImportance)
		c.box.Show()
	}})
}

// onReveal shows the master secret for the passphrase typed.
func (c *shareSetCheck) onReveal() {
	c.s.nav.activity()
	chosen, pass := c.chosen(), c.pass.Text
	var secret []byte
	var err error
	c.reveal.Disable()
	c.s.e.bg.do(job{owner: &c.s.main.life, work: func() { secret, err = vault.RecoverShareSet(chosen, pass) },
		done: func() {
			c.reveal.Enable()
			if err != nil {
				c.result.Set(shareSetProblem(err), widget.DangerImportance)
				return
			}
			c.secret.SetText(hex.EncodeToString(secret))
			clear(secret)
			c.pass.SetText("")
			c.secret.Show()
		}, discard: func() { clear(secret) }})
}

// shareSetProblem says why shares do not form a set.
func shareSetProblem(err error) string {
	var few *slip39.NotEnoughError
	switch {
	case errors.As(err, &few):
		return fmt.Sprintf("Not a whole set: %d of %d shares, %d more needed.", few.Have, few.Need, few.More())
	case errors.Is(err, slip39.ErrMixedSets):
		return "These shares are not all of one set, so they were not combined. Tick the shares of one set only."
	case errors.Is(err, slip39.ErrDuplicate):
		return "The same share is ticked twice (two items hold it). Tick it once."
	case errors.Is(err, slip39.ErrDigest):
		return "These shares do not belong together: the set's check failed, so one of them was changed or is of another set."
	}
	return "Not a valid set: " + sentence(validationText(err))
}
