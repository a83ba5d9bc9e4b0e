package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/vault"
)

// totpQRPanel shows a TOTP item as the QR code of its otpauth link, to move it to
// a phone app. Like the secret, the code is drawn only on request and hidden again
// on a second tap; the panel says first that the code is the second factor.
type totpQRPanel struct {
	nav    nav
	item   vault.Item
	toggle *widget.Button
	host   *fyne.Container
	msg    kit.Message
	image  *canvas.Image // nil while hidden
}

// qrSection is the detail pane's "Show as QR code" card.
func (s *detailScreen) qrSection() fyne.CanvasObject {
	s.qr = &totpQRPanel{nav: s.nav, item: s.item, host: container.NewStack(), msg: kit.NewMessage()}
	return s.qr.buildUI()
}

func (p *totpQRPanel) buildUI() fyne.CanvasObject {
	p.toggle = &widget.Button{Text: "Show as QR code", Icon: theme.VisibilityIcon(), OnTapped: p.onToggle}
	warn := kit.Hint("To move this account to a phone app, scan the code with it. Anyone who sees the code, " +
		"or a photo or screenshot of it, owns this second factor: show it with nobody looking, and hide it after.")
	warn.Importance = widget.WarningImportance
	label := widget.NewLabelWithStyle("QR code for a phone app", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	bar := container.NewBorder(nil, nil, label, p.toggle)
	return widget.NewCard("", "", container.NewVBox(bar, warn, p.msg.Label, p.host))
}

// onToggle draws or removes the code.
func (p *totpQRPanel) onToggle() {
	p.nav.activity()
	if p.image != nil {
		p.hide()
		return
	}
	uri, err := totpURI(p.item)
	if err == nil {
		var img *canvas.Image
		if img, err = qrCanvas(uri); err == nil {
			p.image = img
		}
	}
	if err != nil {
		p.msg.Set(sentence(validationText(err)), widget.DangerImportance)
		return
	}
	p.host.Objects = []fyne.CanvasObject{container.NewCenter(p.image)}
	p.host.Refresh()
	p.toggle.SetText("Hide QR code")
	p.toggle.SetIcon(theme.VisibilityOffIcon())
}

// hide removes the code from the pane.
func (p *totpQRPanel) hide() {
	p.image = nil
	p.host.Objects = nil
	p.host.Refresh()
	p.toggle.SetText("Show as QR code")
	p.toggle.SetIcon(theme.VisibilityIcon())
}

// qrCanvas is the QR code of uri at its pixel size, without smoothing.
func qrCanvas(uri string) (*canvas.Image, error) {
	img, err := totpQRImage(uri)
	if err != nil {
		return nil, err
	}
	c := canvas.NewImageFromImage(img)
	c.FillMode = canvas.ImageFillOriginal
	c.ScaleMode = canvas.ImageScalePixels
	c.SetMinSize(fyne.NewSize(totpQRSize, totpQRSize))
	return c, nil
}
