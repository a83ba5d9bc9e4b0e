package gui

import (
	"crypto/sha256"
	"time"

	"fyne.io/fyne/v2"
)

// clipboardGuard copies secrets to the clipboard and clears them after a while, but
// only if the clipboard still holds what Coffer put there. It keeps a hash of the
// copied text, not the text.
type clipboardGuard struct {
	cb      fyne.Clipboard
	sum     [sha256.Size]byte
	clearAt time.Time // zero when nothing of ours is pending
}

// copy puts text on the clipboard and schedules its removal after d.
func (c *clipboardGuard) copy(text string, now time.Time, d time.Duration) {
	c.cb.SetContent(text)
	c.sum = sha256.Sum256([]byte(text))
	c.clearAt = now.Add(d)
}

// remaining is how long until the clipboard is cleared; zero when nothing is pending.
func (c *clipboardGuard) remaining(now time.Time) time.Duration {
	if c.clearAt.IsZero() {
		return 0
	}
	return max(c.clearAt.Sub(now), 0)
}

// tick clears the clipboard once its time has come.
func (c *clipboardGuard) tick(now time.Time) {
	if !c.clearAt.IsZero() && !now.Before(c.clearAt) {
		c.clearNow()
	}
}

// clearNow empties the clipboard if it still holds our text, and forgets it.
func (c *clipboardGuard) clearNow() {
	if c.clearAt.IsZero() {
		return
	}
	if sha256.Sum256([]byte(c.cb.Content())) == c.sum {
		c.cb.SetContent("")
	}
	c.clearAt = time.Time{}
	c.sum = [sha256.Size]byte{}
}
