package gui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/vault"
	"coffer/vault/importer"
)

// previewStep is step 3's content: one tick per entry of the export, preset for
// new entries and for those whose title is taken by a different secret.
func (s *importScreen) previewStep() fyne.CanvasObject {
	s.rows = importer.Preview(s.st.Snapshot().Items, s.result.Entries)
	s.checks = make([]*widget.Check, len(s.rows))
	list := container.NewVBox()
	for i := range s.rows {
		list.Add(s.previewRow(i))
	}
	return container.NewVBox(
		kit.Para(s.describe()),
		kit.Hint("Entries already in the vault (the same secret) are not ticked; importing them again would only make copies."),
		kit.Section("Entries", list))
}

// previewRow is the tick and the description of row i.
func (s *importScreen) previewRow(i int) fyne.CanvasObject {
	r := s.rows[i]
	title := r.Item.Title
	if title == "" {
		title = "(no title)"
	}
	c := widget.NewCheck(title, func(on bool) {
		s.nav.activity()
		s.rows[i].Import = on
		s.previewShown()
	})
	c.Checked = r.Import
	if r.Status == importer.StatusSkipped {
		c.Disable()
	}
	s.checks[i] = c
	detail := kit.Hint(importRowDetail(r))
	if r.Status != importer.StatusNew {
		detail.Importance = widget.WarningImportance
	}
	return container.NewVBox(c, container.NewPadded(detail))
}

// importRowDetail says what a row is and how it relates to the vault: its kind, issuer
// and account, and its status.
func importRowDetail(r importer.Row) string {
	parts := []string{r.Item.Kind.Label()}
	if r.Item.Kind == vault.KindTOTP {
		if k, err := vault.ParseTOTP(r.Item.Secret); err == nil && k.Issuer != "" {
			parts = append(parts, k.Issuer)
		}
	}
	if r.Item.Username != "" {
		parts = append(parts, r.Item.Username)
	}
	return strings.Join(parts, " · ") + " — " + importRowStatus(r)
}

// importRowStatus is the row's status in words, with what importing it does.
func importRowStatus(r importer.Row) string {
	switch r.Status {
	case importer.StatusSkipped:
		return "cannot be imported: " + r.Skip
	case importer.StatusDuplicate:
		return "already in the vault (same secret)"
	case importer.StatusConflict:
		return fmt.Sprintf("same title, different secret: both are kept, this one as \"%s (imported)\"", r.Item.Title)
	}
	return "new"
}

// previewShown names the count on the Import button.
func (s *importScreen) previewShown() {
	n := s.ticked()
	s.wiz.Next.SetText("Import " + plural(n, "item", "items"))
	s.wiz.SetNext(n > 0)
}

// ticked counts the rows that will be imported.
func (s *importScreen) ticked() int {
	n := 0
	for _, r := range s.rows {
		if r.Import && r.Status != importer.StatusSkipped {
			n++
		}
	}
	return n
}

// onImport adds the ticked rows in one save; a failure leaves the vault as it was.
func (s *importScreen) onImport() {
	var rep importer.ImportReport
	ok := commit(s.st, s.nav, func(d *vault.Data) error {
		var err error
		rep, err = importer.Apply(d, s.rows, s.st.Now())
		return err
	})
	if !ok {
		return
	}
	s.report = rep
	s.forget()
	s.wiz.Show(importStepDone)
}
