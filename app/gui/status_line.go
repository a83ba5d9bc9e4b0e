package gui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// statusShown is how long a message stays in the status line.
const statusShown = 15 * time.Second

// statusLine is the line under the main screen. Each message belongs to the action
// that made it: it is replaced by the next action's, it goes when it expires, and it
// goes at once when it stops being true (an item moved to the trash was restored).
type statusLine struct {
	label *widget.Label
	undo  *widget.Button // shown while the message can be undone
	box   *fyne.Container

	owner  string           // the action that made the message, "" when none
	until  time.Time        // when it expires; zero: while its owner keeps it
	valid  func() bool      // nil, or whether the message is still true
	onUndo func() (ok bool) // nil, or undoes the action; ok: it was undone
}

func newStatusLine() *statusLine {
	l := &statusLine{label: widget.NewLabel("")}
	l.label.SizeName = theme.SizeNameCaptionText
	l.undo = &widget.Button{Text: "Undo", Icon: theme.ContentUndoIcon(), Importance: widget.LowImportance, OnTapped: l.onUndoTapped}
	l.undo.Hide()
	l.box = container.NewBorder(nil, nil, nil, container.NewHBox(l.undo), l.label)
	return l
}

// statusMsg is one message of the status line.
type statusMsg struct {
	owner string        // the action that made it
	text  string        //
	ttl   time.Duration // 0: it stays until its owner replaces or clears it
	valid func() bool   // nil, or whether it is still true
	undo  func() bool   // nil, or undoes the action
}

// show puts m in the line at now, replacing whatever was there.
func (l *statusLine) show(m statusMsg, now time.Time) {
	l.owner, l.valid, l.onUndo = m.owner, m.valid, m.undo
	l.until = time.Time{}
	if m.ttl > 0 {
		l.until = now.Add(m.ttl)
	}
	l.label.SetText(m.text)
	l.undo.Hidden = m.undo == nil
	l.box.Refresh()
}

// clear empties the line if the owner's message is shown.
func (l *statusLine) clear(owner string) {
	if l.owner == owner {
		l.show(statusMsg{}, time.Time{})
	}
}

// has reports whether the owner's message is shown.
func (l *statusLine) has(owner string) bool { return l.owner != "" && l.owner == owner }

// tick expires the message at now, and drops one that is no longer true.
func (l *statusLine) tick(now time.Time) {
	if l.owner == "" {
		return
	}
	if (!l.until.IsZero() && !now.Before(l.until)) || (l.valid != nil && !l.valid()) {
		l.clear(l.owner)
	}
}

// check drops the message when it is no longer true (after the vault changed).
func (l *statusLine) check() {
	if l.owner != "" && l.valid != nil && !l.valid() {
		l.clear(l.owner)
	}
}

func (l *statusLine) onUndoTapped() {
	if l.onUndo != nil && l.onUndo() {
		l.clear(l.owner)
	}
}
