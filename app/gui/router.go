package gui

import (
	"coffer/vault"
)

// The router: every way to a screen. Each builds the screen with what it needs
// (env, nav, store, path) and shows it; show drops the screen it replaces.

func (g *gui) showWelcome() {
	s := newWelcomeScreen(&g.env, g, g.path)
	g.show(s, s.buildUI())
}

func (g *gui) showCreate() {
	s := newCreateScreen(&g.env, g, g.path)
	g.show(s, s.buildUI())
	g.win.Canvas().Focus(s.pass.Entry)
}

func (g *gui) showUnlock(message string) {
	s := newUnlockScreen(&g.env, g, g.path)
	g.show(s, s.buildUI())
	s.setMessage(message)
	g.win.Canvas().Focus(s.passphrase)
}

// opened takes over a freshly opened vault and shows its items; remembered says
// whether the system keyring holds its key.
func (g *gui) opened(v *vault.Vault, remembered bool) {
	g.v = v
	g.prefs.setLastVault(v.Path())
	g.prefs.setRemembered(v.ID(), remembered)
	g.idle.touch(g.now())
	g.showMain()
}

// adopt closes the open vault, if any, and shows v, which a restore created.
func (g *gui) adopt(v *vault.Vault) {
	g.closeVault()
	g.path = v.Path()
	g.opened(v, false)
}

// home shows the open vault, or the unlock or welcome screen when none is open.
func (g *gui) home() {
	if g.v != nil {
		g.showMain()
		return
	}
	g.start()
}

// showItem shows the vault with the item selected.
func (g *gui) showItem(id string) {
	if g.main != nil {
		g.main.selected = id
	}
	g.showMain()
}

// editItem shows the vault with the edit form of it open.
func (g *gui) editItem(it vault.Item) {
	g.showMain()
	if g.main != nil {
		g.main.onEdit(it)
	}
}

// showTrash shows the items in the trash.
func (g *gui) showTrash() {
	if g.v == nil {
		return
	}
	g.activity()
	s := newTrashScreen(&g.env, g, g.v)
	g.show(s, s.buildUI())
}

// showSettings shows the settings of the app and the open vault.
func (g *gui) showSettings() {
	if g.v == nil {
		return
	}
	g.activity()
	s := newSettingsScreen(&g.env, g, g.v)
	g.show(s, s.buildUI())
}

// showMain shows the item list, creating it after an unlock.
func (g *gui) showMain() {
	if g.v == nil {
		g.showUnlock("")
		return
	}
	if g.main == nil {
		g.main = newMainScreen(&g.env, g, g.v)
		g.main.buildUI()
	}
	g.show(g.main, g.main.root)
	g.main.reload()
}

// showLost opens the guide for one item.
func (g *gui) showLost(itemID string, stolen bool) {
	if g.v == nil {
		return
	}
	g.activity()
	s := newLostScreen(&g.env, g, g.v, itemID, stolen)
	g.show(s, s.buildUI())
}

// showLostVault opens the explanation from the Help menu.
func (g *gui) showLostVault() {
	g.activity()
	s := newLostVaultScreen(g)
	g.show(s, s.buildUI())
}

// showPrint opens the print wizard; Cancel and Finish come back to the main screen.
func (g *gui) showPrint() {
	if g.v == nil {
		return
	}
	g.activity()
	s := newPrintScreen(&g.env, g, g.v, g.showMain)
	g.show(s, s.buildUI())
}

// showImport opens the import wizard; Cancel and Finish come back to the main screen.
func (g *gui) showImport() {
	if g.v == nil {
		return
	}
	g.activity()
	s := newImportScreen(&g.env, g, g.v, g.showMain)
	g.show(s, s.buildUI())
}

// showRestore opens the restore wizard; Cancel returns to the screen shown before.
func (g *gui) showRestore() {
	g.activity()
	s := newRestoreScreen(&g.env, g, g.v, g.path, g.home)
	g.show(s, s.buildUI())
}

// showKit opens the emergency kit wizard; Cancel and Finish come back to the main screen.
func (g *gui) showKit() {
	if g.v == nil {
		return
	}
	g.activity()
	s := newKitScreen(&g.env, g, g.v, g.showMain)
	g.show(s, s.buildUI())
}
