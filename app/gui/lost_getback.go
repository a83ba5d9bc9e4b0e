package gui

import (
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
)

// getBackStep: restore from paper, or reset the key with the provider.
func (s *lostScreen) getBackStep() fyne.CanvasObject {
	s.restore = &widget.Button{Text: "Restore from a paper backup…", Icon: theme.DocumentIcon(), OnTapped: s.onRestore}
	fromPaper := kit.Section("From paper", kit.Para("If the key is on a paper backup, restoring it puts it back exactly as it was. "+
		"You need the sheets and the backup passphrase."), container.NewHBox(s.restore))
	return container.NewVBox(fromPaper, s.providerSection())
}

// providerSection shows the item's recorded recovery route.
func (s *lostScreen) providerSection() fyne.CanvasObject {
	it := s.item()
	r := it.Recovery
	why := "If there is no paper copy, or the key may be stolen, reset it with the provider (the exchange, bank or service). " +
		"They will check who you are through the recovery route you set up with them."
	if r.IsZero() {
		return kit.Section("From the provider", kit.Para(why), kit.Para("No recovery route is recorded for this key. Look on the provider's "+
			"website for \"account recovery\" or \"lost 2FA\", and add the route to this item once you know it."))
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
	return kit.Section("From the provider", append([]fyne.CanvasObject{kit.Para(why)}, rows...)...)
}

func (s *lostScreen) onOpenURL(u *url.URL) {
	s.nav.activity()
	if err := s.e.paper.openURL(u); err != nil {
		s.nav.showError(err)
	}
}

// onRestore opens the restore wizard; it comes back to the vault.
func (s *lostScreen) onRestore() { s.nav.showRestore() }
