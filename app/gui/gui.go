package gui

import (
	"errors"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/dialog"

	"coffer/app/internal/explain"
	"coffer/app/internal/harden"
	"coffer/app/internal/quietlocale"
	"coffer/vault"
)

// appID identifies Coffer to Fyne; it keys the Preferences store.
const appID = "app.coffer.desktop"

// gui is the desktop app: one window that shows one screen at a time, the vault
// while it is unlocked, and the timers that guard it.
type gui struct {
	// env is shared with every screen (as a pointer to this field).
	env
	app fyne.App
	// path is the vault file the app shows: to unlock, to create, or open.
	path string
	// current is the screen showing; it is dropped when another replaces it.
	current screen
	v       store // the open vault, nil while locked
	main    *mainScreen
	idle    *idleTimer
}

// Run opens the desktop app on $COFFER_VAULT, the last vault used, or the default
// location, and returns the process exit status when the window closes.
func Run() int {
	if err := harden.DisableCoreDumps(); err != nil {
		log.Printf("coffer: warning: %v; a crash could leave secrets in a core file", err)
	}
	harden.NoBusAutolaunch() // before Fyne or the keyring reach for D-Bus
	quietlocale.Apply()
	a := fyneapp.NewWithID(appID)
	w := a.NewWindow("Coffer")
	g := newGUI(a, w, vault.Options{Keyring: vault.OSKeyring{}})
	path, err := g.initialPath()
	if err != nil {
		fyne.LogError("no vault location", err)
		return 1
	}
	g.path = path
	stop := g.startTicker(time.Second)
	defer stop()
	w.SetCloseIntercept(func() { g.shutdown(); w.Close() })
	w.SetIcon(appIcon)
	w.Resize(fyne.NewSize(960, 640))
	g.installMenu()
	g.start()
	w.ShowAndRun()
	g.shutdown()
	return 0
}

// newGUI wires a gui to an app and window. opts.Now, if set, is the clock of the
// vault and of every timer.
func newGUI(a fyne.App, w fyne.Window, opts vault.Options) *gui {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	g := &gui{app: a, idle: &idleTimer{}}
	g.env = env{win: w, bg: newBridge(), now: opts.Now, loc: time.Local, prefs: settings{a.Preferences()},
		opts: opts, paper: newPaperSystem(a), clip: &clipboardGuard{cb: a.Clipboard()}}
	g.installShortcuts()
	a.Lifecycle().SetOnExitedForeground(g.onBackground)
	w.SetOnDropped(g.onDropped)
	return g
}

// initialPath is $COFFER_VAULT, else the vault used last time, else the default.
func (g *gui) initialPath() (string, error) {
	if p := os.Getenv("COFFER_VAULT"); p != "" {
		return p, nil
	}
	if p := g.prefs.lastVault(); p != "" {
		return p, nil
	}
	return vault.DefaultPath()
}

// start shows the unlock screen when a vault exists at g.path, else the welcome.
func (g *gui) start() {
	g.setTitle("")
	if _, err := vault.ReadHeader(g.path); errors.Is(err, fs.ErrNotExist) {
		g.showWelcome()
		return
	}
	g.showUnlock("")
}

// show makes s the current screen and puts its content in the window. The screen it
// replaces is dropped; the main screen lives until the vault closes.
func (g *gui) show(s screen, content fyne.CanvasObject) {
	if prev := g.current; prev != nil && prev != s && prev != screen(g.main) {
		prev.drop()
	}
	g.current = s
	g.setTitle("")
	g.win.SetContent(content)
}

// shutdown drops the screen showing and closes the vault, when the window closes.
func (g *gui) shutdown() {
	if g.current != nil && g.current != screen(g.main) {
		g.current.drop()
	}
	g.current = nil
	g.closeVault()
}

// setTitle names the vault in the window title.
func (g *gui) setTitle(extra string) {
	t := "Coffer — " + vaultName(g.path)
	if extra != "" {
		t += " — " + extra
	}
	g.win.SetTitle(t)
}

// vaultName is the file name of a vault without its extension.
func vaultName(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// lock forgets every item, closes the vault and shows the unlock screen.
func (g *gui) lock() {
	if g.v == nil {
		return
	}
	g.closeVault()
	g.showUnlock("Locked. Your vault is closed.")
}

// closeVault forgets every item, clears our clipboard content and closes the vault.
func (g *gui) closeVault() {
	if g.v == nil {
		return
	}
	if g.main != nil {
		if g.current == screen(g.main) {
			g.current = nil
		}
		g.main.drop()
		g.main = nil
	}
	g.clip.clearNow()
	closeQuietly(g.v)
	g.v = nil
}

// showError shows an error in plain words; a nil error shows nothing.
func (g *gui) showError(err error) {
	if err == nil {
		return
	}
	g.showMessage("Something went wrong", sentence(explain.Error(err)))
}

// showMessage shows a short information dialog.
func (g *gui) showMessage(title, text string) {
	dialog.ShowInformation(title, text, g.win)
}

// activity records that the user did something, postponing auto-lock.
func (g *gui) activity() { g.idle.touch(g.now()) }

// sentence capitalises the first letter and ends the text with a full stop.
func sentence(s string) string {
	if s == "" {
		return s
	}
	s = strings.ToUpper(s[:1]) + s[1:]
	if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "?") {
		s += "."
	}
	return s
}

// closeQuietly closes a vault nobody will use, logging a failure (no secret in it).
func closeQuietly(v interface{ Close() error }) {
	if err := v.Close(); err != nil {
		fyne.LogError("closing a vault", err)
	}
}

// isRemembered asks the vault whether the keyring holds its key; unknown is false.
func isRemembered(v interface{ IsRemembered() (bool, error) }) bool {
	ok, err := v.IsRemembered()
	return err == nil && ok
}

// displayPath shortens a path under the home folder to ~/…, as people read it.
func displayPath(p string) string {
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return p
	}
	rel, err := filepath.Rel(home, p)
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") {
		return p
	}
	return filepath.Join("~", rel)
}
