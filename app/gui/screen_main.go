package gui

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/vault"
)

// allKinds is the kind filter's "no filter" choice.
const allKinds = "All kinds"

// mainScreen is the unlocked vault: a searchable list of items on the left and the
// selected item, or a form, on the right.
type mainScreen struct {
	life
	e          *env
	nav        nav
	st         store
	root       fyne.CanvasObject
	search     *widget.Entry
	kind       *widget.Select
	list       *widget.List
	newItem    *widget.Button
	trash      *widget.Button
	settings   *widget.Button
	lock       *widget.Button
	banner     *widget.Label
	print      *widget.Button
	bannerBox  *fyne.Container
	status     *statusLine
	clipStatus *widget.Label // the status line's text
	// clipPending is true while the status line counts down to clearing the clipboard.
	clipPending bool
	empty       *widget.Label
	importBtn   *widget.Button // on the empty vault's pane
	pane        *fyne.Container
	items       []vault.Item // the items the list shows, filtered
	total       int          // how many items are active, before the filter
	selected    string       // ID of the selected item, or ""
	detail      *detailScreen
	edit        *editScreen
}

func newMainScreen(e *env, n nav, st store) *mainScreen { return &mainScreen{e: e, nav: n, st: st} }

// buildUI creates the widgets and sets s.root.
func (s *mainScreen) buildUI() {
	s.search = widget.NewEntry()
	s.search.SetPlaceHolder("Search  (Ctrl+F)") // fits at 700 px: a longer one made the entry scroll
	s.search.OnChanged = func(string) { s.nav.activity(); s.reload() }
	s.kind = widget.NewSelect(kindChoices(), func(string) { s.nav.activity(); s.reload() })
	s.kind.SetSelected(allKinds)
	s.newItem = &widget.Button{Text: "New item", Icon: theme.ContentAddIcon(), Importance: widget.HighImportance, OnTapped: s.onNew}
	s.trash = &widget.Button{Text: "Trash", Icon: theme.DeleteIcon(), OnTapped: s.onTrash}
	s.settings = &widget.Button{Text: "Settings", Icon: theme.SettingsIcon(), OnTapped: s.onSettings}
	s.lock = &widget.Button{Text: "Lock", Icon: kit.IconLock, OnTapped: s.onLock}
	s.list = widget.NewList(s.listLength, s.newRow, s.updateRow)
	s.list.OnSelected = s.onSelected
	s.banner = widget.NewLabel("")
	s.banner.Wrapping = fyne.TextWrapWord
	s.banner.Importance = widget.WarningImportance
	s.print = &widget.Button{Text: "Print backup", Icon: theme.DocumentPrintIcon(), OnTapped: s.nav.showPrint}
	s.bannerBox = container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), container.NewCenter(s.print), s.banner)
	s.status = newStatusLine()
	s.clipStatus = s.status.label
	s.empty = widget.NewLabel("")
	s.empty.Wrapping = fyne.TextWrapWord
	s.empty.Alignment = fyne.TextAlignCenter
	s.importBtn = &widget.Button{Text: "Import…", Icon: theme.DownloadIcon(), OnTapped: s.nav.showImport}
	s.pane = container.NewStack()
	toolbar := container.NewBorder(nil, nil, nil,
		container.NewHBox(s.kind, s.newItem, s.trash, s.settings, s.lock), s.search)
	left := container.NewBorder(nil, nil, nil, nil, s.list)
	split := container.NewHSplit(left, s.pane)
	split.Offset = 0.34
	top := container.NewVBox(toolbar, s.bannerBox)
	s.root = container.NewBorder(top, s.status.box, nil, nil, split)
}

// kindChoices are the kind filter's options.
func kindChoices() []string {
	out := []string{allKinds}
	for _, k := range vault.Kinds {
		out = append(out, k.Label())
	}
	return out
}

// reload reads the items again, applies search and filter, and refreshes the panes.
func (s *mainScreen) reload() {
	if s.st == nil || s.list == nil {
		return
	}
	d := s.st.Snapshot()
	active := d.Active()
	s.total = len(active)
	s.items = filterItems(active, s.search.Text, s.kind.Selected)
	s.list.UnselectAll()
	s.list.Refresh()
	s.updateBanner(d.PaperStatus())
	s.status.check()
	s.reselect()
}

