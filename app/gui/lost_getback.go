package gui

import (
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/vault"
)

// getBackStep: restore from paper, or reset the key with the provider.
func (s *lostScreen) getBackStep() fyne.CanvasObject {
	s.restore = &widget.Button{Text: "Restore from a paper backup…", Icon: theme.DocumentIcon(), OnTapped: s.onRestore}
	fromPaper := kit.Section("From paper", kit.Para("If the key is on a paper backup, restoring it puts it back exactly as it was. "+
		"You need the sheets and the backup passphrase."), container.NewHBox(s.restore))
	return container.NewVBox(fromPaper, s.providerSection())
}

// providerSection says who else can give the key back: the provider, through the
// item's recorded recovery route, or, for a self-held key, nobody.
func (s *lostScreen) providerSection() fyne.CanvasObject {
	it := s.item()
	g := vault.Lost(it.Kind)
	why := kit.Para(g.GetBack.Text)
	if !g.Provider {
		return kit.Section(g.GetBack.Title, why)
	}
	r := it.Recovery
	if r.IsZero() {
		return kit.Section(g.GetBack.Title, why, kit.Para(g.NoRoute))
	}
	rows := nonEmptyFields("Email", r.Email, "Phone", r.Phone, "Security hint", r.SecurityHint, "Notes", r.Notes)
	s.links = nil
	if u, err := url.Parse(r.SupportURL); err == nil && r.SupportURL != "" && (u.Scheme == "https" || u.Scheme == "http") {
		b := &widget.Button{Text: "Open the support page", Icon: theme.ComputerIcon(), OnTapped: func() { s.onOpenURL(u) }}
		s.links = append(s.links, b)
		name := widget.NewLabelWithStyle("Support page", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		rows = append(rows, container.NewBorder(nil, nil, container.New(&kit.MaxWidth{Width: 120}, name), b, widget.NewLabel(r.SupportURL)))
	} else if r.SupportURL != "" {
		rows = append(rows, nonEmptyFields("Support page", r.SupportURL)...)
	}
	return kit.Section(g.GetBack.Title, append([]fyne.CanvasObject{why}, rows...)...)
}

func (s *lostScreen) onOpenURL(u *url.URL) {
	s.nav.activity()
	if err := s.e.paper.openURL(u); err != nil {
		s.nav.showError(err)
	}
}

// onRestore opens the restore wizard; it comes back to the vault.
func (s *lostScreen) onRestore() { s.nav.showRestore() }
