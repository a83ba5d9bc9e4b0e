package cli

import (
	"bytes"
	"os/exec"
	"testing"
)

// The command line says nothing it was not asked for: `coffer help` from the real
// binary (which links the desktop app too) writes the help to standard output and
// nothing to standard error. Package-level Fyne theme lookups in app/gui used to log
// "Attempt to access current Fyne app when none is started" three times on every
// command.
func TestCLIBinaryHelpHasCleanStderr(t *testing.T) {
	cmd := exec.Command(buildCoffer(t), "help")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("coffer help: %v\n%s", err, errOut.String())
	}
	if errOut.Len() != 0 {
		t.Errorf("coffer help wrote to standard error:\n%s", errOut.String())
	}
	if !bytes.Contains(out.Bytes(), []byte("Usage: coffer")) {
		t.Errorf("coffer help printed no usage:\n%s", out.String())
	}
}
