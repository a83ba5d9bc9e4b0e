package gui

import (
	"errors"
	"fmt"
	"image"
	"net/url"
	"strconv"
	"strings"

	qrcode "github.com/skip2/go-qrcode"

	"coffer/export/scan"
	"coffer/vault"
)

// A TOTP item as a QR code, and a TOTP secret from a QR image. Authenticator apps
// move accounts as otpauth://totp/ links in QR codes; the link holds the secret,
// so a code on screen or in a screenshot is the second factor itself.

// Reasons an image gives no TOTP secret; none holds a secret.
var (
	errNoQR          = errors.New("no QR code found in the image")
	errNotTOTPQR     = errors.New("the QR code is not a 2FA (otpauth://totp/) link")
	errMigrationQR   = errors.New("this is a Google Authenticator transfer code, which can hold several accounts: use Vault → Import… for it")
	errCounterQR     = errors.New("the QR code is a counter-based (HOTP) link; Coffer only computes time-based (TOTP) codes")
	errSeveralTOTPQR = errors.New("the image holds several 2FA QR codes; crop it to the one you want")
)

// totpQRSize is the side of the QR image shown, in pixels.
const totpQRSize = 320

// totpURI is the otpauth://totp/ link of a TOTP item: its secret when stored as a
// link, else one made from the secret, with the title as issuer and the username
// as account.
func totpURI(it vault.Item) (string, error) {
	k, err := vault.ParseTOTP(it.Secret)
	if err != nil {
		return "", err
	}
	if s := strings.TrimSpace(it.Secret); strings.HasPrefix(strings.ToLower(s), "otpauth://") {
		return s, nil
	}
	issuer, account := it.Title, it.Username
	if account == "" {
		account = it.Title
	}
	q := url.Values{}
	q.Set("secret", k.Secret)
	q.Set("issuer", issuer)
	q.Set("algorithm", k.Algorithm.String())
	q.Set("digits", strconv.Itoa(k.Digits.Length()))
	q.Set("period", strconv.FormatUint(uint64(k.Period), 10))
	u := url.URL{Scheme: "otpauth", Host: "totp", Path: "/" + issuer + ":" + account, RawQuery: q.Encode()}
	return u.String(), nil
}

// totpQRImage draws the QR code of an otpauth link.
func totpQRImage(uri string) (image.Image, error) {
	q, err := qrcode.New(uri, qrcode.Medium)
	if err != nil {
		return nil, fmt.Errorf("qr code: %w", err)
	}
	return q.Image(totpQRSize), nil
}

// readTOTPQR finds the one otpauth://totp/ link in an image file and parses it.
func readTOTPQR(path string) (vault.TOTP, string, error) {
	res := scan.ScanFiles([]string{path}, scan.Options{})
	var codes []string
	for _, r := range res {
		if r.Err != nil {
			return vault.TOTP{}, "", r.Err
		}
		codes = append(codes, r.Codes...)
	}
	return totpFromCodes(codes)
}

// totpFromCodes picks the otpauth://totp/ link among the QR texts of an image.
func totpFromCodes(codes []string) (vault.TOTP, string, error) {
	var links []string
	var err error = errNoQR
	for _, c := range codes {
		lower := strings.ToLower(strings.TrimSpace(c))
		switch {
		case strings.HasPrefix(lower, "otpauth://totp/"):
			links = append(links, strings.TrimSpace(c))
		case strings.HasPrefix(lower, "otpauth-migration://"):
			err = errMigrationQR
		case strings.HasPrefix(lower, "otpauth://hotp/"):
			err = errCounterQR
		default:
			err = errNotTOTPQR
		}
	}
	switch {
	case len(links) > 1:
		return vault.TOTP{}, "", errSeveralTOTPQR
	case len(links) == 0:
		return vault.TOTP{}, "", err
	}
	k, perr := vault.ParseTOTP(links[0])
	if perr != nil {
		return vault.TOTP{}, "", perr
	}
	return k, links[0], nil
}
