package gui

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"fyne.io/fyne/v2/test"
	"github.com/pquerna/otp"
	qrcode "github.com/skip2/go-qrcode"

	"coffer/export/scan"
	"coffer/vault"
)

// qrPNG writes a PNG of a QR code holding text, as a screenshot of a site's 2FA
// page would be.
func qrPNG(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "qr.png")
	if err := qrcode.WriteFile(text, qrcode.Medium, 384, path); err != nil {
		t.Fatal(err)
	}
	return path
}

// newTOTPForm opens the new-item form and switches it to TOTP.
func newTOTPForm(h *harness) (*mainScreen, *editScreen) {
	h.t.Helper()
	m := h.unlocked()
	m.onNew()
	m.edit.kind.SetSelected(vault.KindTOTP.Label())
	if m.edit.readQR == nil || m.edit.readQR.Hidden {
		h.t.Fatal("the TOTP form has no Read QR code button")
	}
	return m, m.edit
}

const qrTestURI = "otpauth://totp/Example:alice@example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Example&algorithm=SHA256&digits=8&period=60"

func TestReadQRCodeFillsTheTOTPForm(t *testing.T) {
	h := newHarness(t)
	m, e := newTOTPForm(h)
	drop(h, qrPNG(t, qrTestURI))
	if e.secret.Text != qrTestURI || e.username.Text != "alice@example.com" || e.title.Text != "Example" {
		t.Fatalf("form: secret %q, username %q, title %q (message %q)", e.secret.Text, e.username.Text, e.title.Text, e.secretMsg.Text)
	}
	if !strings.Contains(e.secretMsg.Text, "8 digits every 60 s (SHA256)") {
		t.Errorf("message = %q", e.secretMsg.Text)
	}
	test.Tap(e.save)
	if m.edit != nil {
		t.Fatal("form still open after Save")
	}
	var saved vault.Item
	for _, it := range h.g.v.Snapshot().Active() {
		saved = it
	}
	k, err := vault.ParseTOTP(saved.Secret)
	if err != nil || k.Secret != "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ" || k.Digits != otp.DigitsEight || k.Period != 60 ||
		k.Algorithm != otp.AlgorithmSHA256 || saved.Username != "alice@example.com" {
		t.Fatalf("saved %q / %q: %+v, %v", saved.Title, saved.Username, k, err)
	}
}

func TestReadQRCodeKeepsATypedTitle(t *testing.T) {
	h := newHarness(t)
	_, e := newTOTPForm(h)
	test.Type(e.title, "Work 2FA")
	e.readQRFile(qrPNG(t, qrTestURI))
	if e.title.Text != "Work 2FA" || e.secret.Text != qrTestURI {
		t.Fatalf("title %q, secret %q", e.title.Text, e.secret.Text)
	}
}

func TestReadQRCodeOfAGoogleTransferPointsToImport(t *testing.T) {
	h := newHarness(t)
	_, e := newTOTPForm(h)
	e.readQRFile(qrPNG(t, "otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZXhhbXBsZS5jb20aB0V4YW1wbGUgASgBMAIQARgBIAA%3D"))
	if e.secret.Text != "" || !strings.Contains(e.secretMsg.Text, "Vault → Import…") {
		t.Fatalf("secret %q, message %q", e.secret.Text, e.secretMsg.Text)
	}
}

func TestTOTPFromCodes(t *testing.T) {
	good := "otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP"
	for _, c := range []struct {
		codes []string
		want  error
	}{
		{nil, errNoQR},
		{[]string{"https://example.com"}, errNotTOTPQR},
		{[]string{"otpauth://hotp/A:b?secret=JBSWY3DPEHPK3PXP&counter=1"}, errCounterQR},
		{[]string{good, "otpauth://totp/C:d?secret=GEZDGNBVGY3TQOJQ"}, errSeveralTOTPQR},
		{[]string{"https://example.com", good}, nil},
	} {
		k, uri, err := totpFromCodes(c.codes)
		if !errors.Is(err, c.want) {
			t.Errorf("%v: err %v, want %v", c.codes, err, c.want)
		}
		if c.want == nil && (uri != good || k.Secret != "JBSWY3DPEHPK3PXP") {
			t.Errorf("%v: %q %+v", c.codes, uri, k)
		}
	}
}

// shownQR taps "Show as QR code" on the item's pane and decodes the code drawn.
func shownQR(t *testing.T, h *harness, m *mainScreen, title string) string {
	t.Helper()
	d := h.selectTitle(m, title)
	if d.qr == nil || d.qr.image != nil {
		t.Fatal("no QR panel, or the code is drawn before Show")
	}
	test.Tap(d.qr.toggle)
	if d.qr.image == nil || d.qr.toggle.Text != "Hide QR code" {
		t.Fatalf("no code after Show (message %q)", d.qr.msg.Text)
	}
	codes := scan.DecodeImage(d.qr.image.Image, scan.Options{})
	test.Tap(d.qr.toggle)
	if d.qr.image != nil || len(d.qr.host.Objects) != 0 {
		t.Error("the code is still drawn after Hide")
	}
	if len(codes) != 1 {
		t.Fatalf("decoded %d codes", len(codes))
	}
	return codes[0]
}

func TestShowTOTPAsQRFromBareSecret(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	uri := shownQR(t, h, m, "GitHub 2FA")
	k, err := vault.ParseTOTP(uri)
	if err != nil || k.Secret != "JBSWY3DPEHPK3PXP" || k.Issuer != "GitHub 2FA" || k.Account != "alice" || k.Period != 30 || k.Digits != otp.DigitsSix {
		t.Fatalf("%q: %+v %v", uri, k, err)
	}
	want, _, _ := totpCode("JBSWY3DPEHPK3PXP", h.clock.Now())
	if got, _, _ := k.Code(h.clock.Now()); got != want {
		t.Errorf("the phone would show %s, Coffer shows %s", got, want)
	}
}

func TestShowTOTPAsQRGivesTheStoredLink(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(vault.Item{Kind: vault.KindTOTP, Title: "Example", Secret: qrTestURI})
	if uri := shownQR(t, h, m, "Example"); uri != qrTestURI {
		t.Fatalf("decoded %q, want %q", uri, qrTestURI)
	}
}

// drawn reports whether o is part of what root draws.
func drawn(root, o fyne.CanvasObject) bool {
	if root == o {
		return true
	}
	var children []fyne.CanvasObject
	switch r := root.(type) {
	case *fyne.Container:
		children = r.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(r).Objects()
	}
	for _, c := range children {
		if drawn(c, o) {
			return true
		}
	}
	return false
}

func TestSwitchingTheFormToTOTPDrawsItsFields(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked()
	m.onNew() // a seed phrase form: no username, no website
	m.edit.kind.SetSelected(vault.KindTOTP.Label())
	for name, o := range map[string]fyne.CanvasObject{"Read QR code": m.edit.readQR, "username": m.edit.username, "website": m.edit.url} {
		if !drawn(h.g.win.Canvas().Content(), o) {
			t.Errorf("%s is not drawn after switching the form to TOTP", name)
		}
	}
}
