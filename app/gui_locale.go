package app

import (
	"os"
	"strings"
)

// quietLocale replaces the C/POSIX locale, which Fyne cannot parse and logs about,
// with US English; a real locale is left alone.
func quietLocale() {
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
