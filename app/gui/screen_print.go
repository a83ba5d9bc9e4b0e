package gui

import (
	"errors"
	"fmt"
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/app/internal/explain"
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
)

var passOptions = []kit.Option[passSource]{
	{Value: passVault, Label: "My vault passphrase"},
	{Value: passSeparate, Label: "A separate backup passphrase"},
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
	titles     *widget.Check
	passMsg    kit.Message
	spinner    *widget.ProgressBarInfinite

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
	location   *widget.Entry  // where the sheets will be kept: a note for the ledger
	keepLoc    *widget.Button // writes a changed note once the backup is recorded
	locMsg     kit.Message
	printers   *widget.Select
	printBtn   *widget.Button
	printerBox *fyne.Container
	viewer     *widget.Button
	printMsg   kit.Message

	// Step 5: check the printout.
	check    *codesPanel
	checkMsg kit.Message
	verified bool
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

// saveShown enables Next once the PDF is saved, advises once and lists printers.
func (s *printScreen) saveShown() {
	s.wiz.SetNext(s.savedPath != "")
	s.adviseOnce()
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

// buildWhat creates the widgets of step 1.
func (s *printScreen) buildWhat() {
	s.scope = kit.NewChoice(nil, func(scope) { s.nav.activity(); s.refreshWhat() })
	s.picks = map[string]*widget.Check{}
	s.pickBox = container.NewVBox()
	d := s.st.Snapshot()
	for _, it := range d.Active() {
		c := widget.NewCheck(it.Title+"  ·  "+it.Kind.Label(), func(bool) { s.nav.activity(); s.refreshWhat() })
		s.picks[it.ID] = c
		s.pickBox.Add(c)
	}
	s.whatMsg = kit.NewMessage()
	st := d.PaperStatus()
	opts := []kit.Option[scope]{optScopeAll}
	if len(st.NotOnPaper)+len(st.ChangedSince) > 0 {
		opts = append(opts, optScopeChanged)
	}
	s.scope.SetOptions(append(opts, optScopeChosen))
	s.scope.Set(scopeAll)
}

// whatStep is step 1's content.
func (s *printScreen) whatStep() fyne.CanvasObject {
	d := s.st.Snapshot()
	st := d.PaperStatus()
	status := fmt.Sprintf("Your vault holds %s. %s on paper and up to date; %s not on paper yet; %s changed since.",
		plural(len(d.Active()), "item", "items"), plural(len(st.UpToDate), "is", "are"),
		plural(len(st.NotOnPaper), "is", "are"), plural(len(st.ChangedSince), "has", "have"))
	return container.NewVBox(
		kit.Para("A paper backup puts your keys on a few printed sheets of codes, encrypted with a passphrase. "+
			"If this computer is lost, broken or stolen, the sheets and the passphrase bring your keys back."),
		kit.Hint(status),
		kit.Section("What goes on paper", s.scope, s.pickBox),
		s.whatMsg.Label)
}

// refreshWhat shows the item ticks only when choosing items, and says how many go.
func (s *printScreen) refreshWhat() {
	s.pickBox.Hidden = !s.scope.Is(scopeChosen)
	s.pickBox.Refresh()
	n := len(s.chosenItems())
	if n == 0 {
		s.whatMsg.Set("", widget.MediumImportance)
	} else {
		s.whatMsg.Set(fmt.Sprintf("%s will go on paper.", plural(n, "item", "items")), widget.MediumImportance)
	}
	s.wiz.SetNext(n > 0)
}

// chosenItems are the items the user chose to put on paper.
func (s *printScreen) chosenItems() []vault.Item {
	d := s.st.Snapshot()
	switch v, _ := s.scope.Value(); v {
	case scopeAll:
		return d.Active()
	case scopeChanged:
		st := d.PaperStatus()
		return append(st.NotOnPaper, st.ChangedSince...)
	case scopeChosen:
		var out []vault.Item
		for _, it := range d.Active() {
			if c := s.picks[it.ID]; c != nil && c.Checked {
				out = append(out, it)
			}
		}
		return out
	}
	return nil
}

// buildPassphrase creates the widgets of step 2.
func (s *printScreen) buildPassphrase() {
	s.paper = kit.NewChoice(paperOptions, nil)
	s.paper.Horizontal = true
	s.paper.Set(export.A4)
	if p := export.Paper(s.e.prefs.paper()); p == export.Letter {
		s.paper.Set(p)
	}
	s.passChoice = kit.NewChoice(passOptions, s.onPassChoice)
	s.passChoice.Set(passVault)
	s.vaultPass = widget.NewPasswordEntry()
	s.vaultPass.SetPlaceHolder("Type your vault passphrase")
	s.vaultPass.OnSubmitted = func(string) { s.onNext() }
	s.vaultBox = container.NewVBox(s.vaultPass,
		kit.Hint("Type it to make sure the backup opens with the passphrase you know. You will need it to restore."))
	s.pair = kit.NewPassphrasePair(nil)
	s.pairBox = container.NewVBox(s.pair.BuildUI(), s.separateWarning())
	s.pairBox.Hide()
	s.titles = widget.NewCheck("Print the item titles on the sheets (never the secrets)", nil)
	s.passMsg = kit.NewMessage()
	s.spinner = kit.NewSpinner()
}

// separateWarning says what a separate passphrase means.
func (s *printScreen) separateWarning() fyne.CanvasObject {
	l := kit.Para("You must remember this passphrase, or store it apart from the paper: " +
		"without it nobody can open the backup, not even you or us. Never write it on the sheets.")
	l.Importance = widget.WarningImportance
	return l
}

// passphraseStep is step 2's content.
func (s *printScreen) passphraseStep() fyne.CanvasObject {
	return container.NewVBox(
		kit.Section("Backup passphrase", kit.Para("The sheets are encrypted. Which passphrase should open them?"),
			s.passChoice, s.vaultBox, s.pairBox),
		kit.Section("Paper", widget.NewForm(widget.NewFormItem("Paper size", s.paper)), s.titles,
			kit.Hint("Titles help you see what a sheet holds; anyone who finds the sheet can read them too.")),
		s.passMsg.Label, s.spinner)
}

func (s *printScreen) onPassChoice(choice passSource) {
	s.nav.activity()
	s.vaultBox.Hidden = choice != passVault
	s.pairBox.Hidden = choice != passSeparate
	s.vaultBox.Refresh()
	s.pairBox.Refresh()
	s.passMsg.Set("", widget.MediumImportance)
}

// passphrase returns the backup passphrase typed, or a problem to show.
func (s *printScreen) passphrase() (pass string, problem string) {
	if s.passChoice.Is(passSeparate) {
		if p := s.pair.Problem(); p != "" {
			return "", p
		}
		if s.pair.Score() < kit.MinStrength {
			return "", "This passphrase is easy to guess, and anyone who finds the sheets could try it. Add more words, or tap Suggest a passphrase."
		}
		return s.pair.Value(), ""
	}
	if s.vaultPass.Text == "" {
		return "", "Type your vault passphrase."
	}
	return s.vaultPass.Text, ""
}

// makeBackup checks the passphrase, encrypts the items and draws the preview, off
// the UI goroutine; then shows the preview.
func (s *printScreen) makeBackup() {
	pass, problem := s.passphrase()
	if problem != "" {
		s.passMsg.Set(problem, widget.DangerImportance)
		return
	}
	v, checkVault := s.st, s.passChoice.Is(passVault)
	items := s.chosenItems() // copies: Active returns copies
	paper, _ := s.paper.Value()
	opts := export.Options{Paper: paper, WorkFactor: s.e.paper.workFactor, Now: s.e.now, ListTitles: s.titles.Checked}
	vaultID := v.ID()
	var b *export.Backup
	var pages []image.Image
	var err error
	s.setWorking(true)
	s.e.bg.do(job{owner: &s.life, holdsVault: true, work: func() {
		if checkVault {
			if err = v.CheckPassphrase(pass); err != nil {
				return
			}
		}
		if b, err = export.Create(items, vaultID, pass, opts); err == nil {
			pages, err = b.PageImages(previewDPI)
		}
	}, done: func() {
		s.setWorking(false)
		if err != nil {
			s.backupFailed(err)
			return
		}
		s.made(b, items, pages)
	}})
}

func (s *printScreen) setWorking(on bool) {
	s.wiz.SetWorking(on)
	kit.Spin(s.spinner, on)
	if on {
		s.passMsg.Set("Encrypting and laying out the pages. This takes a few seconds…", widget.MediumImportance)
	}
}

// backupFailed explains why no backup was made.
func (s *printScreen) backupFailed(err error) {
	if errors.Is(err, vault.ErrBadPassphrase) {
		s.vaultPass.SetText("")
		s.passMsg.Set("That is not your vault passphrase. Check Caps Lock and the keyboard layout, then try again.", widget.DangerImportance)
		s.e.win.Canvas().Focus(s.vaultPass)
		return
	}
	s.passMsg.Set(sentence(explain.Error(err)), widget.DangerImportance)
}

// made keeps the new backup and shows its first page. The secrets are dropped: the
// ledger record keeps only item IDs and dates, the backup only ciphertext.
func (s *printScreen) made(b *export.Backup, items []vault.Item, pages []image.Image) {
	s.backup, s.pages, s.page = b, pages, 0
	s.ledger = b.LedgerRecord(items)
	s.itemCount = len(items)
	s.savedPath, s.verified = "", false
	s.vaultPass.SetText("")
	s.pair.Entry.SetText("")
	s.pair.Confirm.SetText("")
	s.pair.Suggested.Hide()
	s.passMsg.Set("", widget.MediumImportance)
	s.check = nil
	s.showStep(printStepPreview)
}
