package gui

import (
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/export"
	"coffer/vault"
)

// Steps of the print wizard.
const (
	printStepWhat = iota
	printStepPassphrase
	printStepPreview
	printStepSave
	printStepCheck
)

// scope is what goes on paper.
type scope int

const (
	scopeAll     scope = iota + 1 // everything in the vault
	scopeChanged                  // what is not on paper yet, or changed since
	scopeChosen                   // items the user ticks
)

var (
	optScopeAll     = kit.Option[scope]{Value: scopeAll, Label: "Everything in the vault"}
	optScopeChanged = kit.Option[scope]{Value: scopeChanged, Label: "Only what is not on paper yet, or changed since"}
	optScopeChosen  = kit.Option[scope]{Value: scopeChosen, Label: "Items I choose"}
)

// passSource is which passphrase opens the sheets.
type passSource int

const (
	passVault    passSource = iota + 1 // the vault passphrase
	passSeparate                       // a separate backup passphrase
	passShared                         // none: share sheets for trusted people (print_shared.go)
)

var passOptions = []kit.Option[passSource]{
	{Value: passVault, Label: "My vault passphrase"},
	{Value: passSeparate, Label: "A separate backup passphrase"},
	{Value: passShared, Label: "Shared among trusted people (any K of N)"},
}

// paperOptions are the paper sizes, for the print wizard and the settings.
var paperOptions = []kit.Option[export.Paper]{{Value: export.A4, Label: "A4"}, {Value: export.Letter, Label: "Letter"}}

// previewDPI is the resolution of the in-app page preview.
const previewDPI = 72

// printScreen is the "Print a paper backup" wizard: choose the items, the passphrase
// and the paper, look at every page, save the PDF, print it, then check the printout
// by photographing it.
type printScreen struct {
	life
	e    *env
	nav  nav
	st   store
	done func() // back to where the wizard was opened from
	wiz  *kit.Wizard

	// Step 1: what goes on paper.
	scope   *kit.Choice[scope]
	picks   map[string]*widget.Check // item ID → its tick when choosing items
	pickBox *fyne.Container
	whatMsg kit.Message

	// Step 2: passphrase and paper.
	paper      *kit.Choice[export.Paper]
	passChoice *kit.Choice[passSource]
	vaultPass  *widget.Entry
	pair       *kit.PassphrasePair
	vaultBox   *fyne.Container
	pairBox    *fyne.Container
	sharing    *sharedPrint // K of N and the holders, for a shared backup
	titles     *widget.Check
	passMsg    kit.Message
	spinner    *widget.ProgressBarInfinite
	// sameAccepted: the user chose to encrypt the sheets with the vault passphrase
	// typed as a separate one, after sameDialog warned; editing the pair resets it.
	sameAccepted bool
	sameDialog   *dialog.ConfirmDialog

	// Step 3: preview.
	backup    *export.Backup
	ledger    vault.BackupRecord // what RecordBackup stores once the PDF is saved
	itemCount int
	pages     []image.Image
	page      int
	pageImg   *canvas.Image
	pageLabel *widget.Label
	prevPage  *widget.Button
	nextPage  *widget.Button

	// Step 4: save and print.
	save       *widget.Button
	savedPath  string
	saveMsg    kit.Message
	sheets     *sheetSave     // the share sheets' own save and print, for a shared backup
	location   *widget.Entry  // where the sheets will be kept: a note for the ledger
	keepLoc    *widget.Button // writes a changed note once the backup is recorded
	locMsg     kit.Message
	printers   *widget.Select
	printBtn   *widget.Button
	printerBox *fyne.Container
	viewer     *widget.Button
	printMsg   kit.Message

	// Step 5: check the printout: read every code, then decrypt with the passphrase.
	check     *codesPanel
	checkMsg  kit.Message
	checkPass *widget.Entry  // the backup passphrase, typed again to decrypt
	checkOpen *widget.Button // decrypts and compares with the ledger record
	checkSpin *widget.ProgressBarInfinite
	checkBox  *fyne.Container // passphrase, button and spinner; shown once every code is read
	codesRead bool            // the ledger records every code read (not decrypted)
	checked   bool            // the ledger records the backup checked (decrypted, items matching)
}

func newPrintScreen(e *env, n nav, st store, done func()) *printScreen {
	return &printScreen{e: e, nav: n, st: st, done: done}
}

// buildUI builds the frame and shows the first step.
func (s *printScreen) buildUI() fyne.CanvasObject {
	s.wiz = kit.NewWizard("Print a paper backup", s.steps(), s.nav.activity, s.onCancel, s.onBack)
	s.buildWhat()
	s.buildPassphrase()
	s.buildPreview()
	s.buildSave()
	s.showStep(printStepWhat)
	return s.wiz.Root
}

// steps are the wizard's pages, in order.
func (s *printScreen) steps() []kit.Step {
	return []kit.Step{
		printStepWhat:       {Name: "What goes on paper", Build: s.whatStep, Next: "Next", Shown: s.refreshWhat, OnNext: s.onWhatDone},
		printStepPassphrase: {Name: "Passphrase and paper", Build: s.passphraseStep, Next: "Make the backup", OnNext: s.makeBackup},
		printStepPreview:    {Name: "Look at the pages", Build: s.previewStep, Next: "Next: save and print", OnNext: s.onNext},
		printStepSave:       {Name: "Save and print", Build: s.saveStep, Next: "Next: check the printout", Shown: s.saveShown, OnNext: s.onSaveDone},
		printStepCheck:      {Name: "Check your printout", Build: s.checkStep, Next: "Finish", OnNext: s.done},
	}
}

// showStep shows step i.
func (s *printScreen) showStep(i int) { s.wiz.Show(i) }

// saveShown enables Next once the PDF is saved and lists printers.
func (s *printScreen) saveShown() {
	s.wiz.SetNext(s.savedPath != "")
	s.loadPrinters()
}

// onCancel goes back; a saved backup stays recorded, with the note typed last.
func (s *printScreen) onCancel() {
	s.nav.activity()
	if s.wiz.Current == printStepSave {
		s.keepLocation()
	}
	s.done()
}

func (s *printScreen) onBack() {
	s.nav.activity()
	if s.wiz.Current == printStepSave && !s.keepLocation() {
		return
	}
	s.showStep(kit.Backward(s.wiz.Current))
}

// onNext moves on to the next step.
func (s *printScreen) onNext() {
	s.nav.activity()
	s.showStep(kit.Forward(s.wiz.Current, printStepCheck))
}

// onWhatDone moves on once at least one item is chosen.
func (s *printScreen) onWhatDone() {
	if len(s.chosenItems()) == 0 {
		s.whatMsg.Set("Choose at least one item to put on paper.", widget.DangerImportance)
		return
	}
	s.onNext()
}

// onSaveDone keeps the note of where the sheets are, then moves on.
func (s *printScreen) onSaveDone() {
	if s.keepLocation() {
		s.onNext()
	}
}
