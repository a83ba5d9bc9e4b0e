package export

import (
	"fmt"
	"slices"
)

// Assembler collects frames from any number of scans, in any order, duplicates
// allowed, and keeps each backup ID apart. It is not safe for concurrent use.
//
// No frame can sink a restorable set: every distinct frame read for a code is kept,
// frames whose layout (data and parity counts, codes per page, ciphertext length)
// disagrees with their backup's are kept apart, and the ciphertext is taken only from
// a set of codes that Reed-Solomon parity confirms (see [Status.Recoverable]). Frames
// that parity outvotes are reported in [Status.BadCodes].
type Assembler struct {
	backups map[string]*collected
	order   []string // backup IDs in the order first seen
}

// collected is what has been found of one backup ID: one group of frames per layout.
type collected struct {
	groups []*group // in the order first seen
}

// NewAssembler returns an empty assembler. The zero Assembler is also ready to use.
func NewAssembler() *Assembler { return &Assembler{} }

// Add records a frame read from an unknown place; see [Assembler.AddFrom].
func (a *Assembler) Add(f Frame) error { return a.AddFrom(f, "") }

// AddFrom records a frame and where it was read (a file name and page, or "" when
// unknown), so a code that parity outvotes can be traced to its scan. Duplicates are
// merged. Only a frame that is invalid in itself is refused with an error; a frame
// that disagrees with others of its backup is kept and judged by parity.
func (a *Assembler) AddFrom(f Frame, from string) error {
	if err := f.validate(); err != nil {
		return fmt.Errorf("assemble: %w", err)
	}
	if a.backups == nil {
		a.backups = map[string]*collected{}
	}
	c := a.backups[f.BackupID]
	if c == nil {
		c = &collected{}
		a.backups[f.BackupID] = c
		a.order = append(a.order, f.BackupID)
	}
	c.groupFor(layoutOf(f)).add(f, from)
	return nil
}

// groupFor returns the group of frames with layout l, making it when new.
func (c *collected) groupFor(l layout) *group {
	for _, g := range c.groups {
		if g.layout == l {
			return g
		}
	}
	g := newGroup(l)
	c.groups = append(c.groups, g)
	return g
}

// primary is the group taken for the backup: the first one parity confirms, else the
// first one that can be rebuilt unchecked, else the one with the most codes read.
func (c *collected) primary() *group {
	best := c.groups[0]
	for _, g := range c.groups {
		if g.rank() > best.rank() {
			best = g
		}
	}
	return best
}

// Has reports whether a code with this 0-based index of the backup was added.
func (a *Assembler) Has(backupID string, index int) bool {
	c := a.backups[backupID]
	if c == nil {
		return false
	}
	return slices.ContainsFunc(c.groups, func(g *group) bool { return len(g.codes[index]) > 0 })
}

// Backups returns the status of every backup seen, in the order first seen.
func (a *Assembler) Backups() []Status {
	out := make([]Status, 0, len(a.order))
	for _, id := range a.order {
		out = append(out, a.backups[id].status(id))
	}
	return out
}

// Ciphertext rebuilds the ciphertext of a backup from codes that parity confirms,
// repairing missing and outvoted codes. It returns an error wrapping ErrIncomplete
// when too few codes were read, and ErrInconsistent when the codes read disagree
// and too few of them agree to tell which are right; never a ciphertext that parity
// contradicts.
func (a *Assembler) Ciphertext(backupID string) ([]byte, error) {
	c := a.backups[backupID]
	if c == nil {
		return nil, fmt.Errorf("assemble: backup %s: no codes read: %w", backupID, ErrIncomplete)
	}
	g := c.primary()
	sol := g.solve()
	if sol.err != nil {
		return nil, fmt.Errorf("assemble: backup %s: %w", backupID, sol.err)
	}
	out := make([]byte, 0, g.data*len(sol.shards[0]))
	for _, s := range sol.shards[:g.data] {
		out = append(out, s...)
	}
	return out[:g.payloadLen], nil
}

// Open rebuilds and decrypts a backup and checks that the payload is the backup the
// codes name: a payload whose backup ID differs from the codes' (codes relabelled from
// another backup) gives ErrBackupMismatch, so nothing is recorded for the wrong backup.
func (a *Assembler) Open(backupID, passphrase string) (*Payload, error) {
	ct, err := a.Ciphertext(backupID)
	if err != nil {
		return nil, err
	}
	return OpenCiphertext(ct, backupID, passphrase)
}

// OpenCiphertext decrypts a ciphertext rebuilt from the codes of backupID and checks
// that the payload is that backup (ErrBackupMismatch otherwise). It does not hold the
// Assembler, so a caller can rebuild under a lock and run scrypt outside it.
func OpenCiphertext(ct []byte, backupID, passphrase string) (*Payload, error) {
	p, err := Decrypt(ct, passphrase)
	if err != nil {
		return nil, err
	}
	if err := p.matchesCodes(backupID); err != nil {
		return nil, err
	}
	return p, nil
}
