package gui

import (
	"reflect"
	"strings"
	"testing"

	"coffer/export"
)

// Issue 15 item 9: "any 1 of them rebuild it", "Codes 1 to 1" and zero rows ("0 are
// on paper…", "0 items kept beside…"). One helper writes every count.
func TestNumberWordsFitTheCount(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{anyRebuild(1, 12, "it"), "any one of them rebuilds it"},
		{anyRebuild(4, 6, "it"), "any 4 of them rebuild it"},
		{anyRebuild(3, 3, "it"), "all 3 are needed to rebuild it"},
		{anyRebuild(1, 1, "it"), "it alone rebuilds it"},
		{numberRange("page", "pages", 2, 2), "page 2"},
		{numberRange("code", "codes", 1, 4), "codes 1 to 4"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	got := counted("item", "items", count{0, " added", " added"}, count{1, " is new", " are new"}, count{2, " is old", " are old"})
	if want := []string{"1 item is new", "2 items are old"}; !reflect.DeepEqual(got, want) {
		t.Errorf("counted %q", got)
	}
	st := export.Status{BackupID: "B", Found: 3, Total: 12, Needed: 1, Recoverable: true, Missing: []int{4}}
	if s := codesSummary(st); !strings.Contains(s, "3 of 12 codes read; any one of them rebuilds it.") || strings.Contains(s, "any 1 ") {
		t.Errorf("summary %q", s)
	}
}

// The print wizard's first step lists only the counts that are not zero.
func TestPrintStatusListsNoZeroCounts(t *testing.T) {
	h := newHarness(t)
	h.unlocked(sampleItems()...)
	h.g.showPrint()
	text := shownTexts(h.g.win.Canvas().Content())
	if strings.Contains(text, " 0 ") || strings.Contains(text, "; 0") || !strings.Contains(text, "Your vault holds 3 items. 3 items are not on paper yet.") {
		t.Fatalf("print step 1 reads:\n%s", text)
	}
}
