package gui

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/vault"
)

// Steps of the lost-key guide.
const (
	lostStepConfirm = iota
	lostStepGetBack
	lostStepReview
	lostStepStore
)

// reviewPrefix starts the incident-log note of a ticked security-review step; the
// step's ID follows, so the guide can show it as done.
const reviewPrefix = "security review: "

// lostScreen guides the user through a lost or possibly stolen key: look for it,
// get it back from paper or the provider, review the account's security, then store
// the new key and put it on paper.
type lostScreen struct {
	life
	e      *env
	nav    nav
	st     store
	itemID string
	stolen bool // "This key may be stolen" rather than "I lost this key"
	wiz    *kit.Wizard

	restore *widget.Button
	links   []*widget.Button // open the recorded support page
	review  map[string]*widget.Check
	done    map[string]*widget.Label // when each review step was ticked
	edit    *widget.Button
	print   *widget.Button
}

func newLostScreen(e *env, n nav, st store, itemID string, stolen bool) *lostScreen {
	return &lostScreen{e: e, nav: n, st: st, itemID: itemID, stolen: stolen}
}

// item is the guided item as the vault has it now.
func (s *lostScreen) item() vault.Item {
	it, _ := s.st.Snapshot().Get(s.itemID)
	return it
}

// buildUI builds the frame and shows the first step.
func (s *lostScreen) buildUI() fyne.CanvasObject {
	title := "I lost this key: " + s.item().Title
	if s.stolen {
		title = "This key may be stolen: " + s.item().Title
	}
	s.wiz = kit.NewWizard(title, s.steps(), s.nav.activity, s.onClose, s.onBack)
	s.wiz.Cancel.SetText("Close")
	s.showStep(lostStepConfirm)
	return s.wiz.Root
}

// steps are the guide's pages, in order.
func (s *lostScreen) steps() []kit.Step {
	return []kit.Step{
		lostStepConfirm: {Name: "Make sure it is really lost", Build: s.confirmStep, Next: "Next", OnNext: s.onNext},
		lostStepGetBack: {Name: "Get it back", Build: s.getBackStep, Next: "Next", OnNext: s.onNext},
		lostStepReview:  {Name: "Security review", Build: s.reviewStep, Next: "Next", OnNext: s.onNext},
		lostStepStore:   {Name: "Store the new key safely", Build: s.storeStep, Next: "Finish", OnNext: s.onClose},
	}
}

// showStep shows step i while the guide is showing.
func (s *lostScreen) showStep(i int) {
	if !s.ended {
		s.wiz.Show(i)
	}
}

// onClose goes back to the item.
func (s *lostScreen) onClose() {
	s.nav.activity()
	s.nav.showItem(s.itemID)
}

func (s *lostScreen) onBack() {
	s.nav.activity()
	s.showStep(kit.Backward(s.wiz.Current))
}

func (s *lostScreen) onNext() {
	s.nav.activity()
	s.showStep(kit.Forward(s.wiz.Current, lostStepStore))
}

// confirmStep: where the key may still be, and the printouts that hold it.
func (s *lostScreen) confirmStep() fyne.CanvasObject {
	intro := "Before you treat the key as gone, look for it. Many \"lost\" keys turn up in one of these places, " +
		"and a key you find again needs no reset."
	if s.stolen {
		intro = "If someone else may have the key, act quickly: they can use it as long as it works. " +
			"First, make sure you still have it yourself, so you can act on the account."
	}
	places := container.NewVBox()
	for _, p := range vault.LostKeyPlaces {
		places.Add(kit.Para("• " + p))
	}
	return container.NewVBox(kit.Para(intro), kit.Section("Where to look", places), s.printouts())
}

// printouts lists the paper backups that hold the item, from the ledger.
func (s *lostScreen) printouts() fyne.CanvasObject {
	recs := s.st.Snapshot().BackupsOf(s.itemID)
	if len(recs) == 0 {
		return kit.Section("Your Coffer printouts", kit.Para("This key is on no paper backup made with Coffer. "+
			"Once you have it again, print one (step 4)."))
	}
	rows := container.NewVBox(kit.Para(fmt.Sprintf("This key is on %s:", plural(len(recs), "paper backup", "paper backups"))))
	for _, r := range recs {
		rows.Add(kit.Para("• " + s.recordLine(r)))
	}
	return kit.Section("Your Coffer printouts", rows)
}

// recordLine describes one printout: date, paper, whether it was checked, where it is.
func (s *lostScreen) recordLine(r vault.BackupRecord) string {
	parts := []string{fmt.Sprintf("Backup %s, printed %s", r.ID, s.e.date(r.Created))}
	if r.Paper != "" {
		parts = append(parts, fmt.Sprintf("%s on %s paper", plural(r.Pages, "page", "pages"), paperName(r.Paper)))
	}
	if r.Verified != nil {
		parts = append(parts, "checked "+s.e.date(*r.Verified))
	} else {
		parts = append(parts, "never checked")
	}
	if r.Location != "" {
		parts = append(parts, "kept: "+r.Location)
	}
	return strings.Join(parts, ", ")
}

