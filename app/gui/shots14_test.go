package gui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"coffer/vault"
	"coffer/vault/slip39"
)

// TestShotsIssue14 renders the screens issue 14 added to COFFER_SHOTS: the shared
// print (choice, a share sheet in the preview, save), the restore's share step, the
// emergency kit preview, and a SLIP-39 share item (form and set check).
func TestShotsIssue14(t *testing.T) {
	dir := os.Getenv("COFFER_SHOTS")
	if dir == "" {
		t.Skip("set COFFER_SHOTS=folder to render the screenshots")
	}
	h := newHarness(t)
	h.usePaperRecorder("Office_Laser")
	s := shooter{t, h, dir}
	m := h.unlocked(sampleItems()...)
	test.Tap(m.print)
	p := showing[*printScreen](h)
	test.Tap(p.wiz.Next)
	p.passChoice.Pick(passShared)
	p.sharing.k.Pick(3)
	p.sharing.n.Pick(5)
	test.Type(p.sharing.holders, "Alice\nBob (notary)\nCarol")
	s.shot("i14-print-shared-choice")
	test.Tap(p.wiz.Next)
	for i := 0; i < len(p.pages)-2; i++ {
		test.Tap(p.nextPage)
	}
	s.shot("i14-print-shared-preview-sheet")
	test.Tap(p.wiz.Next)
	tmp := t.TempDir()
	p.onSaveChosen(fileWriter(t, filepath.Join(tmp, "b.pdf")), nil)
	p.sheets.onChosen(fileWriter(t, filepath.Join(tmp, "s.pdf")), nil)
	s.shot("i14-print-shared-save")
	b := p.backup
	test.Tap(p.wiz.Cancel)

	h.g.showKit()
	k := showing[*kitScreen](h)
	test.Tap(k.wiz.Next)
	s.shot("i14-kit-preview")
	test.Tap(k.wiz.Cancel)

	pdf := filepath.Join(tmp, "backup.pdf")
	if err := vault.WriteNewFile(pdf, 0o600, b.WritePDF); err != nil {
		t.Fatal(err)
	}
	h.g.showRestore()
	r := showing[*restoreScreen](h)
	test.Tap(r.wiz.Next)
	drop(h, pdf)
	test.Tap(r.wiz.Next)
	drop(h, writeShareSheets(t, b, tmp, 2)...)
	words := b.Shares[4].Words()
	words[6] = "acadmic"
	test.Type(r.shares.words, strings.Join(words, " ")+"\n")
	s.shot("i14-restore-shares")
	test.Tap(r.wiz.Cancel)

	shares, err := slip39.SplitOneGroup([]byte("0123456789abcdef"), "", 2, 3, slip39.Options{Extendable: true})
	if err != nil {
		t.Fatal(err)
	}
	m = showing[*mainScreen](h)
	test.Tap(m.newItem)
	e := m.edit
	e.kind.SetSelected(vault.KindSLIP39.Label())
	test.Type(e.title, "Trezor share A")
	e.secret.SetText(shares[0].Mnemonic())
	s.shot("i14-slip39-form")
	test.Tap(e.save)
	if err := h.g.v.Update(func(d *vault.Data) error {
		_, _, err := d.Add(vault.Item{Kind: vault.KindSLIP39, Title: "Trezor share B", Secret: shares[1].Mnemonic()}, h.clock.Now())
		return err
	}); err != nil {
		t.Fatal(err)
	}
	m = showing[*mainScreen](h)
	m.reload()
	d := h.selectTitle(m, "Trezor share A")
	test.Tap(d.shareCheck.check)
	s.shot("i14-slip39-check")
}
