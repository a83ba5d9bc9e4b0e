package gui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/vault"
)

// buildWhat creates the widgets of step 1.
func (s *printScreen) buildWhat() {
	s.scope = kit.NewChoice(nil, func(scope) { s.nav.activity(); s.refreshWhat() })
	s.picks = map[string]*widget.Check{}
	s.pickBox = container.NewVBox()
	d := s.st.Snapshot()
	for _, it := range d.Active() {
		c := widget.NewCheck(it.Title+"  ·  "+it.Kind.Label(), func(bool) { s.nav.activity(); s.refreshWhat() })
		s.picks[it.ID] = c
		s.pickBox.Add(c)
	}
	s.whatMsg = kit.NewMessage()
	st := d.PaperStatus()
	opts := []kit.Option[scope]{optScopeAll}
	if len(st.NotOnPaper)+len(st.ChangedSince) > 0 {
		opts = append(opts, optScopeChanged)
	}
	s.scope.SetOptions(append(opts, optScopeChosen))
	s.scope.Set(scopeAll)
}

// whatStep is step 1's content.
func (s *printScreen) whatStep() fyne.CanvasObject {
	d := s.st.Snapshot()
	st := d.PaperStatus()
	parts := counted("item", "items",
		count{len(st.UpToDate), " is on a checked paper backup and up to date", " are on a checked paper backup and up to date"},
		count{len(st.OnlyPrinted) + len(st.OnlyCodesRead), " is on paper but not checked", " are on paper but not checked"},
		count{len(st.NotOnPaper), " is not on paper yet", " are not on paper yet"},
		count{len(st.ChangedSince), " has changed since its paper backup", " have changed since their paper backup"})
	status := fmt.Sprintf("Your vault holds %s.", plural(len(d.Active()), "item", "items"))
	if len(parts) > 0 {
		status += " " + sentence(strings.Join(parts, "; "))
	}
	return container.NewVBox(
		kit.Para("A paper backup puts your keys on a few printed sheets of codes, encrypted with a passphrase, or "+
			"split among people you trust. If this computer is lost, broken or stolen, the sheets and the passphrase "+
			"(or enough of those people's share sheets) bring your keys back."),
		kit.Hint(status),
		kit.Section("What goes on paper", s.scope, s.pickBox),
		s.whatMsg.Label)
}

// refreshWhat shows the item ticks only when choosing items, and says how many go.
func (s *printScreen) refreshWhat() {
	s.pickBox.Hidden = !s.scope.Is(scopeChosen)
	s.pickBox.Refresh()
	n := len(s.chosenItems())
	if n == 0 {
		s.whatMsg.Set("", widget.MediumImportance)
	} else {
		s.whatMsg.Set(fmt.Sprintf("%s will go on paper.", plural(n, "item", "items")), widget.MediumImportance)
	}
	s.wiz.SetNext(n > 0)
}

// chosenItems are the items the user chose to put on paper.
func (s *printScreen) chosenItems() []vault.Item {
	d := s.st.Snapshot()
	switch v, _ := s.scope.Value(); v {
	case scopeAll:
		return d.Active()
	case scopeChanged:
		st := d.PaperStatus()
		return append(st.NotOnPaper, st.ChangedSince...)
	case scopeChosen:
		var out []vault.Item
		for _, it := range d.Active() {
			if c := s.picks[it.ID]; c != nil && c.Checked {
				out = append(out, it)
			}
		}
		return out
	}
	return nil
}
