package gui

import (
	"testing"

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
