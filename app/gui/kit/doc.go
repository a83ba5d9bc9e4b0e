// Package kit holds Coffer's reusable Fyne widgets and layouts: pieces with no
// knowledge of vaults, screens or navigation, so every screen of app/gui can use them
// and tests can drive them alone. Nothing here holds a secret longer than the widget
// showing it.
package kit
