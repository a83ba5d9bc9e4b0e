// Package gui is Coffer's desktop app (Fyne): one window that shows one screen at a
// time.
//
// Shape:
//   - gui.go: the window and the router state (the vault file shown, the open vault,
//     the current screen); router.go: every way to a screen; nav.go: the nav
//     interface screens use to move on (the router implements it).
//   - store.go: what screens use of the open vault (Snapshot, Update, passphrase and
//     keyring calls); screens never hold the live document. env.go: what screens share
//     besides: window, background bridge, clock, preferences, printers and clipboard.
//     No screen holds the router (*gui).
//   - bridge.go: the screen lifecycle and the background bridge. The router drops
//     the screen it replaces, and the app's screens when it locks; work a dropped
//     screen started is discarded when it finishes and a vault it opened is closed.
//     The bridge runs work off the UI goroutine, brings done back with fyne.Do, and
//     counts the work that holds the open vault (the app does not lock under it).
//   - autolock.go and clipboard.go: idle lock, lock on losing focus, clipboard clear.
//     settings.go: preferences.
//   - screen_*.go: one file per screen. The wizards (screen_print.go,
//     screen_restore.go, screen_lost.go) are lists of kit.Step values with a file per
//     step (print_*.go, restore_*.go, lost_*.go); restore_flow.go holds the restore
//     wizard's flow rules as plain functions. codes_panel.go gathers codes from
//     photos and PDFs for the print check and the restore. kinds.go: the one table
//     of item kinds.
//   - import_*.go: the import wizard (exports of other apps, through vault/importer;
//     import_screen.go keeps its state and steps). totp_qr*.go: a TOTP secret read
//     from a QR image into the item form, and a TOTP item shown as its QR code.
//   - kit: reusable widgets that know nothing of vaults or screens.
//
// Threat model, as far as the UI goes: secrets are shown only on request, copied to
// the clipboard with a timed clear, and forgotten (widgets emptied, vault closed)
// when the app locks on idle or on losing focus, including while slow work runs.
// Secrets never go to logs or error texts; errors are put in plain words by
// app/internal/explain.
package gui
