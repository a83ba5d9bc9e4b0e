//go:build unix

package restore

import (
	"syscall"
	"testing"
)

// makeFIFO makes a named pipe: opening it for reading blocks until a writer comes.
func makeFIFO(t testing.TB, path string) {
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Fatal(err)
	}
}
