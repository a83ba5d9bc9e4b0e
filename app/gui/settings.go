package gui

import (
	"time"

	"fyne.io/fyne/v2"
)

// Preference keys. Only non-secret settings are stored.
const (
	prefAutoLock     = "autolock.minutes"
	prefClipboard    = "clipboard.seconds"
	prefPaper        = "paper.size"
	prefLockOnHide   = "autolock.background"
	prefLastVault    = "vault.last"
	prefRememberedID = "remembered." // + vault ID
)

// Defaults of the settings.
const (
	defaultAutoLockMinutes  = 5
	defaultClipboardSeconds = 30
	defaultPaper            = "a4"
)

// settings reads and writes the user's preferences.
type settings struct {
	p fyne.Preferences
}

// autoLock is the idle time after which the vault locks; zero means never.
func (s settings) autoLock() time.Duration {
	return time.Duration(s.p.IntWithFallback(prefAutoLock, defaultAutoLockMinutes)) * time.Minute
}

// clipboardClear is how long a copied secret stays on the clipboard.
func (s settings) clipboardClear() time.Duration {
	return time.Duration(s.p.IntWithFallback(prefClipboard, defaultClipboardSeconds)) * time.Second
}

// paper is the default paper size for backups: "a4" or "letter".
func (s settings) paper() string { return s.p.StringWithFallback(prefPaper, defaultPaper) }

// lockOnBackground reports whether the vault locks when the window loses focus.
func (s settings) lockOnBackground() bool { return s.p.Bool(prefLockOnHide) }

// lastVault is the path of the vault opened last, or "".
func (s settings) lastVault() string { return s.p.String(prefLastVault) }

func (s settings) setLastVault(path string) { s.p.SetString(prefLastVault, path) }

// remembered reports whether this device was last known to remember the vault.
func (s settings) remembered(vaultID string) bool {
	return vaultID != "" && s.p.Bool(prefRememberedID+vaultID)
}

func (s settings) setRemembered(vaultID string, on bool) {
	s.p.SetBool(prefRememberedID+vaultID, on)
}