// reselect keeps the selection on the same item after a reload.
func (s *mainScreen) reselect() {
	if s.edit != nil {
		return
	}
	for i, it := range s.items {
		if it.ID == s.selected {
			s.list.Select(i)
			return
		}
	}
	s.selected = ""
	s.showEmpty()
}

// filterItems keeps the items whose title, tags or username contain query (case
// folded) and whose kind has the chosen label.
func filterItems(items []vault.Item, query, kindLabel string) []vault.Item {
	q := strings.ToLower(strings.TrimSpace(query))
	var out []vault.Item
	for _, it := range items {
		if kindLabel != "" && kindLabel != allKinds && it.Kind.Label() != kindLabel {
			continue
		}
		if q == "" || matches(it, q) {
			out = append(out, it)
		}
	}
	return out
}

// matches reports whether a lowercase query occurs in the item's title, tags or username.
func matches(it vault.Item, q string) bool {
	fields := append([]string{it.Title, it.Username}, it.Tags...)
	for _, f := range fields {
		if strings.Contains(strings.ToLower(f), q) {
			return true
		}
	}
	return false
}

func (s *mainScreen) listLength() int { return len(s.items) }

// newRow is the list's row template: kind icon, title, and a line of detail.
func (s *mainScreen) newRow() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	sub := widget.NewLabel("")
	sub.SizeName = theme.SizeNameCaptionText
	sub.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, widget.NewIcon(theme.DocumentIcon()), nil,
		container.New(&kit.TightVBox{}, title, sub))
}

func (s *mainScreen) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(s.items) {
		return
	}
	it := s.items[id]
	row := o.(*fyne.Container)
	texts := row.Objects[0].(*fyne.Container).Objects
	texts[0].(*widget.Label).SetText(it.Title)
	texts[1].(*widget.Label).SetText(rowDetail(it))
	row.Objects[1].(*widget.Icon).SetResource(kindIcon(it.Kind))
}

// rowDetail is the second line of a list row: kind, then username or tags.
func rowDetail(it vault.Item) string {
	parts := []string{it.Kind.Label()}
	if it.Username != "" {
		parts = append(parts, it.Username)
	} else if len(it.Tags) > 0 {
		parts = append(parts, strings.Join(it.Tags, ", "))
	}
	return strings.Join(parts, " · ")
}

func (s *mainScreen) onSelected(id widget.ListItemID) {
	if id >= len(s.items) {
		return
	}
	s.nav.activity()
	s.edit = nil
	s.selected = s.items[id].ID
	s.detail = newDetailScreen(s.e, s.nav, s.st, s, s.items[id])
	s.setPane(s.detail.buildUI())
}

// setPane replaces the right-hand pane.
func (s *mainScreen) setPane(o fyne.CanvasObject) {
	s.pane.Objects = []fyne.CanvasObject{o}
	s.pane.Refresh()
}

// showEmpty fills the right pane when nothing is selected.
func (s *mainScreen) showEmpty() {
	s.detail = nil
	s.importBtn.Hidden = s.total != 0
	switch {
	case s.total == 0:
		s.empty.SetText("Your vault is empty.\nAdd your first seed phrase, key or password with New item (Ctrl+N), " +
			"or import them from another app.")
	case len(s.items) == 0:
		s.empty.SetText("Nothing matches your search.")
	default:
		s.empty.SetText("Choose an item on the left to see it.")
	}
	s.setPane(container.NewCenter(container.New(&kit.MaxWidth{Width: 360}, container.NewVBox(s.empty, container.NewCenter(s.importBtn)))))
}

// updateBanner says how many keys are not safely on paper, hiding when none.
func (s *mainScreen) updateBanner(st vault.PaperStatus) {
	text := paperBanner(st)
	s.banner.SetText(text)
	s.bannerBox.Hidden = text == ""
	s.bannerBox.Refresh()
}

