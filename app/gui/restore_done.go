package gui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"coffer/app/gui/kit"
)

// afterRestore is what Finish does when the keys went into a new vault while
// another one is open.
type afterRestore int

const (
	openRestored afterRestore = iota + 1 // close the open vault and show the new one
	stayCurrent                          // keep the open vault; the new one is closed
)

// doneStep is the summary: what was added, skipped or kept beside, and, for a new
// vault, which vault the app shows next.
func (s *restoreScreen) doneStep() fyne.CanvasObject {
	r := s.report
	lines := labels(counted("item", "items",
		count{r.Added, " added", " added"},
		count{r.Skipped, " already there (skipped)", " already there (skipped)"},
		count{r.KeptBoth, " kept beside a different item with the same ID (marked \"restored\")",
			" kept beside different items with the same IDs (marked \"restored\")"}), "No items added.")
	objs := []fyne.CanvasObject{kit.Para("Your keys are back in " + displayPath(s.into) + "."), kit.Section("Summary", lines)}
	if next := s.nextVault(); next != nil {
		objs = append(objs, next)
	}
	return container.NewVBox(append(objs,
		kit.Hint("Keep the paper backup: it still works, and this vault now records it as checked, as it was just "+
			"decrypted. Print a new one when you add or change keys."))...)
}

// nextVault says which vault the app shows after Finish. When the keys went into a
// new vault while another is open, the user chooses. Nil: the keys went into the
// open vault.
func (s *restoreScreen) nextVault() fyne.CanvasObject {
	if s.newVault == nil {
		return nil
	}
	restored := vaultName(s.into)
	if s.st == nil {
		return kit.Para(fmt.Sprintf("Finish opens the new vault %q.", restored))
	}
	current := vaultName(s.st.Path())
	s.after = kit.NewChoice([]kit.Option[afterRestore]{
		{Value: openRestored, Label: fmt.Sprintf("Open %q now (%q is locked)", restored, current)},
		{Value: stayCurrent, Label: fmt.Sprintf("Stay in %q (open %q later with Settings → Open another vault)", current, restored)},
	}, s.onAfter)
	s.after.Set(openRestored)
	return kit.Section("Which vault next?", kit.Para(fmt.Sprintf(
		"The keys went into a new vault, %q. The vault open now, %q, is not changed.", restored, current)), s.after)
}

// onAfter names the choice on the Finish button.
func (s *restoreScreen) onAfter(a afterRestore) {
	s.nav.activity()
	if a == stayCurrent {
		s.wiz.Next.SetText("Stay in " + vaultName(s.st.Path()))
		return
	}
	s.wiz.Next.SetText("Open " + vaultName(s.into))
}

// finish opens the vault the keys went into, unless the user chose to stay in the
// vault that was open, and shows it.
func (s *restoreScreen) finish() {
	s.payload = nil
	v := s.newVault
	if v == nil {
		s.nav.showMain()
		return
	}
	s.newVault = nil
	if s.after != nil && s.after.Is(stayCurrent) {
		closeQuietly(v)
		s.nav.showMain()
		return
	}
	s.nav.adopt(v)
}
