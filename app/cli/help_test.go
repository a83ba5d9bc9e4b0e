package cli

import (
	"os"
	"strings"
	"testing"
)

// readmeMarker precedes the fenced block of README.md that is `coffer help`.
const readmeMarker = "<!-- the output of `coffer help`; TestREADMEMatchesHelp in app/cli checks it -->\n```\n"

// README.md's command-line reference is exactly what `coffer help` prints.
func TestREADMEMatchesHelp(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(b), readmeMarker)
	if !ok {
		t.Fatal("README.md lacks the coffer help marker")
	}
	block, _, _ = strings.Cut(block, "```\n")
	e := newCLIEnv(t)
	help := e.must("", "help")
	if block != help {
		t.Errorf("README.md's command-line reference differs from `coffer help`; paste `go run . help` into it.\nREADME:\n%s\nhelp:\n%s", block, help)
	}
}
