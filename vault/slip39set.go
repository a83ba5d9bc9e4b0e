package vault

import (
	"fmt"
	"sort"

	"coffer/vault/slip39"
)

// ShareSet is what CheckShareSet found of stored SLIP-39 shares that form a valid
// set. It never holds the master secret.
type ShareSet struct {
	Identifier      uint16
	Shares          int   // shares combined
	Members         []int // member numbers, ascending (of every group)
	GroupThreshold  int
	GroupCount      int
	MemberThreshold int // of the first share's group
	SecretBits      int // length of the master secret
}

// String is "set 12345: 3 shares (members 1, 2, 4), 3 of 5 needed, 128-bit secret".
func (s ShareSet) String() string {
	groups := ""
	if s.GroupCount > 1 {
		groups = fmt.Sprintf(", %d of %d groups", s.GroupThreshold, s.GroupCount)
	}
	return fmt.Sprintf("set %05d: %d shares (members %v), %d needed per group%s, %d-bit master secret",
		s.Identifier, s.Shares, s.Members, s.MemberThreshold, groups, s.SecretBits)
}

// CheckShareSet combines the shares held by items of kind slip39 and reports
// whether they form a valid set: every share parses, all are of one set, there are
// enough of them and the set's digest matches. A share that does not parse is named
// by its item's title; too few shares give an error wrapping *slip39.NotEnoughError.
// The master secret is wiped before returning (RecoverShareSet returns it).
func CheckShareSet(items []Item) (ShareSet, error) {
	secret, set, err := combineItems(items, "")
	clear(secret)
	return set, err
}

// RecoverShareSet is CheckShareSet that returns the master secret, decrypted with
// the SLIP-39 passphrase. SLIP-39 has no wrong-passphrase error: another passphrase
// gives another secret, without complaint. The caller wipes the secret.
func RecoverShareSet(items []Item, passphrase string) ([]byte, error) {
	secret, _, err := combineItems(items, passphrase)
	return secret, err
}

func combineItems(items []Item, passphrase string) ([]byte, ShareSet, error) {
	shares := make([]slip39.Share, 0, len(items))
	for _, it := range items {
		if it.Kind != KindSLIP39 {
			return nil, ShareSet{}, fmt.Errorf("check set: %q is a %s, not a SLIP-39 share: %w", it.Title, it.Kind.Label(), ErrInvalidSecret)
		}
		sh, err := slip39.ParseMnemonic(it.Secret)
		if err != nil {
			return nil, ShareSet{}, fmt.Errorf("check set: %q: %w: %w", it.Title, err, ErrInvalidSecret)
		}
		shares = append(shares, sh)
	}
	secret, err := slip39.Combine(shares, passphrase)
	if err != nil {
		return nil, ShareSet{}, fmt.Errorf("check set: %w", err)
	}
	return secret, setOf(shares, len(secret)), nil
}

func setOf(shares []slip39.Share, secretLen int) ShareSet {
	first := shares[0]
	set := ShareSet{Identifier: first.Identifier, Shares: len(shares), GroupThreshold: first.GroupThreshold,
		GroupCount: first.GroupCount, MemberThreshold: first.MemberThreshold, SecretBits: secretLen * 8}
	for _, sh := range shares {
		set.Members = append(set.Members, sh.MemberIndex)
	}
	sort.Ints(set.Members)
	return set
}
