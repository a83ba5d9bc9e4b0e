package gui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/export/restore"
	"coffer/vault"
)

// checkStep is step 5's content: photograph or scan the printed sheets.
func (s *printScreen) checkStep() fyne.CanvasObject {
	if s.check == nil {
		s.check = newCodesPanel(s.e, s.nav, &s.life, restore.NewSession(), s.onChecked)
		s.check.want = s.backup.ID
		s.checkMsg = kit.NewMessage()
		s.check.buildUI()
	}
	return container.NewVBox(
		kit.Para("A backup you have never read back is a hope, not a backup. Take a photo or a scan of each printed "+
			"code page and add them here. Coffer reads them like a restore would, without opening your keys."),
		s.check.root, s.checkMsg.Label)
}

// onChecked records the backup as checked once the printout can be restored.
func (s *printScreen) onChecked() {
	st, ok := s.check.selected()
	if !ok || !st.Recoverable || s.verified || s.st == nil {
		return
	}
	id, now := s.backup.ID, s.e.now()
	if !commit(s.st, s.nav, func(d *vault.Data) error { return d.MarkCodesRead(id, now) }) {
		return
	}
	s.verified = true
	s.checkMsg.Set(fmt.Sprintf("Your printout is good: this backup can be restored. Your vault records it as checked on %s.", s.e.date(now)),
		widget.SuccessImportance)
}

// dropped takes photos dropped on the window while checking the printout.
func (s *printScreen) dropped(paths []string) {
	if s.wiz.Current == printStepCheck && s.check != nil {
		s.check.dropped(paths)
	}
}
