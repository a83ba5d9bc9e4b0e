package gui

import (
	"time"

	"fyne.io/fyne/v2"
)

// idleTimer remembers when the user last did something.
type idleTimer struct {
	last time.Time
}

// touch records activity at now.
func (t *idleTimer) touch(now time.Time) { t.last = now }

// expired reports whether the user has been idle for at least after; zero means never.
func (t *idleTimer) expired(now time.Time, after time.Duration) bool {
	return after > 0 && !t.last.IsZero() && now.Sub(t.last) >= after
}

// startTicker calls tick every period on the UI goroutine until stop is called.
func (g *gui) startTicker(period time.Duration) (stop func()) {
	tk := time.NewTicker(period)
	quit := make(chan struct{})
	go func() {
		for {
			select {
			case <-tk.C:
				fyne.Do(g.tick)
			case <-quit:
				return
			}
		}
	}()
	return func() { tk.Stop(); close(quit) }
}

// tick is the app's heartbeat: it clears the clipboard, locks an idle vault and
// refreshes countdowns. Tests call it directly with an injected clock.
func (g *gui) tick() {
	now := g.now()
	g.clip.tick(now)
	if g.v != nil && !g.bg.holding() && g.idle.expired(now, g.prefs.autoLock()) {
		g.lock()
		return
	}
	if g.main != nil {
		g.main.tick(now)
	}
}

// onBackground locks when the window loses focus, if the user asked for that.
func (g *gui) onBackground() {
	if g.prefs.lockOnBackground() && !g.bg.holding() {
		g.lock()
	}
}
