package gui

import (
	"errors"

	"fyne.io/fyne/v2/widget"

	"coffer/vault"
)

// noKeyringLine is the one line shown where "Remember on this device" cannot work.
const noKeyringLine = "This computer has no system keyring, so Coffer cannot remember the vault here: " +
	"you will type your passphrase to unlock."

// checkKeyring asks the system keyring, off the UI goroutine, whether it can be
// used; without one it unticks and disables box, unless keep (the vault is
// remembered and must stay forgettable), and calls show with the plain line.
func checkKeyring(e *env, owner *life, box *widget.Check, keep bool, show func(string)) {
	kr := e.opts.Keyring
	if kr == nil {
		return
	}
	var err error
	e.bg.do(job{owner: owner, work: func() { err = vault.CheckKeyring(kr) }, done: func() {
		if !errors.Is(err, vault.ErrNoKeyring) {
			return
		}
		if !keep {
			on := box.OnChanged
			box.OnChanged = nil
			box.SetChecked(false)
			box.OnChanged = on
			box.Disable()
		}
		show(noKeyringLine)
	}})
}
