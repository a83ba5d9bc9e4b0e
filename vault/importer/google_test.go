package importer

import (
	"bytes"
	"errors"
	"image"
	"image/png"
	"strings"
	"testing"

	qrcode "github.com/skip2/go-qrcode"

	"coffer/export/scan"
	"coffer/vault"
)

// migrationLinks are the two QR codes of the fixture's transfer.
func migrationLinks(t *testing.T) []string {
	t.Helper()
	var links []string
	for _, l := range strings.Split(string(readFixture(t, "google_migration.txt")), "\n") {
		if strings.HasPrefix(l, migrationPrefix) {
			links = append(links, l)
		}
	}
	if len(links) != 2 {
		t.Fatalf("%d links in the fixture", len(links))
	}
	return links
}

func qrPNG(t *testing.T, text string) []byte {
	t.Helper()
	png, err := qrcode.Encode(text, qrcode.Medium, 512)
	if err != nil {
		t.Fatal(err)
	}
	return png
}

// TestGoogleScreenshots: both QR codes of a Google Authenticator transfer,
// each read from a PNG screenshot made here, give the four accounts with
// the RFC codes; a screenshot of one code alone warns that the other is missing.
func TestGoogleScreenshots(t *testing.T) {
	links := migrationLinks(t)
	var results []Result
	for i, l := range links {
		name := []string{"shot1.png", "shot2.png"}[i]
		det, err := Detect(name, qrPNG(t, l))
		if err != nil || det.Format != FormatQRImage {
			t.Fatalf("Detect = %v, %v", det, err)
		}
		r, err := Parse(name, qrPNG(t, l), Options{Format: FormatGoogle, Scan: scan.Options{Expect: 1}})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		results = append(results, r)
	}
	if len(results[0].Warnings) != 1 || !strings.Contains(results[0].Warnings[0], "QR code 2 of 2 not read") {
		t.Errorf("one screenshot: warnings %q", results[0].Warnings)
	}
	all := Join(results...)
	if len(all.Warnings) != 0 {
		t.Errorf("both screenshots: warnings %q", all.Warnings)
	}
	titles := []string{}
	checked := 0
	for _, e := range all.Entries {
		titles = append(titles, e.Item.Title)
		if !e.Skipped() && checkRFC(t, e.Item, testT59) {
			checked++
		}
	}
	if checked != 3 || len(all.Entries) != 4 || !all.Entries[3].Skipped() {
		t.Errorf("entries %q: %d RFC codes checked", titles, checked)
	}
}

// TestQRFromOtherApp: a QR code that holds no migration or otpauth link (a
// web address, a Coffer paper-backup frame) is refused as an unknown format.
func TestQRFromOtherApp(t *testing.T) {
	for _, text := range []string{"https://example.com/login", "COFFER1:AAAA:BBBB"} {
		_, err := Parse("qr.png", qrPNG(t, text), Options{Scan: scan.Options{Expect: 1}})
		if !errors.Is(err, ErrUnknownFormat) {
			t.Errorf("%q: %v; want ErrUnknownFormat", text, err)
		}
	}
}

// TestImageWithoutQR: a screenshot with no QR code says so.
func TestImageWithoutQR(t *testing.T) {
	img := image.NewGray(image.Rect(0, 0, 400, 300))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	_, err := Parse("blank.png", buf.Bytes(), Options{})
	if !errors.Is(err, ErrUnknownFormat) || !strings.Contains(err.Error(), "no QR code") {
		t.Errorf("blank screenshot: %v", err)
	}
}

// TestOTPAuthQR: a screenshot of a plain otpauth:// QR code (what a site
// shows when enabling 2FA) imports that one account.
func TestOTPAuthQR(t *testing.T) {
	uri := "otpauth://totp/RFC%20SHA1:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=RFC%20SHA1&digits=8"
	r, err := Parse("qr.png", qrPNG(t, uri), Options{Scan: scan.Options{Expect: 1}})
	if err != nil || len(r.Entries) != 1 || !checkRFC(t, r.Entries[0].Item, testT59) {
		t.Fatalf("%v, %+v", err, r.Entries)
	}
}

// TestMigrationTextWithOTPAuthLines: a text file that mixes transfer links
// and plain otpauth:// links imports both; commented lines are ignored.
func TestMigrationTextWithOTPAuthLines(t *testing.T) {
	text := migrationLinks(t)[0] + "\n# otpauth://totp/ignored?secret=JBSWY3DPEHPK3PXP\n" +
		"otpauth://totp/Extra:zoe?secret=JBSWY3DPEHPK3PXP&period=20&digits=7&algorithm=SHA256\n"
	r, err := Parse("mixed.txt", []byte(text), Options{})
	if err != nil || r.Format != FormatGoogle || len(r.Entries) != 3 {
		t.Fatalf("%v: %s", err, r.Describe())
	}
	k, err := vault.ParseTOTP(r.Entries[2].Item.Secret)
	if err != nil || k.Issuer != "Extra" || k.Account != "zoe" || k.Period != 20 || k.Digits != 7 || k.Algorithm.String() != "SHA256" {
		t.Errorf("parameters lost: %+v, %v", k, err)
	}
}
