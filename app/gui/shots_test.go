package gui

import (
	"fmt"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"coffer/vault"
)

// variantTheme is Fyne's default theme fixed to light or dark.
type variantTheme struct {
	fyne.Theme
	v fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.v)
}

// shooter captures the window in light and dark at 1280×800 and 800×600.
type shooter struct {
	t   *testing.T
	h   *harness
	dir string
}

func (s shooter) shot(name string) {
	s.t.Helper()
	a := s.h.g.app
	for _, v := range []struct {
		name string
		v    fyne.ThemeVariant
	}{{"light", theme.VariantLight}, {"dark", theme.VariantDark}} {
		a.Settings().SetTheme(variantTheme{theme.DefaultTheme(), v.v})
		for _, size := range []fyne.Size{{Width: 1280, Height: 800}, {Width: 800, Height: 600}} {
			s.h.g.win.Resize(size)
			img := s.h.g.win.Canvas().Capture()
			p := filepath.Join(s.dir, fmt.Sprintf("%s-%s-%.0f.png", name, v.name, size.Width))
			f, err := os.Create(p)
			if err != nil {
				s.t.Fatal(err)
			}
			if err := png.Encode(f, img); err != nil {
				s.t.Fatal(err)
			}
			f.Close()
		}
	}
	s.h.g.win.Resize(fyne.NewSize(960, 640))
}

// TestShots renders every wizard step to COFFER_SHOTS (a folder) for people to look
// at; it does nothing otherwise.
func TestShots(t *testing.T) {
	dir := os.Getenv("COFFER_SHOTS")
	if dir == "" {
		t.Skip("set COFFER_SHOTS=folder to render the wizard screenshots")
	}
	h := newHarness(t)
	h.usePaperRecorder("Office_Laser")
	s := shooter{t, h, dir}
	items := append(sampleItems(), bigNote(t))
	items[1].Recovery.SupportURL = "https://bank.example/help"
	m := h.unlocked(items...)
	s.shot("main")
	test.Tap(m.print)
	p := showing[*printScreen](h)
	s.shot("print-1-what")
	test.Tap(p.wiz.Next)
	p.passChoice.Pick(passSeparate)
	s.shot("print-2-passphrase")
	p.passChoice.Pick(passVault)
	test.Type(p.vaultPass, testPassphrase)
	test.Tap(p.wiz.Next)
	s.shot("print-3-preview")
	test.Tap(p.wiz.Next)
	h.g.win.Canvas().Overlays().Remove(h.g.win.Canvas().Overlays().Top())
	work := t.TempDir()
	p.onSaveChosen(fileWriter(t, filepath.Join(work, "backup.pdf")), nil)
	s.shot("print-4-save")
	test.Tap(p.wiz.Next)
	pngs := writePages(t, p.backup, work, 1, 3)
	drop(h, pngs...)
	s.shot("print-5-check")
	test.Tap(p.wiz.Next)

	d := h.selectTitle(showing[*mainScreen](h), "Bank")
	test.Tap(d.stolen)
	l := showing[*lostScreen](h)
	for i, name := range []string{"confirm", "getback", "review", "store"} {
		if i == 2 {
			test.Tap(l.review[vault.SecurityReview(vault.KindPassword)[0].ID])
		}
		s.shot(fmt.Sprintf("lost-%d-%s", i+1, name))
		test.Tap(l.wiz.Next)
	}
	h.g.showLostVault()
	s.shot("lost-vault")

	h.g.showRestore()
	r := showing[*restoreScreen](h)
	r.have.Pick(haveBoth)
	s.shot("restore-1-have")
	test.Tap(r.wiz.Next)
	drop(h, pngs[0])
	s.shot("restore-2-files-missing")
	drop(h, pngs[1])
	s.shot("restore-2-files-enough")
	test.Tap(r.wiz.Next)
	r.typed.entry.SetText("01.01  ABCDE FGHIJ KLMNO PQRST UVWXY Z2345  K7\n02.01 not a code line")
	s.shot("restore-3-typed")
	r.typed.entry.SetText("")
	test.Tap(r.wiz.Next)
	test.Type(r.backupPass, "wrong")
	test.Tap(r.wiz.Next)
	s.shot("restore-4-passphrase")
	test.Type(r.backupPass, testPassphrase)
	test.Tap(r.wiz.Next)
	r.where.dest.Pick(destNew)
	s.shot("restore-5-where")
	r.where.dest.Pick(destCurrent)
	test.Tap(r.wiz.Next)
	s.shot("restore-6-done")
}
