package gui

import "coffer/app/gui/kit"

// Steps of the restore wizard, in the order of its step list.
const (
	restoreStepHave = iota
	restoreStepFiles
	restoreStepTyped
	restoreStepPassphrase
	restoreStepWhere
	restoreStepDone
	restoreStepShares // instead of restoreStepPassphrase for a shared backup
)

// have is what the user has of a backup, chosen on the first step.
type have int

const (
	havePhotos have = iota + 1 // photos or scans of the sheets, or the PDF
	haveTyped                  // only the typed lines
	haveBoth                   // both
)

// restoreFacts is what the restore flow depends on, read from the wizard's state.
type restoreFacts struct {
	have        have
	chosen      bool // a backup is chosen among the codes read
	recoverable bool // the chosen backup has enough codes to be rebuilt
	typedLines  bool // the user typed lines
	shared      bool // the chosen backup, rebuilt, opens with share sheets
}

// openStep is the step that opens the backup: its passphrase, or its share sheets.
func (f restoreFacts) openStep() int {
	if f.shared {
		return restoreStepShares
	}
	return restoreStepPassphrase
}

// filesEnough: photos alone rebuild the chosen backup, so the typed step is skipped.
func (f restoreFacts) filesEnough() bool {
	return f.have == havePhotos && f.chosen && f.recoverable
}

// usedTyped: the typed step is part of this restore.
func (f restoreFacts) usedTyped() bool {
	return f.have == haveTyped || f.have == haveBoth || f.typedLines || f.chosen && !f.recoverable
}

// restoreNext is the step that follows at, given the facts. The last three steps go
// on only after their work succeeds (open the backup, write the keys); restoreNext
// names where they go then.
func restoreNext(at int, f restoreFacts) int {
	switch at {
	case restoreStepHave:
		if f.have == haveTyped {
			return restoreStepTyped
		}
		return restoreStepFiles
	case restoreStepFiles:
		if f.filesEnough() {
			return f.openStep()
		}
		return restoreStepTyped
	case restoreStepTyped:
		return f.openStep()
	case restoreStepShares:
		return restoreStepWhere
	}
	return kit.Forward(at, restoreStepDone)
}

// restoreBack is the step Back returns to from at: the one the user came from.
func restoreBack(at int, f restoreFacts) int {
	switch at {
	case restoreStepTyped:
		if f.have == haveTyped {
			return restoreStepHave
		}
		return restoreStepFiles
	case restoreStepPassphrase, restoreStepShares:
		if f.usedTyped() {
			return restoreStepTyped
		}
		return restoreStepFiles
	case restoreStepWhere:
		return f.openStep()
	case restoreStepDone:
		return restoreStepDone // the keys are written: no way back
	}
	return kit.Backward(at)
}

// restorePath lists the steps this restore goes through, given the facts so far,
// for the step counter: the files step unless only typed lines are at hand, the
// typed step when typed lines are at hand or the photos read turned out not to be
// enough. Photos not yet read are counted as enough, so the counter does not shrink
// ("Step 2 of 6", then "Step 3 of 5") once they are.
func restorePath(f restoreFacts) []int {
	path := []int{restoreStepHave}
	if f.have != haveTyped {
		path = append(path, restoreStepFiles)
	}
	if f.usedTyped() {
		path = append(path, restoreStepTyped)
	}
	return append(path, f.openStep(), restoreStepWhere, restoreStepDone)
}
