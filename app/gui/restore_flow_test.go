package gui

import (
	"path/filepath"
	"reflect"
	"testing"

	"fyne.io/fyne/v2/test"

	"coffer/app/gui/kit"
)

func TestRestoreFlow(t *testing.T) {
	photos := restoreFacts{have: havePhotos}
	photosEnough := restoreFacts{have: havePhotos, chosen: true, recoverable: true}
	photosShort := restoreFacts{have: havePhotos, chosen: true}
	photosEnoughTyped := restoreFacts{have: havePhotos, chosen: true, recoverable: true, typedLines: true}
	typed := restoreFacts{have: haveTyped}
	both := restoreFacts{have: haveBoth, chosen: true, recoverable: true}
	cases := []struct {
		name       string
		at         int
		f          restoreFacts
		next, back int
	}{
		{"photos: have → files", restoreStepHave, photos, restoreStepFiles, restoreStepHave},
		{"typed only: have → typed", restoreStepHave, typed, restoreStepTyped, restoreStepHave},
		{"both: have → files", restoreStepHave, both, restoreStepFiles, restoreStepHave},
		{"photos enough: files → passphrase", restoreStepFiles, photosEnough, restoreStepPassphrase, restoreStepHave},
		{"photos short: files → typed", restoreStepFiles, photosShort, restoreStepTyped, restoreStepHave},
		{"nothing chosen: files → typed", restoreStepFiles, photos, restoreStepTyped, restoreStepHave},
		{"both: files → typed though enough", restoreStepFiles, both, restoreStepTyped, restoreStepHave},
		{"typed only: typed ← have", restoreStepTyped, typed, restoreStepPassphrase, restoreStepHave},
		{"photos short: typed ← files", restoreStepTyped, photosShort, restoreStepPassphrase, restoreStepFiles},
		{"photos enough: passphrase ← files", restoreStepPassphrase, photosEnough, restoreStepWhere, restoreStepFiles},
		{"photos and lines: passphrase ← typed", restoreStepPassphrase, photosEnoughTyped, restoreStepWhere, restoreStepTyped},
		{"photos short: passphrase ← typed", restoreStepPassphrase, photosShort, restoreStepWhere, restoreStepTyped},
		{"typed only: passphrase ← typed", restoreStepPassphrase, typed, restoreStepWhere, restoreStepTyped},
		{"where → done, back to passphrase", restoreStepWhere, photosEnough, restoreStepDone, restoreStepPassphrase},
		{"done stays", restoreStepDone, photosEnough, restoreStepDone, restoreStepDone},
	}
	for _, c := range cases {
		if got := restoreNext(c.at, c.f); got != c.next {
			t.Errorf("%s: next %d, want %d", c.name, got, c.next)
		}
		if got := restoreBack(c.at, c.f); got != c.back {
			t.Errorf("%s: back %d, want %d", c.name, got, c.back)
		}
	}
}

func TestLinearFlow(t *testing.T) {
	cases := []struct{ at, last, next, back int }{
		{printStepWhat, printStepCheck, printStepPassphrase, printStepWhat},
		{printStepPreview, printStepCheck, printStepSave, printStepPassphrase},
		{printStepCheck, printStepCheck, printStepCheck, printStepSave},
		{lostStepConfirm, lostStepStore, lostStepGetBack, lostStepConfirm},
		{lostStepStore, lostStepStore, lostStepStore, lostStepReview},
	}
	for _, c := range cases {
		if got := kit.Forward(c.at, c.last); got != c.next {
			t.Errorf("forward(%d, %d) = %d, want %d", c.at, c.last, got, c.next)
		}
		if got := kit.Backward(c.at); got != c.back {
			t.Errorf("backward(%d) = %d, want %d", c.at, got, c.back)
		}
	}
}

// Issue 15 item 10: the restore's counter jumped "Step 2 of 6" → "Step 4 of 6" when
// the photos were enough and the typed step was skipped. It numbers only the steps
// this restore goes through, and photos not yet read count as enough, so the total
// does not shrink from 6 to 5 once they are read (seen in the walk).
func TestRestoreStepCounterNumbersOnlyTheStepsShown(t *testing.T) {
	h := newHarness(t)
	h.unlocked()
	pdf := filepath.Join(t.TempDir(), "backup.pdf")
	writeBackupPDF(t, sampleItems(), testPassphrase, pdf)
	h.g.showRestore()
	r := showing[*restoreScreen](h)
	var seen []string
	note := func() { seen = append(seen, r.wiz.StepName.Text) }
	note()
	test.Tap(r.wiz.Next) // photos or scans
	drop(h, pdf)
	note()
	test.Tap(r.wiz.Next) // the photos are enough: the typed step is skipped
	note()
	test.Type(r.backupPass, testPassphrase)
	test.Tap(r.wiz.Next)
	note()
	want := []string{"Step 1 of 5: What you have", "Step 2 of 5: Add your pages", "Step 3 of 5: Backup passphrase", "Step 4 of 5: Where to put your keys"}
	if !reflect.DeepEqual(seen, want) {
		t.Fatalf("counter %q", seen)
	}
	for i := 0; i < 3; i++ {
		test.Tap(r.wiz.Back)
	}
	r.have.Pick(haveTyped)
	test.Tap(r.wiz.Next)
	if r.wiz.Current != restoreStepTyped || r.wiz.StepName.Text != "Step 2 of 5: Type what is missing" {
		t.Fatalf("typed only: step %d, %q", r.wiz.Current, r.wiz.StepName.Text)
	}
}
