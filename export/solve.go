package export

import (
	"bytes"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"

	"github.com/klauspost/reedsolomon"
)

// layout is what every frame of one backup must agree on.
type layout struct{ data, parity, perPage, payloadLen int }

func layoutOf(f Frame) layout {
	return layout{data: f.DataCount, parity: f.ParityCount, perPage: f.PerPage, payloadLen: f.PayloadLen}
}

// shardCand is one distinct shard read for a code, and where it was read.
type shardCand struct {
	data []byte
	from []string
}

// group is the frames of one backup ID that share a layout.
type group struct {
	layout
	codes map[int][]*shardCand // by 0-based index: distinct shards, in the order read
	sol   *solution            // cached result of solve; nil after a new shard
}

// solution is what parity makes of a group: the full set of shards of the one
// codeword the codes read support, and the shards read that disagree with it.
type solution struct {
	shards [][]byte // all data+parity shards; nil when err is set
	bad    []badRef
	err    error // ErrIncomplete or ErrInconsistent, wrapped
}

// badRef is a shard read that the solution outvotes.
type badRef struct {
	index int
	cand  *shardCand
}

func newGroup(l layout) *group { return &group{layout: l, codes: map[int][]*shardCand{}} }

// add records a shard, merging it with an equal one read before.
func (g *group) add(f Frame, from string) {
	for _, c := range g.codes[f.Index] {
		if bytes.Equal(c.data, f.Data) {
			if from != "" && !slices.Contains(c.from, from) {
				c.from = append(c.from, from)
			}
			return
		}
	}
	c := &shardCand{data: slices.Clone(f.Data)}
	if from != "" {
		c.from = []string{from}
	}
	g.codes[f.Index] = append(g.codes[f.Index], c)
	g.sol = nil
}

// indexes returns the indexes read, ascending.
func (g *group) indexes() []int { return slices.Sorted(maps.Keys(g.codes)) }

// rank orders groups for primary: parity-confirmed, then rebuildable, then by codes read.
func (g *group) rank() int {
	r := len(g.codes)
	if sol := g.solve(); sol.err == nil {
		r += 1 << 20
		if len(g.codes) > g.data {
			r += 1 << 21
		}
	}
	return r
}

// solve finds, once per set of shards read, the codeword the shards support.
//
// With n distinct codes read (k needed) and e shards read that differ from a codeword
// (counting every extra shard at a code), the codeword is accepted when 2e ≤ n − k.
// Two codewords differ in at least n − k + 1 of the n codes and each such code makes at
// least one of them pay, so at most one codeword can pass: the answer is unique, never a
// guess. With n = k nothing can be checked, and a single reading of each code is taken.
func (g *group) solve() *solution {
	if g.sol == nil {
		g.sol = g.search()
	}
	return g.sol
}

// search tries sets of k shards, the first k codes read first, then random sets
// (deterministic), reconstructing the codeword of each and counting disagreements.
func (g *group) search() *solution {
	idx := g.indexes()
	n, k := len(idx), g.data
	if n < k {
		return &solution{err: fmt.Errorf("%d of %d codes needed: %w", n, k, ErrIncomplete)}
	}
	read := 0
	for _, i := range idx {
		read += len(g.codes[i])
	}
	if 2*(read-n) > n-k { // even the best codeword pays one per extra shard
		return g.inconsistent(n, read)
	}
	enc, err := reedsolomon.New(g.data, g.parity)
	if err != nil {
		return &solution{err: fmt.Errorf("parity: %w", err)}
	}
	r := rand.New(rand.NewPCG(uint64(n), uint64(read)))
	for trial := range g.trials(n) {
		shards := g.pick(trial, r, idx)
		if err := enc.Reconstruct(shards); err != nil {
			return &solution{err: fmt.Errorf("parity: %w: %w", ErrCorrupt, err)}
		}
		if bad := g.disagreeing(shards); 2*len(bad) <= n-k {
			return &solution{shards: shards, bad: bad}
		}
	}
	return g.inconsistent(n, read)
}

// inconsistent is the solution when no codeword is supported by enough codes.
func (g *group) inconsistent(n, read int) *solution {
	return &solution{err: fmt.Errorf("%d readings of %d different codes (%d needed) disagree, and too few agree to tell which are right; "+
		"read more codes, or leave out scans of other backups: %w: %w", read, n, g.data, ErrInconsistent, ErrCorrupt)}
}

// trials is how many sets of k shards search tries: enough to find the good set among
// a few bad codes with near certainty, within about a second of work on any backup.
func (g *group) trials(n int) int {
	if n == g.data {
		return 1
	}
	work := g.data*g.data*g.data + (g.data+g.parity)*g.data*ceilDiv(g.payloadLen, g.data)/8
	return min(20000, max(64, 2_000_000_000/max(1, work)))
}

// pick returns the shards of one trial: trial 0 takes the first reading of the first k
// codes; later trials take k random codes and a random reading of each.
func (g *group) pick(trial int, r *rand.Rand, idx []int) [][]byte {
	chosen := idx[:g.data]
	if trial > 0 {
		perm := slices.Clone(idx)
		for i := 0; i < g.data; i++ {
			j := i + r.IntN(len(perm)-i)
			perm[i], perm[j] = perm[j], perm[i]
		}
		chosen = perm[:g.data]
	}
	shards := make([][]byte, g.data+g.parity)
	for _, i := range chosen {
		cands := g.codes[i]
		c := cands[0]
		if trial > 0 {
			c = cands[r.IntN(len(cands))]
		}
		shards[i] = slices.Clone(c.data)
	}
	return shards
}

// disagreeing lists the shards read that differ from the codeword.
func (g *group) disagreeing(codeword [][]byte) []badRef {
	var bad []badRef
	for _, i := range g.indexes() {
		for _, c := range g.codes[i] {
			if !bytes.Equal(c.data, codeword[i]) {
				bad = append(bad, badRef{index: i, cand: c})
			}
		}
	}
	return bad
}
