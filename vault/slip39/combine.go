package slip39

import (
	"bytes"
	"fmt"
	"sort"
)

// CombineMnemonics parses the mnemonics and combines them (see Combine). A
// parse error names the mnemonic by its 1-based position: "share 2: word 5 …".
func CombineMnemonics(mnemonics []string, passphrase string) ([]byte, error) {
	shares := make([]Share, 0, len(mnemonics))
	for i, m := range mnemonics {
		s, err := ParseMnemonic(m)
		if err != nil {
			return nil, fmt.Errorf("share #%d: %w", i+1, err)
		}
		shares = append(shares, s)
	}
	return Combine(shares, passphrase)
}

// Combine restores the master secret from shares of one set. Too few shares
// give a *NotEnoughError saying how many more are needed; shares of another
// set (ErrMixedSets), repeated shares (ErrDuplicate), shares beyond the
// thresholds that disagree with the others (ErrTooMany) and sets failing their
// digest (ErrDigest) are refused and named by their 1-based position in shares.
// A wrong passphrase gives a wrong secret without error: SLIP-39 cannot tell.
func Combine(shares []Share, passphrase string) ([]byte, error) {
	if err := checkPassphrase(passphrase); err != nil {
		return nil, err
	}
	if len(shares) == 0 {
		return nil, &NotEnoughError{OneGroup: true, Have: 0, Need: 1}
	}
	if err := checkOneSet(shares); err != nil {
		return nil, err
	}
	groups, err := groupShares(shares)
	if err != nil {
		return nil, err
	}
	first := shares[0]
	chosen, err := chooseGroups(first, groups)
	if err != nil {
		return nil, err
	}
	groupPoints := make([]rawShare, 0, len(chosen))
	defer func() { wipePoints(groupPoints) }()
	for _, g := range chosen {
		secret, err := recoverChecked(g.threshold, g.points, g.names)
		if err != nil {
			return nil, fmt.Errorf("group %d: %w", g.index, err)
		}
		groupPoints = append(groupPoints, rawShare{byte(g.index - 1), secret})
	}
	ems, err := recoverSecret(first.GroupThreshold, groupPoints)
	if err != nil {
		return nil, err
	}
	defer clear(ems)
	return decrypt(ems, passphrase, first.IterationExponent, first.Identifier, first.Extendable), nil
}

func checkOneSet(shares []Share) error {
	a := shares[0]
	for i, s := range shares[1:] {
		diff := ""
		switch {
		case s.Identifier != a.Identifier:
			diff = fmt.Sprintf("identifier %05d, not %05d", s.Identifier, a.Identifier)
		case s.Extendable != a.Extendable:
			diff = "extendable flag differs"
		case s.IterationExponent != a.IterationExponent:
			diff = fmt.Sprintf("iteration exponent %d, not %d", s.IterationExponent, a.IterationExponent)
		case s.GroupThreshold != a.GroupThreshold || s.GroupCount != a.GroupCount:
			diff = fmt.Sprintf("%d of %d groups, not %d of %d", s.GroupThreshold, s.GroupCount, a.GroupThreshold, a.GroupCount)
		case len(s.Value) != len(a.Value):
			diff = fmt.Sprintf("%d-bit secret, not %d-bit", len(s.Value)*8, len(a.Value)*8)
		}
		if diff != "" {
			return fmt.Errorf("slip39: share #%d is %w as share #1: %s", i+2, ErrMixedSets, diff)
		}
	}
	return nil
}

type memberGroup struct {
	index, threshold int
	points           []rawShare
	names            []string
	firstAt          map[int]int // member index -> position (1-based) of its share
}

func groupShares(shares []Share) (map[int]*memberGroup, error) {
	groups := map[int]*memberGroup{}
	for i, s := range shares {
		g := groups[s.GroupIndex]
		if g == nil {
			g = &memberGroup{index: s.GroupIndex, threshold: s.MemberThreshold, firstAt: map[int]int{}}
			groups[s.GroupIndex] = g
		}
		if s.MemberThreshold != g.threshold {
			return nil, fmt.Errorf("slip39: share #%d is %w: group %d needs %d shares, but an earlier share of it says %d",
				i+1, ErrMixedSets, s.GroupIndex, s.MemberThreshold, g.threshold)
		}
		if at, dup := g.firstAt[s.MemberIndex]; dup {
			how := "repeats"
			if !bytes.Equal(shares[at-1].Value, s.Value) {
				how = "has the member index of, but differs from,"
			}
			return nil, fmt.Errorf("slip39: %w: share #%d %s share #%d (%v)", ErrDuplicate, i+1, how, at, s)
		}
		g.firstAt[s.MemberIndex] = i + 1
		g.points = append(g.points, rawShare{byte(s.MemberIndex - 1), s.Value})
		g.names = append(g.names, fmt.Sprintf("share #%d", i+1))
	}
	return groups, nil
}

// chooseGroups returns the complete groups, in group order, or says what is
// missing.
func chooseGroups(first Share, groups map[int]*memberGroup) ([]*memberGroup, error) {
	var complete, partial []*memberGroup
	for _, g := range groups {
		if len(g.points) >= g.threshold {
			complete = append(complete, g)
		} else {
			partial = append(partial, g)
		}
	}
	byIndex := func(s []*memberGroup) {
		sort.Slice(s, func(i, j int) bool { return s[i].index < s[j].index })
	}
	byIndex(complete)
	byIndex(partial)
	need := first.GroupThreshold
	if len(complete) >= need {
		if len(complete) > need {
			return nil, fmt.Errorf("slip39: %w: %d complete groups given, the set needs exactly %d", ErrTooMany, len(complete), need)
		}
		return complete, nil
	}
	if len(groups) >= need && len(partial) > 0 {
		g := partial[0]
		return nil, &NotEnoughError{Group: g.index, OneGroup: first.GroupCount == 1, Have: len(g.points), Need: g.threshold}
	}
	return nil, &NotEnoughError{Have: len(complete), Need: need}
}

// recoverChecked recovers a group from its first threshold shares and checks
// that any further share lies on the same polynomial.
func recoverChecked(threshold int, points []rawShare, names []string) ([]byte, error) {
	secret, err := recoverSecret(threshold, points[:threshold])
	if err != nil {
		return nil, fmt.Errorf("%s: %w", joinNames(names[:threshold]), err)
	}
	for i := threshold; i < len(points); i++ {
		want := interpolate(points[:threshold], points[i].x)
		ok := bytes.Equal(want, points[i].data)
		clear(want)
		if !ok {
			clear(secret)
			return nil, fmt.Errorf("slip39: %w: %s does not match %s", ErrTooMany, names[i], joinNames(names[:threshold]))
		}
	}
	return secret, nil
}