// paperName is "A4" or "Letter".
func paperName(p string) string {
	if p == "letter" {
		return "Letter"
	}
	return strings.ToUpper(p)
}

// getBackStep: restore from paper, or reset the key with the provider.
func (s *lostScreen) getBackStep() fyne.CanvasObject {
	s.restore = &widget.Button{Text: "Restore from a paper backup…", Icon: theme.DocumentIcon(), OnTapped: s.onRestore}
	fromPaper := kit.Section("From paper", kit.Para("If the key is on a paper backup, restoring it puts it back exactly as it was. "+
		"You need the sheets and the backup passphrase."), container.NewHBox(s.restore))
	return container.NewVBox(fromPaper, s.providerSection())
}

// providerSection shows the item's recorded recovery route.
func (s *lostScreen) providerSection() fyne.CanvasObject {
	it := s.item()
	r := it.Recovery
	why := "If there is no paper copy, or the key may be stolen, reset it with the provider (the exchange, bank or service). " +
		"They will check who you are through the recovery route you set up with them."
	if r.IsZero() {
		return kit.Section("From the provider", kit.Para(why), kit.Para("No recovery route is recorded for this key. Look on the provider's "+
			"website for \"account recovery\" or \"lost 2FA\", and add the route to this item once you know it."))
	}
	rows := nonEmptyFields("Email", r.Email, "Phone", r.Phone, "Security hint", r.SecurityHint, "Notes", r.Notes)
	s.links = nil
	if u, err := url.Parse(r.SupportURL); err == nil && r.SupportURL != "" && (u.Scheme == "https" || u.Scheme == "http") {
		b := &widget.Button{Text: "Open the support page", Icon: theme.ComputerIcon(), OnTapped: func() { s.onOpenURL(u) }}
		s.links = append(s.links, b)
		name := widget.NewLabelWithStyle("Support page", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		rows = append(rows, container.NewBorder(nil, nil, container.New(&kit.MaxWidth{Width: 120}, name), b, widget.NewLabel(r.SupportURL)))
	} else if r.SupportURL != "" {
		rows = append(rows, nonEmptyFields("Support page", r.SupportURL)...)
	}
	return kit.Section("From the provider", append([]fyne.CanvasObject{kit.Para(why)}, rows...)...)
}

func (s *lostScreen) onOpenURL(u *url.URL) {
	s.nav.activity()
	if err := s.e.paper.openURL(u); err != nil {
		s.nav.showError(err)
	}
}

// onRestore opens the restore wizard; it comes back to the vault.
func (s *lostScreen) onRestore() { s.nav.showRestore() }

// reviewStep: the checklist for the item's kind; each tick goes into its incident log.
func (s *lostScreen) reviewStep() fyne.CanvasObject {
	it := s.item()
	ticked := reviewTicks(it.Incidents)
	s.review, s.done = map[string]*widget.Check{}, map[string]*widget.Label{}
	list := container.NewVBox()
	for _, step := range vault.SecurityReview(it.Kind) {
		list.Add(s.reviewRow(step, ticked))
	}
	duty := kit.Para(vault.ReportDuty)
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

// storeStep: put the new key in the vault and on paper.
func (s *lostScreen) storeStep() fyne.CanvasObject {
	s.edit = &widget.Button{Text: "Edit this key…", Icon: theme.DocumentCreateIcon(), OnTapped: s.onEdit}
	s.print = &widget.Button{Text: "Print a new backup…", Icon: theme.DocumentPrintIcon(), OnTapped: s.onPrint}
	return container.NewVBox(
		kit.Section("1. Put the new key in Coffer", kit.Para("Replace the old key with the new one. The old value stays in the item's "+
			"history, so nothing is lost if you need it again."), container.NewHBox(s.edit)),
		kit.Section("2. Put it on paper", kit.Para("Your printouts still hold the old key. Print a new backup so the paper matches, "+
			"and destroy the old sheets once the new ones are checked."), container.NewHBox(s.print)),
		kit.Section("3. Turn on two-factor authentication", kit.Para("Where the provider offers it, turn on 2FA and store its secret "+
			"and recovery codes in Coffer too. A stolen password alone then no longer opens the account.")))
}

// onEdit opens the item's edit form in the main window.
func (s *lostScreen) onEdit() {
	s.nav.activity()
	it := s.item()
	s.nav.editItem(it)
}

func (s *lostScreen) onPrint() { s.nav.showPrint() }
