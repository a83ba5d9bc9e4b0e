package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
)

// welcomeScreen greets a first-time user and offers to create or restore a vault.
type welcomeScreen struct {
	life
	e       *env
	nav     nav
	path    string // where a new vault would go
	create  *widget.Button
	restore *widget.Button
}

func newWelcomeScreen(e *env, n nav, path string) *welcomeScreen {
	return &welcomeScreen{e: e, nav: n, path: path}
}

// buildUI returns the screen's content.
func (s *welcomeScreen) buildUI() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("Welcome to Coffer", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	intro := widget.NewLabel("Coffer keeps the keys you cannot afford to lose — seed phrases, private keys, " +
		"2FA codes and passwords — in an encrypted vault on this computer. " +
		"It also helps you put them on paper, so a lost laptop never means lost money or accounts.")
	intro.Wrapping = fyne.TextWrapWord
	intro.Alignment = fyne.TextAlignCenter
	s.create = &widget.Button{Text: "Create a new vault", Importance: widget.HighImportance, OnTapped: s.onCreate}
	s.restore = &widget.Button{Text: "Restore from a paper backup", OnTapped: s.onRestore}
	where := widget.NewLabelWithStyle("Vault location: "+displayPath(s.path), fyne.TextAlignCenter, fyne.TextStyle{Italic: true})
	where.Wrapping = fyne.TextWrapWord
	body := container.NewVBox(appLogo(96), title, intro, widget.NewSeparator(), s.create, s.restore, where)
	return kit.Centered(body, 520)
}

func (s *welcomeScreen) onCreate() { s.nav.showCreate() }

func (s *welcomeScreen) onRestore() { s.nav.showRestore() }
