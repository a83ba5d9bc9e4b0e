package export

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
)

// Assembler collects frames from any number of scans, in any order, duplicates
// allowed, and keeps each backup ID apart. It is not safe for concurrent use.
type Assembler struct {
	backups map[string]*collected
	order   []string // backup IDs in the order first seen
}

// collected is what has been found of one backup.
type collected struct {
	first     Frame         // header every other frame must agree with
	frames    map[int]Frame // by index
	conflicts int
}

// Status is what is known about one backup found among the scans. Code and page
// numbers are 1-based, as printed.
type Status struct {
	BackupID    string
	Found       int   // distinct codes read
	Needed      int   // codes needed to rebuild (the data frame count)
	Total       int   // codes printed
	Missing     []int // code numbers not read yet
	Recoverable bool  // Found ≥ Needed: the ciphertext can be rebuilt now
	MoreNeeded  int   // codes still to read before it can be rebuilt; 0 when Recoverable
	Pages       []PageStatus
	Conflicts   int // frames with this ID that disagreed with the others and were ignored
}

// PageStatus is what was read of one code page.
type PageStatus struct {
	Page    int   // 1-based code page number
	Codes   []int // code numbers printed on the page
	Missing []int // code numbers on the page not read yet
}

// NewAssembler returns an empty assembler. The zero Assembler is also ready to use.
func NewAssembler() *Assembler { return &Assembler{} }

// Add records a frame. Duplicates are ignored. A frame whose header disagrees with
// earlier frames of the same backup ID (a damaged code that passed its checksum, or
// an ID collision) is counted in Status.Conflicts and an error is returned.
func (a *Assembler) Add(f Frame) error {
	if err := f.validate(); err != nil {
		return fmt.Errorf("assemble: %w", err)
	}
	if a.backups == nil {
		a.backups = map[string]*collected{}
	}
	c := a.backups[f.BackupID]
	if c == nil {
		c = &collected{first: f, frames: map[int]Frame{}}
		a.backups[f.BackupID] = c
		a.order = append(a.order, f.BackupID)
	}
	if prev, dup := c.frames[f.Index]; !c.agrees(f) || dup && !bytes.Equal(prev.Data, f.Data) {
		c.conflicts++
		return fmt.Errorf("assemble: backup %s code %d disagrees with codes read before: %w", f.BackupID, f.Index+1, ErrCorrupt)
	}
	c.frames[f.Index] = f
	return nil
}

// Has reports whether the code with this 0-based index of the backup was added.
func (a *Assembler) Has(backupID string, index int) bool {
	c := a.backups[backupID]
	if c == nil {
		return false
	}
	_, ok := c.frames[index]
	return ok
}

// agrees reports whether f has the same layout as the backup's first frame.
func (c *collected) agrees(f Frame) bool {
	g := c.first
	return f.DataCount == g.DataCount && f.ParityCount == g.ParityCount && f.PerPage == g.PerPage && f.PayloadLen == g.PayloadLen
}

// Backups returns the status of every backup seen, in the order first seen.
func (a *Assembler) Backups() []Status {
	out := make([]Status, 0, len(a.order))
	for _, id := range a.order {
		out = append(out, a.backups[id].status(id))
	}
	return out
}

// status summarises one backup.
func (c *collected) status(id string) Status {
	g := c.first
	s := Status{BackupID: id, Found: len(c.frames), Needed: g.DataCount, Total: g.Total(), Conflicts: c.conflicts}
	s.Recoverable = s.Found >= s.Needed
	s.MoreNeeded = max(0, s.Needed-s.Found)
	for i := 0; i < s.Total; i++ {
		if i%g.PerPage == 0 {
			s.Pages = append(s.Pages, PageStatus{Page: i/g.PerPage + 1})
		}
		p := &s.Pages[len(s.Pages)-1]
		p.Codes = append(p.Codes, i+1)
		if _, ok := c.frames[i]; !ok {
			p.Missing = append(p.Missing, i+1)
			s.Missing = append(s.Missing, i+1)
		}
	}
	return s
}

// Ciphertext rebuilds the ciphertext of a backup, repairing missing codes from parity.
// It returns ErrIncomplete when too few codes were read.
func (a *Assembler) Ciphertext(backupID string) ([]byte, error) {
	c := a.backups[backupID]
	if c == nil {
		return nil, fmt.Errorf("assemble: backup %s: no codes read: %w", backupID, ErrIncomplete)
	}
	g := c.first
	if len(c.frames) < g.DataCount {
		return nil, fmt.Errorf("assemble: backup %s: %d of %d codes needed: %w", backupID, len(c.frames), g.DataCount, ErrIncomplete)
	}
	shards := make([][]byte, g.Total())
	for _, i := range slices.Sorted(maps.Keys(c.frames)) {
		shards[i] = slices.Clone(c.frames[i].Data)
	}
	ct, err := rebuildCiphertext(shards, g.DataCount, g.ParityCount, g.PayloadLen)
	if err != nil {
		return nil, fmt.Errorf("assemble: backup %s: %w", backupID, err)
	}
	return ct, nil
}
