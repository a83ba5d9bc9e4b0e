package gui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/vault"
)

// reviewPrefix starts the incident-log note of a ticked security-review step; the
// step's ID follows, so the guide can show it as done.
const reviewPrefix = "security review: "

// reviewStep: the checklist for the item's kind; each tick goes into its incident log.
func (s *lostScreen) reviewStep() fyne.CanvasObject {
	it := s.item()
	ticked := reviewTicks(it.Incidents)
	s.review, s.done = map[string]*widget.Check{}, map[string]*widget.Label{}
	list := container.NewVBox()
	for _, step := range vault.SecurityReview(it.Kind) {
		list.Add(s.reviewRow(step, ticked))
	}
	duty := kit.Para(vault.Lost(it.Kind).Duty)
	duty.Importance = widget.WarningImportance
	return container.NewVBox(
		kit.Para("Work through these checks. Each tick is written, with its date, into this key's incident log in your vault, "+
			"so you can show later what you did and when."),
		list, kit.Section("Your duty", duty))
}

// reviewRow is one check with why it matters and the risk it limits. The check's
// text is a separate wrapped label, as a check box does not wrap its text.
func (s *lostScreen) reviewRow(step vault.GuideStep, ticked map[string]time.Time) fyne.CanvasObject {
	c := widget.NewCheck("", nil)
	when := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	when.Importance = widget.SuccessImportance
	when.Hide()
	s.review[step.ID], s.done[step.ID] = c, when
	if t, ok := ticked[step.ID]; ok {
		c.SetChecked(true)
		s.showDone(step.ID, t)
	}
	c.OnChanged = func(on bool) { s.onTick(step, on) }
	do := kit.Para(step.Do)
	do.TextStyle.Bold = true
	why := kit.Hint(step.Why + " Risk: " + step.Risk + ".")
	return widget.NewCard("", "", container.NewBorder(nil, nil, container.NewVBox(c), nil, container.NewVBox(do, why, when)))
}

// showDone marks a review step as done at t.
func (s *lostScreen) showDone(id string, t time.Time) {
	s.done[id].SetText("Done " + s.e.date(t) + ", written in the incident log")
	s.done[id].Show()
}

// reviewTicks finds the review steps already ticked in an incident log, with their dates.
func reviewTicks(log []vault.Incident) map[string]time.Time {
	out := map[string]time.Time{}
	for _, in := range log {
		if rest, ok := strings.CutPrefix(in.Note, reviewPrefix); ok {
			id, _, _ := strings.Cut(rest, " ")
			if _, seen := out[id]; !seen {
				out[id] = in.Time
			}
		}
	}
	return out
}

// onTick logs a done step in the item's incident log and saves the vault. A tick
// cannot be taken back: the log only grows.
func (s *lostScreen) onTick(step vault.GuideStep, on bool) {
	s.nav.activity()
	if s.done[step.ID].Visible() || s.st == nil {
		if !on && s.done[step.ID].Visible() {
			s.setCheck(step, true) // already in the log
		}
		return
	}
	if !on {
		return
	}
	id, now := s.itemID, s.e.now()
	note := reviewPrefix + step.ID + " — " + step.Do
	if !commit(s.st, s.nav, func(d *vault.Data) error { return d.LogIncident(id, note, now) }) {
		s.setCheck(step, false)
		return
	}
	s.showDone(step.ID, now)
}

// setCheck sets a review tick without logging it.
func (s *lostScreen) setCheck(step vault.GuideStep, on bool) {
	c := s.review[step.ID]
	c.OnChanged = nil
	c.SetChecked(on)
	c.OnChanged = func(on bool) { s.onTick(step, on) }
}
