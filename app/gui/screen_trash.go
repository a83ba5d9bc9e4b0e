package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/vault"
)

// trashScreen lists deleted items and brings them back.
type trashScreen struct {
	life
	e       *env
	nav     nav
	st      store
	back    *widget.Button
	rows    *fyne.Container
	restore map[string]*widget.Button // by item ID
}

func newTrashScreen(e *env, n nav, st store) *trashScreen { return &trashScreen{e: e, nav: n, st: st} }

// buildUI returns the screen's content.
func (s *trashScreen) buildUI() fyne.CanvasObject {
	s.back = &widget.Button{Text: "Back to vault", Icon: theme.NavigateBackIcon(), OnTapped: s.onBack}
	s.rows = container.NewVBox()
	s.fill()
	top := container.NewVBox(container.NewHBox(s.back), kit.Heading("Trash"),
		kit.Hint("Deleted items stay here for 30 days, then they are removed for good. Restore one to put it back in your vault."))
	return container.NewBorder(container.NewPadded(top), nil, nil, nil,
		container.NewVScroll(container.NewPadded(s.rows)))
}

// fill lists the items in the trash, newest first.
func (s *trashScreen) fill() {
	s.restore = map[string]*widget.Button{}
	s.rows.Objects = nil
	items := s.st.Snapshot().Trash()
	if len(items) == 0 {
		s.rows.Add(widget.NewLabel("The trash is empty."))
	}
	for _, it := range items {
		s.rows.Add(s.row(it))
	}
	s.rows.Refresh()
}

// row shows one deleted item with its Restore button.
func (s *trashScreen) row(it vault.Item) fyne.CanvasObject {
	id := it.ID
	b := &widget.Button{Text: "Restore", Icon: theme.ContentUndoIcon(), OnTapped: func() { s.onRestore(id) }}
	s.restore[id] = b
	title := widget.NewLabelWithStyle(it.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	sub := kit.Hint(it.Kind.Label() + " · deleted " + s.e.date(*it.Deleted))
	return container.NewBorder(nil, nil, widget.NewIcon(kindIcon(it.Kind)), b, container.New(&kit.TightVBox{}, title, sub))
}

// onRestore takes an item out of the trash and saves.
func (s *trashScreen) onRestore(id string) {
	s.nav.activity()
	if commit(s.st, s.nav, func(d *vault.Data) error { return d.Undelete(id) }) {
		s.fill()
	}
}

func (s *trashScreen) onBack() { s.nav.showMain() }
