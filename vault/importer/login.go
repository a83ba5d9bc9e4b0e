package importer

import (
	"fmt"
	"strings"

	"coffer/vault"
)

// login is a password-manager record in the shape most exports share.
type login struct {
	title, username, password, url, notes string
	totp                                  string // otpauth:// link, steam:// link or bare base32 secret
	tags                                  []string
	extra                                 []string // "label: value" lines kept in the notes
}

// entries turns a login into a password item (or a note when it has no
// password but says something) and a TOTP item when it has a TOTP secret.
func (l login) entries() []Entry {
	var out []Entry
	notes := l.notesText()
	title := titleOr(l.title, titleOr(l.username, titleOr(l.url, "(untitled)")))
	switch {
	case strings.TrimSpace(l.password) != "":
		out = append(out, Entry{Item: vault.Item{Kind: vault.KindPassword, Title: title,
			Secret: l.password, Username: l.username, URL: l.url, Notes: notes, Tags: l.tags}})
	case l.totp == "" && (strings.TrimSpace(l.username+l.url) != "" || notes != ""):
		out = append(out, noteEntry(title, l.noteBody(notes), l.tags))
	case l.totp == "":
		out = append(out, skipped(vault.KindPassword, title, l.username,
			"empty record: no password, notes or TOTP secret"))
	}
	if l.totp != "" {
		out = append(out, l.totpEntry())
	}
	return out
}

// notesText joins the record's notes and extra fields.
func (l login) notesText() string {
	parts := []string{}
	if n := strings.TrimSpace(l.notes); n != "" {
		parts = append(parts, n)
	}
	if len(l.extra) > 0 {
		parts = append(parts, strings.Join(l.extra, "\n"))
	}
	return strings.Join(parts, "\n\n")
}

// noteBody is the text of a password-less login kept as a note.
func (l login) noteBody(notes string) string {
	var b strings.Builder
	if l.username != "" {
		fmt.Fprintf(&b, "Username: %s\n", l.username)
	}
	if l.url != "" {
		fmt.Fprintf(&b, "URL: %s\n", l.url)
	}
	if notes != "" {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(notes)
	}
	return strings.TrimRight(b.String(), "\n")
}

// totpEntry reads the login's TOTP field.
func (l login) totpEntry() Entry {
	o, err := parseTOTPField(l.totp)
	if err != nil {
		return skipped(vault.KindTOTP, titleOr(l.title, "TOTP"), l.username, "its TOTP field is not an otpauth:// link or a base32 secret")
	}
	if o.issuer == "" && o.account == "" {
		o.issuer, o.account = l.title, l.username
	}
	e := o.entry()
	if strings.TrimSpace(o.issuer) == "" && strings.TrimSpace(o.account) == "" {
		e.Item.Title = titleOr(l.title, "TOTP")
	}
	if !e.Skipped() {
		e.Item.URL, e.Item.Tags = l.url, append([]string(nil), l.tags...)
	}
	return e
}

// parseTOTPField reads a TOTP field as password managers store it.
func parseTOTPField(s string) (otp, error) {
	s = strings.TrimSpace(s)
	lower := strings.ToLower(s)
	switch {
	case strings.HasPrefix(lower, "otpauth://"):
		return parseOTPAuth(s)
	case strings.HasPrefix(lower, "steam://"):
		return otp{typ: "steam", secret: s[len("steam://"):]}, nil
	case strings.Contains(s, "://"):
		return otp{}, fmt.Errorf("unknown TOTP link: %w", ErrMalformed)
	}
	return otp{typ: "totp", secret: s}, nil
}

// noteEntry is a secure note; empty notes are skipped.
func noteEntry(title, body string, tags []string) Entry {
	if strings.TrimSpace(body) == "" {
		return skipped(vault.KindNote, titleOr(title, "(untitled)"), "", "empty note")
	}
	return Entry{Item: vault.Item{Kind: vault.KindNote, Title: titleOr(title, "Note"), Secret: body, Tags: tags}}
}

// fieldLines formats label/value pairs, leaving out empty values.
func fieldLines(pairs ...string) []string {
	var out []string
	for i := 0; i+1 < len(pairs); i += 2 {
		if v := strings.TrimSpace(pairs[i+1]); v != "" {
			out = append(out, pairs[i]+": "+v)
		}
	}
	return out
}
