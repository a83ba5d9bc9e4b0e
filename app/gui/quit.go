package gui

import (
	"log"
	"runtime"
)

// quitter is the part of fyne.App that ends it.
type quitter interface{ Quit() }

// quit ends the app. Fyne 2.7.1 keeps a typed-nil settings watcher when it could not
// watch its settings file (inotify exhausted) and its Quit then panics closing it,
// after the windows are closed and the driver is told to stop. That panic is
// recovered and logged in one line, so Quit still quits; any other panic goes on.
func quit(a quitter) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if _, fromRuntime := r.(runtime.Error); !fromRuntime {
			panic(r)
		}
		log.Printf("coffer: quit: Fyne could not stop watching its settings (%v); ignored", r)
	}()
	a.Quit()
}
