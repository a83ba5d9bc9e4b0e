package gui

import (
	"fyne.io/fyne/v2"
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
