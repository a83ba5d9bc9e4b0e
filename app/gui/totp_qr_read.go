package gui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/vault"
)

// secretField is the form's secret entry with its check line; for a TOTP secret,
// also "Read QR code…".
func (s *editScreen) secretField() fyne.CanvasObject {
	box := container.NewVBox(s.secretBox, s.secretMsg)
	if s.kindValue == vault.KindTOTP {
		if s.readQR == nil {
			s.readQR = &widget.Button{Text: "Read QR code…", Icon: theme.FileImageIcon(), OnTapped: s.onReadQR}
		}
		box.Add(container.NewHBox(s.readQR))
	}
	if s.kindValue == vault.KindPassword {
		if s.gen == nil {
			s.gen = newPasswordGen(func(pw string) { s.secret.SetText(pw) })
		}
		s.gen.show(s.secret.Text)
		box.Add(s.gen.box)
	}
	return box
}

// onReadQR asks for an image (a screenshot of the site's 2FA setup page, a photo).
func (s *editScreen) onReadQR() {
	chooseFile(s.e, s.nav, imageFiles, s.readQRFile)
}

// readQRFile searches the image for the otpauth link off the UI goroutine and
// fills the form with it.
func (s *editScreen) readQRFile(path string) {
	var k vault.TOTP
	var uri string
	var err error
	s.readQR.Disable()
	s.setSecretMsg("Looking for the QR code…", false)
	s.e.bg.do(job{owner: s.owner, work: func() { k, uri, err = readTOTPQR(path) }, done: func() {
		s.readQR.Enable()
		if err != nil {
			s.setSecretMsg(sentence(err.Error()), true)
			return
		}
		s.fillTOTP(k, uri)
	}})
}

// fillTOTP puts a read otpauth link into the form: the link as the secret (it keeps
// digits, period and algorithm), the account as username, the issuer as title
// when none is typed yet.
func (s *editScreen) fillTOTP(k vault.TOTP, uri string) {
	s.secret.SetText(uri)
	if k.Account != "" {
		s.username.SetText(k.Account)
	}
	if s.title.Text == "" {
		s.title.SetText(firstNonEmpty(k.Issuer, k.Account))
	}
	s.setSecretMsg(fmt.Sprintf("Read from the QR code: %s, %d digits every %d s (%s).",
		firstNonEmpty(k.Issuer, "no issuer"), k.Digits.Length(), k.Period, k.Algorithm), false)
}

// firstNonEmpty is the first of texts that is not empty.
func firstNonEmpty(texts ...string) string {
	for _, t := range texts {
		if t != "" {
			return t
		}
	}
	return ""
}

// dropped reads a screenshot dropped on the window into the TOTP form, when one is
// open.
func (s *mainScreen) dropped(paths []string) {
	if s.edit == nil || s.edit.kindValue != vault.KindTOTP || len(paths) == 0 {
		return
	}
	s.edit.readQRFile(paths[0])
}
