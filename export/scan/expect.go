package scan

import "coffer/export"

// pageKey is one printed code page of one backup.
type pageKey struct {
	id   string
	page int
}

// pagesComplete reports, when the number of codes to expect is not given,
// whether texts are Coffer codes and every code page they come from has all
// its codes: a Coffer frame tells its page and how many codes that page
// holds. It is false if any text is not a Coffer code.
func pagesComplete(texts []string) bool {
	want := map[pageKey]int{}
	got := map[pageKey]int{}
	for _, t := range texts {
		f, err := export.ParseFrame(t)
		if err != nil {
			return false
		}
		k := pageKey{f.BackupID, f.Index / f.PerPage}
		want[k] = min(f.PerPage, f.Total()-k.page*f.PerPage)
		got[k]++
	}
	for k, n := range want {
		if got[k] < n {
			return false
		}
	}
	return len(texts) > 0
}
