package app

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
