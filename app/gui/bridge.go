package gui

import "fyne.io/fyne/v2"

// screen is what the router shows. The router calls drop when the screen is left,
// replaced, or the app locks: work it started is then discarded and vaults it opened
// are closed.
type screen interface{ drop() }

// life is a screen's lifetime; embedding it gives a screen a drop that ends it.
// Screens that hold more (a decrypted backup, a vault they opened) define their own
// drop and call life.drop from it.
type life struct {
	ended  bool
	onDrop []func() // stop work under way when the lifetime ends
}

// drop ends the lifetime: work still running is told to stop (atDrop) and its
// results are discarded.
func (l *life) drop() {
	l.ended = true
	for _, stop := range l.onDrop {
		stop()
	}
	l.onDrop = nil
}

// atDrop makes drop call stop, so that work the screen started (reading a photo)
// ends early when the screen goes; at once if the lifetime has already ended. A nil
// lifetime never ends. Call it on the UI goroutine, like drop.
func (l *life) atDrop(stop func()) {
	switch {
	case l == nil:
	case l.ended:
		stop()
	default:
		l.onDrop = append(l.onDrop, stop)
	}
}

// job is slow work of one screen: work runs off the UI goroutine, then done on it if
// the owner is still showing, else discard (which closes what work opened).
type job struct {
	owner   *life // nil: done always runs
	work    func()
	done    func()
	discard func() // may be nil
	// holdsVault keeps the app from locking while work uses the open vault.
	holdsVault bool
}

// bridge runs jobs off the UI goroutine and brings their results back to it. It
// counts the jobs that hold the open vault; no screen writes that count.
type bridge struct {
	// run starts work and calls done on the UI goroutine when it has finished. Tests
	// replace it: synchronous, or queuing done to interleave a lock with the work.
	run  func(work, done func())
	busy int
}

// newBridge runs work on a goroutine and done through fyne.Do.
func newBridge() *bridge {
	return &bridge{run: func(work, done func()) {
		go func() { work(); fyne.Do(done) }()
	}}
}

// do starts j.
func (b *bridge) do(j job) {
	if j.holdsVault {
		b.busy++
	}
	b.run(j.work, func() {
		if j.holdsVault {
			b.busy--
		}
		if j.owner != nil && j.owner.ended {
			if j.discard != nil {
				j.discard()
			}
			return
		}
		j.done()
	})
}

// holding reports whether a job holds the open vault, so locking must wait.
func (b *bridge) holding() bool { return b.busy > 0 }
