package importer

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"coffer/vault"
)

// otp is one one-time-password record as the exports describe it.
type otp struct {
	typ       string // "totp", "hotp", "steam" (any case)
	secret    string // base32, any case, spaces and padding allowed
	issuer    string
	account   string
	algorithm string // "SHA1", "SHA256", "SHA512", "MD5"; empty means SHA1
	digits    int    // 0 means 6
	period    int    // 0 means 30
}

// maxPeriod bounds the TOTP period (a day); larger values are not real tokens.
const maxPeriod = 86400

// title is how the item is called in the vault: "Issuer (account)".
func (o otp) title() string {
	issuer, account := strings.TrimSpace(o.issuer), o.cleanAccount()
	switch {
	case issuer != "" && account != "" && !strings.EqualFold(issuer, account):
		return issuer + " (" + account + ")"
	case issuer != "":
		return issuer
	case account != "":
		return account
	}
	return "TOTP"
}

// cleanAccount is the account without a repeated "Issuer:" in front, which
// some apps keep from the otpauth label.
func (o otp) cleanAccount() string {
	account, issuer := strings.TrimSpace(o.account), strings.TrimSpace(o.issuer)
	if issuer != "" && len(account) > len(issuer) && strings.EqualFold(account[:len(issuer)+1], issuer+":") {
		account = strings.TrimSpace(account[len(issuer)+1:])
	}
	return account
}

// entry turns the record into a TOTP item, or a skipped entry saying why
// Coffer cannot compute its codes. The reasons never quote the secret.
func (o otp) entry() Entry {
	title, account := o.title(), o.cleanAccount()
	if reason := o.unsupported(); reason != "" {
		return skipped(vault.KindTOTP, title, account, reason)
	}
	uri := o.uri()
	if !computable(uri) {
		return skipped(vault.KindTOTP, title, account,
			"its secret is not valid base32 of at least 8 characters, so Coffer cannot compute its codes")
	}
	return Entry{Item: vault.Item{Kind: vault.KindTOTP, Title: title, Username: account, Secret: uri}}
}

// computable reports whether Coffer can parse the URI and compute a code
// from it (vault.ParseTOTP alone accepts some base32 lengths that the code
// generator then refuses, such as 14 characters).
func computable(uri string) bool {
	k, err := vault.ParseTOTP(uri)
	if err != nil {
		return false
	}
	_, _, err = k.Code(time.Unix(0, 0))
	return err == nil
}

// unsupported says why Coffer cannot represent the record, or "" if it can.
func (o otp) unsupported() string {
	switch strings.ToLower(o.typ) {
	case "", "totp":
	case "hotp":
		return "HOTP (counter-based) codes: Coffer only computes time-based (TOTP) codes, so it would show wrong codes"
	case "steam":
		return "Steam Guard codes (5 letters): Coffer only computes numeric TOTP codes, so it would show wrong codes"
	default:
		return fmt.Sprintf("one-time password type %q is not one Coffer computes", truncate(o.typ, 20))
	}
	switch strings.ToUpper(o.algorithm) {
	case "", "SHA1", "SHA256", "SHA512":
	default:
		return fmt.Sprintf("hash algorithm %q is not supported (Coffer computes SHA1, SHA256 and SHA512 codes)", truncate(o.algorithm, 20))
	}
	if o.digits < 0 {
		return "the number of digits of its codes is not one Coffer knows"
	}
	if o.digits > 10 || (o.digits > 0 && o.digits < 4) {
		return fmt.Sprintf("%d-digit codes are not valid TOTP codes", o.digits)
	}
	if o.period < 0 || o.period > maxPeriod {
		return fmt.Sprintf("a period of %d seconds is not valid for TOTP", o.period)
	}
	return ""
}

// uri writes the record as the otpauth:// URI Coffer stores for TOTP items.
func (o otp) uri() string {
	secret := strings.ToUpper(strings.TrimRight(strings.Join(strings.Fields(o.secret), ""), "="))
	issuer, account := strings.TrimSpace(o.issuer), o.cleanAccount()
	label := account
	if issuer != "" {
		label = issuer + ":" + account
	}
	q := url.Values{}
	q.Set("secret", secret)
	if issuer != "" {
		q.Set("issuer", issuer)
	}
	q.Set("algorithm", strings.ToUpper(orDefault(o.algorithm, "SHA1")))
	q.Set("digits", strconv.Itoa(intOr(o.digits, 6)))
	q.Set("period", strconv.Itoa(intOr(o.period, 30)))
	u := url.URL{Scheme: "otpauth", Host: "totp", Path: "/" + label, RawQuery: q.Encode()}
	return u.String()
}

func orDefault(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}

func intOr(n, def int) int {
	if n == 0 {
		return def
	}
	return n
}

// truncate shortens untrusted text quoted in a message.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// parseOTPAuth reads an otpauth:// URI (totp, hotp or steam) into a record.
func parseOTPAuth(s string) (otp, error) {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || !strings.EqualFold(u.Scheme, "otpauth") {
		return otp{}, fmt.Errorf("not an otpauth:// link: %w", ErrMalformed)
	}
	q := u.Query()
	label := strings.TrimPrefix(u.Path, "/")
	o := otp{typ: strings.ToLower(u.Host), secret: q.Get("secret"), issuer: q.Get("issuer"),
		algorithm: q.Get("algorithm")}
	if i := strings.Index(label, ":"); i >= 0 {
		if o.issuer == "" {
			o.issuer = label[:i]
		}
		label = label[i+1:]
	}
	o.account = strings.TrimSpace(label)
	if o.digits, err = optionalInt(q.Get("digits")); err != nil {
		return otp{}, fmt.Errorf("otpauth link: digits: %w", ErrMalformed)
	}
	if o.period, err = optionalInt(q.Get("period")); err != nil {
		return otp{}, fmt.Errorf("otpauth link: period: %w", ErrMalformed)
	}
	return o, nil
}

func optionalInt(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	return strconv.Atoi(s)
}
