package export

import (
	"strings"
	"testing"

	"coffer/vault"
)

// Issue 15 item 9: a small backup's typed pages said "Codes 1 to 1 are printed here;
// any 1 code, typed or scanned, restore the backup".
func TestTypedPagesIntroFitsOneCode(t *testing.T) {
	b := mustCreate(t, []vault.Item{{Kind: vault.KindNote, Title: "n", Secret: "short"}}, A4)
	if b.DataFrames != 1 {
		t.Fatalf("%d data frames; the test needs 1", b.DataFrames)
	}
	intro := strings.Join(b.textPages()[0].intro, " ")
	if strings.Contains(intro, "Codes 1 to 1") || !strings.Contains(intro, "Code 1 is printed here; it alone") {
		t.Fatalf("intro %q", intro)
	}
}
