package gui

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/app/internal/explain"
	"coffer/export/restore"
	"coffer/vault"
)

// dest is where restored keys go.
type dest int

const (
	destCurrent dest = iota + 1 // the vault that is open now
	destNew                     // a new vault
)

// whereStep shows what the backup holds (titles and kinds, never secrets) and puts
// the keys into the open vault or a new one.
type whereStep struct {
	r         *restoreScreen
	dest      *kit.Choice[dest]
	name      *widget.Entry
	dir       string
	dirLabel  *widget.Label
	chooseDir *widget.Button
	pair      *kit.PassphrasePair
	newBox    *fyne.Container
	msg       kit.Message
	spinner   *widget.ProgressBarInfinite
}

func newWhereStep(r *restoreScreen) *whereStep {
	w := &whereStep{r: r}
	w.dest = kit.NewChoice(nil, w.onDest)
	w.name = widget.NewEntry()
	w.dirLabel = widget.NewLabel("")
	w.dirLabel.Wrapping = fyne.TextWrapBreak
	w.chooseDir = &widget.Button{Text: "Choose a folder…", Icon: theme.FolderOpenIcon(), OnTapped: w.onChooseDir}
	w.pair = kit.NewPassphrasePair(nil)
	w.msg = kit.NewMessage()
	w.spinner = kit.NewSpinner()
	w.newBox = container.NewVBox(
		widget.NewForm(widget.NewFormItem("Name", w.name), widget.NewFormItem("Folder", container.NewBorder(nil, nil, nil, w.chooseDir, w.dirLabel))),
		kit.Para("Choose the passphrase of the new vault. You may use the backup passphrase again."),
		w.pair.BuildUI())
	return w
}

// buildUI returns the step's content, set up for the vault state now.
func (w *whereStep) buildUI() fyne.CanvasObject {
	r := w.r
	opts := []kit.Option[dest]{{Value: destNew, Label: "Into a new vault"}}
	w.dest.SetOptions(opts)
	w.dest.Set(destNew)
	if r.st != nil {
		current := kit.Option[dest]{Value: destCurrent, Label: "Into the vault that is open now (" + vaultName(r.st.Path()) + ")"}
		w.dest.SetOptions(append([]kit.Option[dest]{current}, opts...))
		w.dest.Set(destCurrent)
	}
	w.setDefaultPath()
	choice, _ := w.dest.Value()
	w.onDest(choice)
	p := w.r.payload
	return container.NewVBox(
		kit.Para(fmt.Sprintf("The backup opened. It was made on %s and holds %s:", r.e.date(p.Meta.Created), plural(len(p.Items), "item", "items"))),
		itemSummary(p.Items),
		kit.Section("Where should they go?", w.dest, w.newBox,
			kit.Hint("Nothing is overwritten: a key that is already there is skipped, and a different key with the same name is kept beside it.")),
		w.msg.Label, w.spinner)
}

// itemSummary lists titles and kinds; the secrets stay hidden.
func itemSummary(items []vault.Item) fyne.CanvasObject {
	rows := container.NewVBox()
	for _, it := range items {
		title := widget.NewLabelWithStyle(it.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Truncation = fyne.TextTruncateEllipsis
		rows.Add(container.NewBorder(nil, nil, widget.NewIcon(kindIcon(it.Kind)), widget.NewLabel(it.Kind.Label()), title))
	}
	return widget.NewCard("", "", rows)
}

// setDefaultPath proposes the vault location when none exists there, else
// "restored.coffer" beside it.
func (w *whereStep) setDefaultPath() {
	if w.dir != "" {
		return
	}
	r := w.r
	w.dir = filepath.Dir(r.path)
	name := vaultName(r.path)
	if r.st != nil || exists(r.path) {
		name = "restored"
		for i := 2; exists(filepath.Join(w.dir, name+vaultExt)); i++ {
			name = fmt.Sprintf("restored-%d", i)
		}
	}
	w.name.SetText(name)
	w.dirLabel.SetText(displayPath(w.dir))
}

// exists reports whether a vault file, or anything, is at path.
func exists(path string) bool {
	_, err := vault.ReadHeader(path)
	return !errors.Is(err, fs.ErrNotExist)
}

func (w *whereStep) onDest(choice dest) {
	w.r.nav.activity()
	w.newBox.Hidden = choice != destNew
	w.newBox.Refresh()
}

func (w *whereStep) onChooseDir() {
	w.r.nav.activity()
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			w.r.nav.showError(err)
			return
		}
		if dir != nil {
			w.dir = dir.Path()
			w.dirLabel.SetText(displayPath(w.dir))
		}
	}, w.r.e.win)
	d.Show()
}

