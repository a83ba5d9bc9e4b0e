package scan

import "coffer/export"

// pageKey is one printed code page of one backup.
type pageKey struct {
	id   string
	page int
}

// pagesComplete reports, when the number of codes to expect is not given,
// whether texts are Coffer codes (known) and, if so, whether every code page
// they come from has all its codes (complete): a Coffer frame tells its page
// and how many codes that page holds. Both are false if any text is not a
// Coffer code.
func pagesComplete(texts []string) (complete, known bool) {
	want := map[pageKey]int{}
	got := map[pageKey]int{}
	for _, t := range texts {
		f, err := export.ParseFrame(t)
		if err != nil {
			return false, false
		}
		k := pageKey{f.BackupID, f.Index / f.PerPage}
		want[k] = min(f.PerPage, f.Total()-k.page*f.PerPage)
		got[k]++
	}
	if len(texts) == 0 {
		return false, false
	}
	for k, n := range want {
		if got[k] < n {
			return false, true
		}
	}
	return true, true
}
