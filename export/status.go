package export

import (
	"errors"
	"fmt"
)

// Status is what is known about one backup found among the scans. Code and page
// numbers are 1-based, as printed.
type Status struct {
	BackupID string
	Found    int   // distinct codes read (of the backup's layout)
	Needed   int   // codes needed to rebuild (the data frame count)
	Total    int   // codes printed
	Missing  []int // code numbers not read yet
	// Recoverable means a ciphertext can be rebuilt now from codes that agree: at least
	// Needed codes were read and, when more were, parity confirms them (ParityChecked),
	// with any bad codes outvoted. It is never true while the codes contradict each other.
	Recoverable bool
	// ParityChecked means more than Needed codes were read and parity confirms the
	// ciphertext; with exactly Needed codes only decryption can check them.
	ParityChecked bool
	// Inconsistent means enough codes were read but they disagree, and too few agree to
	// tell which are right: read more codes, or leave out the scans named in BadCodes.
	Inconsistent bool
	MoreNeeded   int // codes still to read before it can be rebuilt; 0 when Recoverable
	Pages        []PageStatus
	// BadCodes are the codes read that are not part of the backup: outvoted by parity,
	// or with a layout that disagrees with the backup's; while Inconsistent, also every
	// reading of a code that was read in more than one way.
	BadCodes  []BadCode
	Conflicts int // len(BadCodes), kept for callers that only count them
}

// PageStatus is what was read of one code page.
type PageStatus struct {
	Page    int   // 1-based code page number
	Codes   []int // code numbers printed on the page
	Missing []int // code numbers on the page not read yet
}

// BadCode is a code that was read with a valid checksum but is not part of the
// backup: a misread that passed CRC-32, or a stray or forged code.
type BadCode struct {
	BackupID string
	Code     int      // 1-based code number the frame claims
	From     []string // where it was read (as given to AddFrom), when known
	Reason   string   // why it was set aside
}

// String describes the bad code for a person, e.g. "backup 8HH5BV19 code 3 (from
// page1.png): does not agree with the other codes (parity)".
func (b BadCode) String() string {
	s := fmt.Sprintf("backup %s code %d", b.BackupID, b.Code)
	if len(b.From) > 0 {
		s += fmt.Sprintf(" (from %s)", joinFrom(b.From))
	}
	return s + ": " + b.Reason
}

// Reasons a code is set aside.
const (
	reasonParity = "does not agree with the other codes (parity)"
	reasonLayout = "its header (code counts or length) disagrees with the other codes of this backup"
	reasonTwice  = "read differently in different scans, and too few codes agree yet to tell which reading is right"
)

// status summarises one backup.
func (c *collected) status(id string) Status {
	g := c.primary()
	sol := g.solve()
	s := Status{BackupID: id, Found: len(g.codes), Needed: g.data, Total: g.data + g.parity}
	s.Recoverable = sol.err == nil
	s.ParityChecked = s.Recoverable && s.Found > s.Needed
	s.Inconsistent = !s.Recoverable && s.Found >= s.Needed
	switch {
	case s.Inconsistent:
		s.MoreNeeded = 1
	case !s.Recoverable:
		s.MoreNeeded = s.Needed - s.Found
	}
	s.Pages, s.Missing = g.pages()
	s.BadCodes = c.badCodes(id, g, sol)
	s.Conflicts = len(s.BadCodes)
	return s
}

// pages lists the codes of every page and those not read yet.
func (g *group) pages() (pages []PageStatus, missing []int) {
	for i := 0; i < g.data+g.parity; i++ {
		if i%g.perPage == 0 {
			pages = append(pages, PageStatus{Page: i/g.perPage + 1})
		}
		p := &pages[len(pages)-1]
		p.Codes = append(p.Codes, i+1)
		if len(g.codes[i]) == 0 {
			p.Missing = append(p.Missing, i+1)
			missing = append(missing, i+1)
		}
	}
	return pages, missing
}

// badCodes lists the primary group's outvoted codes (or, when parity cannot decide
// yet, its codes read in more than one way) and every frame of other layouts.
func (c *collected) badCodes(id string, primary *group, sol *solution) []BadCode {
	var out []BadCode
	for _, b := range sol.bad {
		out = append(out, BadCode{BackupID: id, Code: b.index + 1, From: b.cand.from, Reason: reasonParity})
	}
	if errors.Is(sol.err, ErrInconsistent) {
		for _, i := range primary.indexes() {
			for _, cand := range primary.codes[i] {
				if len(primary.codes[i]) > 1 {
					out = append(out, BadCode{BackupID: id, Code: i + 1, From: cand.from, Reason: reasonTwice})
				}
			}
		}
	}
	for _, g := range c.groups {
		if g == primary {
			continue
		}
		for _, i := range g.indexes() {
			for _, cand := range g.codes[i] {
				out = append(out, BadCode{BackupID: id, Code: i + 1, From: cand.from, Reason: reasonLayout})
			}
		}
	}
	return out
}

// joinFrom lists places for a message.
func joinFrom(from []string) string {
	s := from[0]
	for _, f := range from[1:] {
		s += ", " + f
	}
	return s
}
