package slip39

import (
	"crypto/rand"
	"fmt"
	"io"
)

// GroupSpec is one group of a split: any Threshold of its Count member shares
// restore the group.
type GroupSpec struct {
	Threshold int
	Count     int
}

// Options are the set-wide choices of a split.
type Options struct {
	// Extendable marks the set so that more shares of the same secret can be
	// made later with the same identifier (the Feistel salt then omits the
	// identifier). SLIP-39 recommends it for new sets.
	Extendable bool
	// IterationExponent e sets the PBKDF2 cost to 10000<<e iterations (0..15).
	IterationExponent int
}

// Split encrypts master with passphrase and splits it into groups: any
// groupThreshold of the groups restore it, each group needing its own member
// threshold. master must be 16 bytes or more, an even count. The result has
// one slice of shares per group, in group order. Randomness comes from
// crypto/rand.
func Split(master []byte, passphrase string, groupThreshold int, groups []GroupSpec, opt Options) ([][]Share, error) {
	return split(master, passphrase, groupThreshold, groups, opt, rand.Reader)
}

// SplitOneGroup is the K-of-N scheme Coffer uses: one group whose any k of n
// member shares restore master.
func SplitOneGroup(master []byte, passphrase string, k, n int, opt Options) ([]Share, error) {
	sets, err := Split(master, passphrase, 1, []GroupSpec{{Threshold: k, Count: n}}, opt)
	if err != nil {
		return nil, err
	}
	return sets[0], nil
}

func checkSplit(master []byte, passphrase string, groupThreshold int, groups []GroupSpec, opt Options) error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("slip39: %w: "+format, append([]any{ErrParameters}, a...)...)
	}
	switch {
	case len(master) < minSecretBytes || len(master)%2 != 0:
		return bad("the secret must be at least %d bytes and an even count, not %d", minSecretBytes, len(master))
	case len(groups) < 1 || len(groups) > MaxShares:
		return bad("%d groups (1 to %d)", len(groups), MaxShares)
	case groupThreshold < 1 || groupThreshold > len(groups):
		return bad("group threshold %d of %d groups", groupThreshold, len(groups))
	case opt.IterationExponent < 0 || opt.IterationExponent > 15:
		return bad("iteration exponent %d (0 to 15)", opt.IterationExponent)
	}
	for i, g := range groups {
		if g.Count < 1 || g.Count > MaxShares || g.Threshold < 1 || g.Threshold > g.Count {
			return bad("group %d: %d of %d shares (1 ≤ threshold ≤ count ≤ %d)", i+1, g.Threshold, g.Count, MaxShares)
		}
		if g.Threshold == 1 && g.Count > 1 {
			return bad("group %d: 1 of %d would be %d copies of one share; use 1 of 1", i+1, g.Count, g.Count)
		}
	}
	return checkPassphrase(passphrase)
}

func split(master []byte, passphrase string, groupThreshold int, groups []GroupSpec, opt Options, rnd io.Reader) ([][]Share, error) {
	if err := checkSplit(master, passphrase, groupThreshold, groups, opt); err != nil {
		return nil, err
	}
	idb, err := randomBytes(rnd, 2)
	if err != nil {
		return nil, err
	}
	id := (uint16(idb[0])<<8 | uint16(idb[1])) & (1<<idBits - 1)
	ems := encrypt(master, passphrase, opt.IterationExponent, id, opt.Extendable)
	defer clear(ems)
	groupPoints, err := splitSecret(groupThreshold, len(groups), ems, rnd)
	if err != nil {
		return nil, err
	}
	defer wipePoints(groupPoints)
	out := make([][]Share, len(groups))
	for gi, g := range groups {
		members, err := splitSecret(g.Threshold, g.Count, groupPoints[gi].data, rnd)
		if err != nil {
			return nil, err
		}
		for _, m := range members {
			out[gi] = append(out[gi], Share{Identifier: id, Extendable: opt.Extendable,
				IterationExponent: opt.IterationExponent, GroupIndex: gi + 1, GroupThreshold: groupThreshold,
				GroupCount: len(groups), MemberIndex: int(m.x) + 1, MemberThreshold: g.Threshold, Value: m.data})
		}
	}
	return out, nil
}

func wipePoints(p []rawShare) {
	for _, s := range p {
		clear(s.data)
	}
}
