//go:build unix

package vault

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A FIFO given as a vault is refused before it is opened: opening it would wait
// for a writer forever (on the old code this test hangs until go test's timeout).
func TestOpenRefusesFIFO(t *testing.T) {
	path := filepath.Join(t.TempDir(), "vault.coffer")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	for name, err := range map[string]error{
		"Open":           func() error { _, err := Open(path, testPassphrase, testOptions()); return err }(),
		"OpenRemembered": func() error { _, err := OpenRemembered(path, testOptions()); return err }(),
		"ReadHeader":     func() error { _, err := ReadHeader(path); return err }(),
	} {
		if err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("%s = %v, want a refusal", name, err)
		}
	}
}