// paperBanner describes the backup status, or "" when every item is, as it is now,
// on a checked backup (decrypted and matching its ledger record).
func paperBanner(st vault.PaperStatus) string {
	var parts []string
	if n := len(st.NotOnPaper); n > 0 {
		parts = append(parts, fmt.Sprintf("%s not on paper yet", plural(n, "key is", "keys are")))
	}
	if n := len(st.ChangedSince); n > 0 {
		parts = append(parts, fmt.Sprintf("%s changed since the last paper backup", plural(n, "key has", "keys have")))
	}
	if n := len(st.OnlyPrinted); n > 0 {
		parts = append(parts, fmt.Sprintf("%s only on paper never read back", plural(n, "key is", "keys are")))
	}
	if n := len(st.OnlyCodesRead); n > 0 {
		parts = append(parts, fmt.Sprintf("%s only on paper whose codes were read but never decrypted, so not checked",
			plural(n, "key is", "keys are")))
	}
	if len(parts) == 0 {
		return ""
	}
	text := strings.Join(parts, "; ") + "."
	if len(st.NotOnPaper)+len(st.ChangedSince) == 0 {
		text += " To check a printout, restore it into this vault (Vault menu): that decrypts it, and keys already in the vault are skipped."
	}
	return text
}

// statusClipboard owns the clipboard countdown in the status line.
const statusClipboard = "clipboard"

// tick expires the status line and refreshes the clipboard countdown and the TOTP code.
func (s *mainScreen) tick(now time.Time) {
	s.status.tick(now)
	if left := s.e.clip.remaining(now); left > 0 {
		s.clipPending = true
		s.status.show(statusMsg{owner: statusClipboard,
			text: fmt.Sprintf("Copied. The clipboard will be cleared in %d s.", int(left.Round(time.Second)/time.Second))}, now)
	} else if s.clipPending {
		s.clipPending = false
		if s.status.has(statusClipboard) {
			s.status.show(statusMsg{owner: statusClipboard, text: "Clipboard cleared.", ttl: statusShown}, now)
		}
	}
	if s.detail != nil {
		s.detail.tick(now)
	}
}

// onNew opens an empty form, for the kind being filtered on if any.
func (s *mainScreen) onNew() {
	s.nav.activity()
	kind, ok := kindByLabel(s.kind.Selected)
	if !ok {
		kind = vault.KindSeed
	}
	s.openEditor(newEditScreen(s.e, s.nav, s.st, nil, kind))
}

// onEdit opens the form on an existing item.
func (s *mainScreen) onEdit(it vault.Item) {
	s.openEditor(newEditScreen(s.e, s.nav, s.st, &it, it.Kind))
}

func (s *mainScreen) openEditor(e *editScreen) {
	s.list.UnselectAll()
	s.detail = nil
	s.edit = e
	e.onDone, e.owner = s.editorDone, &s.life
	s.setPane(e.buildUI())
	s.e.win.Canvas().Focus(e.title)
}

// editorDone closes the form and selects the saved item ("" after Cancel).
func (s *mainScreen) editorDone(id string) {
	s.edit = nil
	if id != "" {
		s.selected = id
		s.search.SetText("")
		s.kind.SetSelected(allKinds)
	}
	s.reload()
}

func (s *mainScreen) onTrash() {
	s.nav.activity()
	s.nav.showTrash()
}

func (s *mainScreen) onSettings() {
	s.nav.activity()
	s.nav.showSettings()
}

func (s *mainScreen) onLock() { s.nav.lock() }

func (s *mainScreen) focusSearch() { s.e.win.Canvas().Focus(s.search) }

// copySelected copies the selected item's secret (Ctrl+C).
func (s *mainScreen) copySelected() {
	if s.detail != nil {
		s.detail.onCopy()
	}
}

// drop forgets every item and empties every widget that showed one.
func (s *mainScreen) drop() {
	s.life.drop()
	s.search.OnChanged, s.kind.OnChanged, s.list.OnSelected = nil, nil, nil
	s.search.SetText("")
	s.items, s.selected, s.detail, s.edit = nil, "", nil, nil
	s.list.UnselectAll()
	s.list.Refresh()
	s.pane.Objects = nil
	s.pane.Refresh()
}
