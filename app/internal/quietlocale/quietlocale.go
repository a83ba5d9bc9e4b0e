// Package quietlocale replaces the C/POSIX locale, which Fyne cannot parse and logs
// about when its lang package initialises, with US English; a real locale is left
// alone. Import it for its side effect. Go initialises packages in import-path order
// once their own imports are ready, so "coffer/..." runs before "fyne.io/...".
package quietlocale

import (
	"os"
	"strings"
)

func init() { Apply() }

// Apply unsets C/POSIX locale variables and sets LANG=en_US.UTF-8 when no real
// locale remains.
func Apply() {
	found := false
	for _, name := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(name)
		switch {
		case v == "":
			continue
		case isCLocale(v):
			os.Unsetenv(name)
		default:
			found = true
		}
	}
	if !found {
		os.Setenv("LANG", "en_US.UTF-8")
	}
}

// isCLocale reports whether a locale value is C or POSIX, with or without a charset.
func isCLocale(v string) bool {
	base, _, _ := strings.Cut(v, ".")
	return base == "C" || base == "POSIX"
}
