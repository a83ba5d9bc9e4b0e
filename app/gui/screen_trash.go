package gui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/vault"
)

// trashScreen lists deleted items, brings them back, and removes them for good:
// one at a time or all at once, each after a confirm that says it can't be undone.
type trashScreen struct {
	life
	e       *env
	nav     nav
	st      store
	back    *widget.Button
	empty   *widget.Button // Empty trash, hidden when it is empty
	rows    *fyne.Container
	restore map[string]*widget.Button // by item ID
	forever map[string]*widget.Button // Delete forever, by item ID
	confirm *dialog.ConfirmDialog     // the last confirm shown, for tests
}

func newTrashScreen(e *env, n nav, st store) *trashScreen { return &trashScreen{e: e, nav: n, st: st} }

// trashDays is how long an item stays in the trash, in days, as vault purges it.
var trashDays = int(vault.TrashRetention.Hours() / 24)

// buildUI returns the screen's content.
func (s *trashScreen) buildUI() fyne.CanvasObject {
	s.back = &widget.Button{Text: "Back to vault", Icon: theme.NavigateBackIcon(), OnTapped: s.onBack}
	s.empty = &widget.Button{Text: "Empty trash", Icon: theme.DeleteIcon(), Importance: widget.DangerImportance, OnTapped: s.onEmpty}
	s.rows = container.NewVBox()
	s.fill()
	top := container.NewVBox(container.NewBorder(nil, nil, s.back, s.empty), kit.Heading("Trash"),
		kit.Hint(fmt.Sprintf("Deleted items stay here for %d days, then Coffer removes them from the vault file for good, "+
			"with their old values. Restore one to put it back in your vault.", trashDays)))
	return container.NewBorder(container.NewPadded(top), nil, nil, nil,
		kit.NewVScroll(container.NewPadded(s.rows)))
}

// fill lists the items in the trash, newest first.
func (s *trashScreen) fill() {
	s.restore = map[string]*widget.Button{}
	s.forever = map[string]*widget.Button{}
	s.rows.Objects = nil
	items := s.st.Snapshot().Trash()
	if len(items) == 0 {
		s.rows.Add(widget.NewLabel("The trash is empty."))
	}
	s.empty.Hidden = len(items) == 0
	s.empty.Refresh()
	for _, it := range items {
		s.rows.Add(s.row(it))
	}
	s.rows.Refresh()
}

// row shows one deleted item with its Restore and Delete forever buttons.
func (s *trashScreen) row(it vault.Item) fyne.CanvasObject {
	id, title := it.ID, it.Title
	b := &widget.Button{Text: "Restore", Icon: theme.ContentUndoIcon(), OnTapped: func() { s.onRestore(id) }}
	s.restore[id] = b
	f := &widget.Button{Text: "Delete forever", Icon: theme.DeleteIcon(), OnTapped: func() { s.onDeleteForever(id, title) }}
	s.forever[id] = f
	name := widget.NewLabelWithStyle(it.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	gone := it.Deleted.Add(vault.TrashRetention)
	sub := kit.Hint(it.Kind.Label() + " · deleted " + s.e.date(*it.Deleted) + " · removed for good after " + s.e.date(gone))
	return container.NewBorder(nil, nil, widget.NewIcon(kindIcon(it.Kind)), container.NewHBox(b, f),
		container.New(&kit.TightVBox{}, name, sub))
}

// onRestore takes an item out of the trash and saves.
func (s *trashScreen) onRestore(id string) {
	s.nav.activity()
	if commit(s.st, s.nav, func(d *vault.Data) error { return d.Undelete(id) }) {
		s.fill()
	}
}

// onDeleteForever removes one item from the vault file, history and all, once the
// user confirms.
func (s *trashScreen) onDeleteForever(id, title string) {
	s.nav.activity()
	s.ask(fmt.Sprintf("Delete %q forever?", title),
		"It is removed from your vault file now, with its old values. This can't be undone. "+
			"A paper backup that holds it still does.", "Delete forever",
		func(d *vault.Data) error { return d.DeleteForever(id) })
}

// onEmpty removes every item in the trash, once the user confirms.
func (s *trashScreen) onEmpty() {
	s.nav.activity()
	n := len(s.st.Snapshot().Trash())
	s.ask("Empty the trash?",
		fmt.Sprintf("%s removed from your vault file now, with their old values. This can't be undone. "+
			"Paper backups that hold them still do.", plural(n, "item is", "items are")), "Empty trash",
		func(d *vault.Data) error { d.EmptyTrash(); return nil })
}

// ask shows a confirm; confirmed, it commits change and lists the trash again.
func (s *trashScreen) ask(title, text, action string, change func(*vault.Data) error) {
	s.confirm = dialog.NewConfirm(title, text, func(ok bool) {
		s.nav.activity()
		if ok && commit(s.st, s.nav, change) {
			s.fill()
		}
	}, s.e.win)
	s.confirm.SetConfirmText(action)
	s.confirm.SetDismissText("Cancel")
	s.confirm.SetConfirmImportance(widget.DangerImportance)
	s.confirm.Show()
}

func (s *trashScreen) onBack() { s.nav.showMain() }
