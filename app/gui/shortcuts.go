package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// installShortcuts binds Ctrl+F (search), Ctrl+N (new item), Ctrl+L (lock) and
// Ctrl+C (copy the selected secret) on the window; Cmd replaces Ctrl on macOS.
func (g *gui) installShortcuts() {
	c := g.win.Canvas()
	mod := fyne.KeyModifierShortcutDefault
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: mod}, func(fyne.Shortcut) { g.onMain((*mainScreen).focusSearch) })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: mod}, func(fyne.Shortcut) { g.onMain((*mainScreen).onNew) })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyL, Modifier: mod}, func(fyne.Shortcut) { g.lock() })
	c.AddShortcut(&fyne.ShortcutCopy{}, func(fyne.Shortcut) { g.onMain((*mainScreen).copySelected) })
}

// onMain runs f on the main screen if the vault is unlocked and it is showing.
func (g *gui) onMain(f func(*mainScreen)) {
	if g.main == nil || g.current != g.main {
		return
	}
	g.activity()
	f(g.main)
}

// installMenu adds the Vault and Help menus. Its shortcuts (Ctrl+N, Ctrl+F, Ctrl+L) work
// even while a text field has the keyboard focus, which window shortcuts do not.
func (g *gui) installMenu() {
	mod := fyne.KeyModifierShortcutDefault
	item := func(label string, key fyne.KeyName, action func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, action)
		it.Shortcut = &desktop.CustomShortcut{KeyName: key, Modifier: mod}
		return it
	}
	vaultMenu := fyne.NewMenu("Vault",
		item("New item", fyne.KeyN, func() { g.onMain((*mainScreen).onNew) }),
		item("Search", fyne.KeyF, func() { g.onMain((*mainScreen).focusSearch) }),
		fyne.NewMenuItemSeparator(),
		item("Print a paper backup…", fyne.KeyP, g.showPrint),
		fyne.NewMenuItem("Restore from a paper backup…", g.showRestore),
		fyne.NewMenuItem("Print an emergency kit…", g.showKit),
		fyne.NewMenuItem("Import…", g.showImport),
		fyne.NewMenuItemSeparator(),
		item("Lock", fyne.KeyL, g.lock),
		fyne.NewMenuItemSeparator(),
		g.quitItem(item),
	)
	help := fyne.NewMenu("Help", fyne.NewMenuItem("I lost my vault or passphrase…", g.showLostVault))
	g.win.SetMainMenu(fyne.NewMainMenu(vaultMenu, help))
}

// quitItem is Quit with Ctrl+Q: it closes the vault, then the app (see quit). Fyne's
// own Quit item has no shortcut on Linux and Windows.
func (g *gui) quitItem(item func(string, fyne.KeyName, func()) *fyne.MenuItem) *fyne.MenuItem {
	q := item("Quit", fyne.KeyQ, func() { g.closeVault(); quit(g.app) })
	q.IsQuit = true
	return q
}
