// Package explain turns Coffer's errors and numbers into plain words for people, for
// both the command line and the desktop app.
package explain

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"coffer/vault"
)

// Error turns an error into a plain sentence for a person, keeping the detail of
// errors that already say exactly what is wrong.
func Error(err error) string {
	switch {
	case errors.Is(err, vault.ErrBadPassphrase):
		return "wrong passphrase; check Caps Lock and the keyboard layout, then try again"
	case errors.Is(err, vault.ErrLocked):
		return "the vault is open in another Coffer window; close it there first"
	case errors.Is(err, vault.ErrChangedOnDisk):
		return "the vault file was changed by another program or computer since it was opened; nothing was saved, so nothing was overwritten. Open it again and redo the change"
	case errors.Is(err, vault.ErrNewerVersion):
		return "this vault was written by a newer Coffer; update Coffer to open it (the file was not changed)"
	case errors.Is(err, vault.ErrExists):
		return err.Error() + "; Coffer never overwrites a vault: choose another path or remove the old file yourself"
	case errors.Is(err, fs.ErrNotExist):
		return err.Error() + " (no vault there yet? run 'coffer init', or pass --vault PATH)"
	}
	return err.Error()
}

// Numbers lists code or page numbers for a sentence: "1, 4, 7".
func Numbers(n []int) string {
	s := make([]string, len(n))
	for i, v := range n {
		s[i] = fmt.Sprint(v)
	}
	return strings.Join(s, ", ")
}
