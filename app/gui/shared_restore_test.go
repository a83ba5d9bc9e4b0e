package gui

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"coffer/export"
	"coffer/vault"
)

// sharedBackupFiles makes a real k-of-n shared backup of items with export and
// saves its code pages as PDF.
func sharedBackupFiles(t *testing.T, items []vault.Item, k, n int, pdf string) *export.Backup {
	t.Helper()
	for i := range items {
		if items[i].ID == "" {
			items[i].ID = vault.NewID()
		}
	}
	b, err := export.Create(items, "test-vault", "", export.Options{Shares: export.Shares{K: k, N: n},
		Now: func() time.Time { return time.Date(2024, 11, 2, 18, 30, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	if err := vault.WriteNewFile(pdf, 0o600, b.WritePDF); err != nil {
		t.Fatal(err)
	}
	return b
}

// restoreToShares starts a new computer's restore of a shared backup's code pages
// (pdf) and goes on to the share sheets step.
func restoreToShares(t *testing.T, pdf string) (*harness, *restoreScreen) {
	t.Helper()
	h := newHarness(t)
	h.g.start()
	test.Tap(showing[*welcomeScreen](h).restore)
	r := showing[*restoreScreen](h)
	test.Tap(r.wiz.Next)
	drop(h, pdf)
	test.Tap(r.wiz.Next)
	if r.wiz.Current != restoreStepShares {
		t.Fatalf("step %d after the code pages of a shared backup", r.wiz.Current)
	}
	return h, r
}

// TestRestoreSharedBackup restores a 2-of-3 shared backup on a new computer, with no
// passphrase: the code pages' PDF, a photo of one share sheet, another sheet's words
// typed with a typo named at the word; a duplicate and a sheet of another backup
// are named, not combined.
func TestRestoreSharedBackup(t *testing.T) {
	dir := t.TempDir()
	items := sampleItems()
	pdf := filepath.Join(dir, "backup.pdf")
	b := sharedBackupFiles(t, items, 2, 3, pdf)
	other := sharedBackupFiles(t, items[:1], 2, 2, filepath.Join(dir, "other.pdf"))

	h := newHarness(t)
	h.g.start()
	test.Tap(showing[*welcomeScreen](h).restore)
	r := showing[*restoreScreen](h)
	var seen []string
	note := func() { seen = append(seen, r.wiz.StepName.Text) }
	test.Tap(r.wiz.Next) // photos
	drop(h, pdf)
	note()
	if r.wiz.Next.Text != "Next: the share sheets" {
		t.Fatalf("Next says %q", r.wiz.Next.Text)
	}
	test.Tap(r.wiz.Next)
	note()
	if r.wiz.Current != restoreStepShares || !r.wiz.Next.Disabled() || r.shares.status.Text != "No share sheet read yet." {
		t.Fatalf("step %d, status %q", r.wiz.Current, r.shares.status.Text)
	}

	// A photo of sheet 1, twice: read once.
	sheet1 := writeShareSheets(t, b, dir, 1)
	drop(h, sheet1...)
	drop(h, sheet1...)
	if r.wiz.Current != restoreStepShares || !strings.Contains(r.shares.status.Text, "Shares: 1 of 2 needed (share 1 read). 1 more share sheet is needed.") {
		t.Fatalf("after sheet 1: step %d, %q", r.wiz.Current, r.shares.status.Text)
	}
	if !markupHas(h, "1 share sheet read, 0 new") {
		t.Error("the sheet read twice is not named as a duplicate")
	}

	// Sheet 3 typed, word 5 mistyped: the word is named; corrected, it is read.
	words := b.Shares[2].Words()
	typo := append([]string(nil), words...)
	typo[4] = "zzzz"
	test.Type(r.shares.words, strings.Join(typo, " ")+"\n")
	if got := shownTexts(r.shares.feedback); !strings.Contains(got, `Line 1: word 5 "zzzz" is not a SLIP-39 word.`) {
		t.Fatalf("typo feedback %q", got)
	}
	if !r.wiz.Next.Disabled() {
		t.Fatal("Open enabled with one share")
	}
	swapped := append([]string(nil), words...)
	swapped[4] = words[5]
	r.shares.words.SetText(strings.Join(swapped, " "))
	if got := shownTexts(r.shares.feedback); !strings.Contains(got, "Line 1: word 5") || !strings.Contains(got, "looks wrong") {
		t.Fatalf("checksum feedback %q", got)
	}
	r.shares.words.SetText(strings.Join(words, " "))
	if got := shownTexts(r.shares.feedback); !strings.Contains(got, "Line 1: share 3 of set") || !strings.Contains(got, "correct") {
		t.Fatalf("correct line feedback %q", got)
	}
	if !strings.Contains(r.shares.status.Text, "Shares: 2 of 2 needed (shares 1 and 3 read). Enough share sheets") || r.wiz.Next.Disabled() {
		t.Fatalf("status %q", r.shares.status.Text)
	}

	// A sheet of another backup: named as another set, not combined.
	drop(h, writeShareSheets(t, other, dir, 1)...)
	if !strings.Contains(r.shares.status.Text, "Share sheets of 2 different sets were read") {
		t.Fatalf("other set: %q", r.shares.status.Text)
	}
	test.Tap(r.wiz.Next)
	note()
	if r.wiz.Current != restoreStepWhere {
		t.Fatalf("step %d, %q", r.wiz.Current, r.shares.msg.Text)
	}
	const newPass = "velvet lantern orbit cactus meadow thunder"
	test.Type(r.where.pair.Entry, newPass)
	test.Type(r.where.pair.Confirm, newPass)
	test.Tap(r.wiz.Next)
	if r.wiz.Current != restoreStepDone || r.report != (vault.MergeReport{Added: 3}) {
		t.Fatalf("step %d, report %+v, %q", r.wiz.Current, r.report, r.where.msg.Text)
	}
	want := []string{"Step 2 of 5: Add your pages", "Step 3 of 5: Share sheets", "Step 4 of 5: Where to put your keys"}
	if !reflect.DeepEqual(seen, want) {
		t.Fatalf("counter %q", seen)
	}
	test.Tap(r.wiz.Next)
	v := reopenWith(t, h, newPass)
	sameItems(t, v.Snapshot().Active(), items)
}

// TestRestoreSharedNamesWrongShares: a complete set of another backup's shares is
// named as not this backup's key, and nothing opens.
func TestRestoreSharedNamesWrongShares(t *testing.T) {
	dir := t.TempDir()
	items := sampleItems()
	pdf := filepath.Join(dir, "backup.pdf")
	sharedBackupFiles(t, items, 2, 2, pdf)
	other := sharedBackupFiles(t, items, 2, 2, filepath.Join(dir, "other.pdf"))
	h, r := restoreToShares(t, pdf)
	drop(h, writeShareSheets(t, other, dir, 1, 2)...)
	test.Tap(r.wiz.Next)
	if r.wiz.Current != restoreStepShares || !strings.Contains(r.shares.msg.Text, "do not open this backup") {
		t.Fatalf("shares of another backup: step %d, %q", r.wiz.Current, r.shares.msg.Text)
	}
}

// TestRestoreFlowShared: a shared backup goes through its share sheets, never the passphrase.
func TestRestoreFlowShared(t *testing.T) {
	enough := restoreFacts{have: havePhotos, chosen: true, recoverable: true, shared: true}
	typed := restoreFacts{have: haveTyped, chosen: true, recoverable: true, shared: true, typedLines: true}
	cases := []struct {
		at         int
		f          restoreFacts
		next, back int
	}{
		{restoreStepFiles, enough, restoreStepShares, restoreStepHave},
		{restoreStepTyped, typed, restoreStepShares, restoreStepHave},
		{restoreStepShares, enough, restoreStepWhere, restoreStepFiles},
		{restoreStepShares, typed, restoreStepWhere, restoreStepTyped},
		{restoreStepWhere, enough, restoreStepDone, restoreStepShares},
	}
	for _, c := range cases {
		if got := restoreNext(c.at, c.f); got != c.next {
			t.Errorf("next(%d) = %d, want %d", c.at, got, c.next)
		}
		if got := restoreBack(c.at, c.f); got != c.back {
			t.Errorf("back(%d) = %d, want %d", c.at, got, c.back)
		}
	}
	if p := restorePath(enough); !reflect.DeepEqual(p, []int{restoreStepHave, restoreStepFiles, restoreStepShares, restoreStepWhere, restoreStepDone}) {
		t.Errorf("path %v", p)
	}
}
