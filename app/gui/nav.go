package gui

import "coffer/vault"

// nav is how a screen moves the app on: to another screen, to a newly opened
// vault, or to the lock. The router (*gui) implements it; screens hold a nav, never
// the router.
type nav interface {
	// activity records that the user did something, postponing auto-lock.
	activity()
	// home shows the vault if one is open, else its unlock (or the welcome) screen.
	home()
	start()
	showWelcome()
	showCreate()
	showMain()
	// showItem shows the vault with the item selected; editItem with its form open.
	showItem(id string)
	editItem(it vault.Item)
	showTrash()
	showSettings()
	showPrint()
	showRestore()
	// showImport opens the import wizard (exports of other apps).
	showImport()
	showLost(itemID string, stolen bool)
	lock()
	// opened takes over a vault a screen opened; remembered: the keyring holds its key.
	opened(v *vault.Vault, remembered bool)
	// adopt closes the open vault and shows v instead (a restore made it).
	adopt(v *vault.Vault)
	chooseVault()
	chooseNewVault()
	showError(err error)
	showMessage(title, text string)
}

var _ nav = (*gui)(nil)
