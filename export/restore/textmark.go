package restore

import (
	"fmt"

	"coffer/export"
)

// takeTextMark records in r the mark of a Coffer text page, if text is one (the
// first, should a photo show two pages), and reports whether it was.
func (r *FileReport) takeTextMark(text string) bool {
	m, ok := export.ParseTextMark(text)
	if ok && r.TextPage == nil {
		r.TextPage = &m
	}
	return ok
}

// TextPageLine says what a Coffer text page is, "page 2 of 3 of backup K3J9QX2A:
// list of items, no codes on it", or "" when the report is not one.
func (r FileReport) TextPageLine() string {
	if r.TextPage == nil {
		return ""
	}
	m := r.TextPage
	return fmt.Sprintf("page %d of %d of backup %s: %s, no codes on it", m.Page, m.Pages, m.BackupID, m.Kind)
}
