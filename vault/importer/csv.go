package importer

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strings"
)

// KeePassXC CSV export: "Group","Title","Username","Password","URL","Notes",
// then since 2.7 "TOTP","Icon","Last Modified","Created". 1Password 8 CSV:
// Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes. Columns are
// found by their header name, so reordered or extra columns are read too.

var keePassColumns = []string{"group", "title", "username", "password", "url", "notes"}

func isKeePassHeader(h []string) bool {
	return hasColumns(h, keePassColumns...)
}

func is1PasswordHeader(h []string) bool {
	return hasColumns(h, "title", "url", "username", "password", "otpauth")
}

func hasColumns(h []string, names ...string) bool {
	cols := columnIndex(h)
	for _, n := range names {
		if _, ok := cols[n]; !ok {
			return false
		}
	}
	return true
}

func columnIndex(h []string) map[string]int {
	cols := map[string]int{}
	for i, c := range h {
		c = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(c, "\ufeff")))
		if _, dup := cols[c]; !dup {
			cols[c] = i
		}
	}
	return cols
}

// csvRecords reads a CSV file, calling row with a getter by column name.
func csvRecords(data []byte, what string, row func(get func(string) string)) error {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return fmt.Errorf("%s: header: %w", what, ErrMalformed)
	}
	cols := columnIndex(header)
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: record %d: %w", what, line-1, ErrMalformed)
		}
		row(func(name string) string {
			if i, ok := cols[name]; ok && i < len(rec) {
				return rec[i]
			}
			return ""
		})
	}
}

func parseKeePassXC(data []byte, _ string) ([]Entry, error) {
	var entries []Entry
	err := csvRecords(data, "keepassxc csv", func(get func(string) string) {
		l := login{title: get("title"), username: get("username"), password: get("password"),
			url: get("url"), notes: get("notes"), totp: get("totp"), tags: appendTags(nil, groupTag(get("group")))}
		entries = append(entries, l.entries()...)
	})
	return entries, err
}

// groupTag turns a KeePass group path into a tag, without the root group
// (whose name is localised: "Root", "Корінь").
func groupTag(group string) string {
	_, rest, ok := strings.Cut(strings.TrimSpace(group), "/")
	if !ok {
		return ""
	}
	return rest
}

func parse1PasswordCSV(data []byte, _ string) ([]Entry, error) {
	var entries []Entry
	err := csvRecords(data, "1password csv", func(get func(string) string) {
		l := login{title: get("title"), username: get("username"), password: get("password"),
			url: get("url"), notes: get("notes"), totp: get("otpauth"), tags: splitTags(get("tags"))}
		if strings.EqualFold(strings.TrimSpace(get("archived")), "true") {
			l.tags = appendTags(l.tags, archivedTag)
			l.extra = append(l.extra, archivedNote)
		}
		entries = append(entries, l.entries()...)
	})
	return entries, err
}

const (
	archivedTag  = "archived"
	archivedNote = "Archived in 1Password."
)

func splitTags(s string) []string {
	return appendTags(nil, strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' })...)
}
