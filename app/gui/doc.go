// Package gui is Coffer's desktop app (Fyne): one window that shows one screen at a
// time.
//
// Shape: gui.go owns the window and shows one screen at a time; each screen is a
// struct of widget pointers with a buildUI and onXxx handlers, one file per screen.
// Slow work (scrypt, reading photos) runs off the UI goroutine and comes back
// through fyne.Do.
//
// Threat model, as far as the UI goes: secrets are shown only on request, copied to
// the clipboard with a timed clear, and forgotten (widgets emptied, vault closed) when
// the app locks on idle or on losing focus. Secrets never go to logs or error texts;
// errors are explained in plain words by app/internal/explain.
package gui