// newPath is the path of the new vault.
func (w *whereStep) newPath() string {
	n := strings.TrimSpace(w.name.Text)
	if !strings.HasSuffix(n, vaultExt) {
		n += vaultExt
	}
	return filepath.Join(w.dir, n)
}

// onRestore puts the keys where the user chose.
func (w *whereStep) onRestore() {
	if w.dest.Is(destNew) {
		w.restoreNew()
		return
	}
	w.restoreCurrent()
}

// restoreCurrent merges the keys into the open vault and saves it.
func (w *whereStep) restoreCurrent() {
	r, p := w.r, w.r.payload
	if r.st == nil {
		w.msg.Set("The vault is locked. Choose a new vault, or cancel and unlock it first.", widget.DangerImportance)
		return
	}
	var report vault.MergeReport
	v := r.st
	err := v.Update(func(d *vault.Data) (err error) { report, err = restore.MergeChecked(d, p, v.Now()); return err })
	if err != nil {
		w.msg.Set(mergeFailed(err), widget.DangerImportance)
		return
	}
	w.r.restored(report, v.Path(), nil)
}

// restoreNew creates the new vault off the UI goroutine and merges the keys into it.
func (w *whereStep) restoreNew() {
	if strings.TrimSpace(w.name.Text) == "" {
		w.msg.Set("Give the new vault a name.", widget.DangerImportance)
		return
	}
	if p := w.pair.Problem(); p != "" {
		w.msg.Set(p, widget.DangerImportance)
		return
	}
	if !w.pair.Strong() {
		w.msg.Set("This passphrase is easy to guess. Add more words, or tap Suggest a passphrase.", widget.DangerImportance)
		return
	}
	path, pass, opts, p := w.newPath(), w.pair.Value(), w.r.e.opts, w.r.payload
	var v *vault.Vault
	var report vault.MergeReport
	var err error
	w.setWorking(true)
	w.r.e.bg.do(job{owner: &w.r.life, work: func() {
		if v, err = vault.Create(path, pass, opts); err != nil {
			return
		}
		err = v.Update(func(d *vault.Data) (err error) { report, err = restore.MergeChecked(d, p, v.Now()); return err })
		if err != nil {
			_ = v.Close()
		}
	}, done: func() {
		w.setWorking(false)
		if err != nil {
			w.msg.Set(sentence(explain.Error(err)), widget.DangerImportance)
			return
		}
		w.pair.Entry.SetText("")
		w.pair.Confirm.SetText("")
		w.r.restored(report, path, v)
	}, discard: func() {
		if err == nil {
			closeQuietly(v)
		}
	}})
}

func (w *whereStep) setWorking(on bool) {
	w.r.wiz.SetWorking(on)
	kit.Spin(w.spinner, on)
	if on {
		w.msg.Set("Creating the new vault…", widget.MediumImportance)
	} else {
		w.msg.Set("", widget.MediumImportance)
	}
}

// restored drops the decrypted backup and shows the summary.
func (s *restoreScreen) restored(r vault.MergeReport, into string, created *vault.Vault) {
	s.payload = nil
	s.report, s.into, s.newVault = r, into, created
	s.showStep(restoreStepDone)
}

// mergeFailed says why the keys were not put into a vault. A backup whose items
// are not those its ledger record lists is named plainly: nothing was changed.
func mergeFailed(err error) string {
	if errors.Is(err, vault.ErrBackupMismatch) {
		return "This backup does not hold the keys your vault's ledger lists for it (it may have been " +
			"relabelled or made by another vault), so nothing was restored and nothing was marked. " + sentence(err.Error())
	}
	return sentence(explain.Error(err))
}
