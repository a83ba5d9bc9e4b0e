package quietlocale

import (
	"os"
	"testing"
)

func TestApply(t *testing.T) {
	t.Setenv("LANGUAGE", "")
	t.Setenv("LC_ALL", "C")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "")
	Apply()
	if got := os.Getenv("LC_ALL") + "|" + os.Getenv("LANG"); got != "|en_US.UTF-8" {
		t.Errorf("after Apply: %s", got)
	}
	t.Setenv("LANG", "de_DE.UTF-8")
	Apply()
	if os.Getenv("LANG") != "de_DE.UTF-8" {
		t.Error("a real locale was replaced")
	}
}
