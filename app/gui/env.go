package gui

import (
	"time"

	"fyne.io/fyne/v2"

	"coffer/vault"
)

// env is what screens share besides the vault and navigation: the window, the
// background bridge, the clock, the preferences and the system services.
type env struct {
	win   fyne.Window
	bg    *bridge
	now   func() time.Time
	loc   *time.Location // the time zone dates are shown in
	prefs settings
	opts  vault.Options // how vaults are opened and created
	paper *paperSystem  // printers, the PDF viewer, the browser
	clip  *clipboardGuard
}

// date formats a time for people, in the local time zone.
func (e *env) date(t time.Time) string { return t.In(e.loc).Format(dateFormat) }
