package importer

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"coffer/vault"
)

// 1Password 1PUX: a zip holding export.data, JSON of accounts → vaults →
// items. Each item has categoryUuid (001 login, 002 credit card, 003 secure
// note, 004 identity, 005 password, 006 document, …), state ("archived"),
// overview {title, url, tags} and details {loginFields [{designation,
// value}], password, notesPlain, sections [{title, fields [{title, value:
// {KIND: VALUE}}]}]}; a TOTP field has value {"totp": "otpauth://… or base32"}.

type onePUXData struct {
	Accounts []struct {
		Vaults []struct {
			Attrs struct {
				Name string `json:"name"`
			} `json:"attrs"`
			Items []onePUXItem `json:"items"`
		} `json:"vaults"`
	} `json:"accounts"`
}

type onePUXItem struct {
	CategoryUUID string `json:"categoryUuid"`
	State        string `json:"state"`
	Overview     struct {
		Title string `json:"title"`
		URL   string `json:"url"`
		URLs  []struct {
			URL string `json:"url"`
		} `json:"urls"`
		Tags []string `json:"tags"`
	} `json:"overview"`
	Details struct {
		LoginFields []struct {
			Designation string `json:"designation"`
			Name        string `json:"name"`
			Value       string `json:"value"`
		} `json:"loginFields"`
		Password   string `json:"password"`
		NotesPlain string `json:"notesPlain"`
		Sections   []struct {
			Title  string `json:"title"`
			Fields []struct {
				Title string                     `json:"title"`
				Value map[string]json.RawMessage `json:"value"`
			} `json:"fields"`
		} `json:"sections"`
		Document *struct {
			FileName string `json:"fileName"`
		} `json:"documentAttributes"`
	} `json:"details"`
}

// maxExportData bounds export.data once unzipped (a zip bomb stops there).
const maxExportData = 64 << 20

func parse1PUX(data []byte, _ string) ([]Entry, error) {
	raw, err := readZipFile(data, "export.data")
	if err != nil {
		return nil, fmt.Errorf("1pux: %w", err)
	}
	var d onePUXData
	if err := json.Unmarshal(raw, &d); err != nil {
		return nil, fmt.Errorf("1pux: export.data: %w", ErrMalformed)
	}
	var entries []Entry
	for _, a := range d.Accounts {
		for _, v := range a.Vaults {
			for _, it := range v.Items {
				entries = append(entries, it.entries(v.Attrs.Name)...)
			}
		}
	}
	return entries, nil
}

func readZipFile(data []byte, name string) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("zip archive: %w", ErrMalformed)
	}
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, ErrMalformed)
		}
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, maxExportData+1))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, ErrMalformed)
		}
		if len(b) > maxExportData {
			return nil, fmt.Errorf("%s: %w", name, ErrTooLarge)
		}
		return b, nil
	}
	return nil, fmt.Errorf("no %s in the archive: %w", name, ErrMalformed)
}

// entries converts one 1Password item.
func (it onePUXItem) entries(vaultName string) []Entry {
	tags := appendTags(nil, it.Overview.Tags...)
	tags = appendTags(tags, vaultName)
	var extra, totps []string
	if it.State == "archived" {
		tags = appendTags(tags, archivedTag)
		extra = append(extra, archivedNote)
	}
	for _, s := range it.Details.Sections {
		for _, f := range s.Fields {
			if t, ok := f.Value["totp"]; ok {
				if v := jsonText(t); v != "" {
					totps = append(totps, v)
				}
				continue
			}
			extra = append(extra, fieldLines(titleOr(f.Title, s.Title), fieldValue(f.Value))...)
		}
	}
	title := it.Overview.Title
	switch it.CategoryUUID {
	case "001", "005":
		l := login{title: title, url: it.Overview.URL, notes: it.Details.NotesPlain, tags: tags,
			extra: extra, password: it.Details.Password}
		for _, f := range it.Details.LoginFields {
			switch f.Designation {
			case "username":
				l.username = f.Value
			case "password":
				l.password = f.Value
			default:
				l.extra = append(l.extra, fieldLines(titleOr(f.Name, "field"), f.Value)...)
			}
		}
		for _, u := range it.Overview.URLs {
			if u.URL != l.url {
				l.extra = append(l.extra, fieldLines("URL", u.URL)...)
			}
		}
		return l.withTOTPs(totps)
	case "006":
		name := ""
		if it.Details.Document != nil {
			name = it.Details.Document.FileName
		}
		return []Entry{skipped(vault.KindNote, titleOr(title, name), "",
			"a 1Password document (file attachment "+truncate(name, 40)+"); Coffer does not import files")}
	}
	body := joinNonEmpty(strings.Join(extra, "\n"), it.Details.NotesPlain)
	out := []Entry{noteEntry(title, body, tags)}
	for _, t := range totps {
		out = append(out, login{title: title, tags: tags, totp: t}.totpEntry())
	}
	return out
}

// withTOTPs is entries with every TOTP field of the item, not only one.
func (l login) withTOTPs(totps []string) []Entry {
	if len(totps) == 0 {
		return l.entries()
	}
	l.totp = totps[0]
	out := l.entries()
	for _, t := range totps[1:] {
		l.totp = t
		out = append(out, l.totpEntry())
	}
	return out
}

// fieldValue renders a 1PUX field value ({"string": "…"}, {"concealed": …},
// {"email": {"email_address": …}}, {"monthYear": 202206}, …) as text.
func fieldValue(v map[string]json.RawMessage) string {
	for kind, raw := range v {
		switch kind {
		case "email":
			var e struct {
				Address string `json:"email_address"`
			}
			if json.Unmarshal(raw, &e) == nil {
				return e.Address
			}
		case "monthYear":
			if n, err := strconv.Atoi(string(raw)); err == nil && n > 0 {
				return fmt.Sprintf("%02d/%d", n%100, n/100)
			}
		}
		if s := jsonText(raw); s != "" {
			return s
		}
	}
	return ""
}

// jsonText returns a JSON string or number as text, "" otherwise.
func jsonText(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}
