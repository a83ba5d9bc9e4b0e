package restore

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"coffer/export"
	"coffer/vault/slip39"
)

// ErrNoShares means a shared backup was opened before any share was read.
var ErrNoShares = errors.New("no share sheets read")

// ErrShareConflict means two different shares claim the same member of one set.
var ErrShareConflict = errors.New("two different shares with the same number")

// readShare is one SLIP-39 share read from a share sheet or typed.
type readShare struct {
	share    slip39.Share
	mnemonic string
	from     string
}

// ShareSet is what was read of one set of SLIP-39 shares (one identifier).
type ShareSet struct {
	Identifier uint16
	Needed     int      // shares needed (the member threshold)
	Members    []int    // member numbers read, ascending
	From       []string // where each member was read, as Members
}

// String is "shares: 2 of 3 needed" (set 12345 when more sets were read).
func (s ShareSet) String() string {
	return fmt.Sprintf("shares: %d of %d needed", len(s.Members), s.Needed)
}

// Enough reports whether the set has its threshold of shares.
func (s ShareSet) Enough() bool { return len(s.Members) >= s.Needed }

// addShareText records the share in text when it is one; ok is false when text is no
// SLIP-39 share at all, err names why a share could not be kept (duplicate, conflict).
func (s *Session) addShareText(text, from string) (ok bool, isNew bool, err error) {
	sh, perr := slip39.ParseMnemonic(text)
	if perr != nil {
		return false, false, perr
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	isNew, err = s.keepShare(readShare{share: sh, mnemonic: sh.Mnemonic(), from: from})
	return true, isNew, err
}

// keepShare adds a share unless it is already there; a different share claiming a
// member already read is named and not kept. Called with s.mu held.
func (s *Session) keepShare(r readShare) (bool, error) {
	for _, old := range s.shares {
		if old.share.Identifier != r.share.Identifier || old.share.MemberIndex != r.share.MemberIndex {
			continue
		}
		if old.mnemonic == r.mnemonic {
			return false, nil // the same sheet read twice: a duplicate, kept once
		}
		return false, fmt.Errorf("%s (from %s) differs from the one read from %s: %w", r.share, r.from, old.from, ErrShareConflict)
	}
	s.shares = append(s.shares, r)
	return true, nil
}

// AddShareWords records share words typed by a person: one share per line, or the
// whole text as one share when no line is a whole share. A wrong word is named
// (*slip39.WordError, *slip39.ChecksumError); the correct shares are kept.
func (s *Session) AddShareWords(name, text string) (FileReport, []error) {
	r := FileReport{Path: name}
	var errs []error
	for i, m := range shareTexts(text) {
		ok, isNew, err := s.addShareText(m, name)
		if ok {
			r.Shares++
			if isNew {
				r.NewShares++
			}
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("share %d typed: %w", i+1, err))
		}
	}
	if len(errs) > 0 {
		r.Err = errs[0]
	} else if r.Shares == 0 {
		r.Err = fmt.Errorf("%w: no share words", ErrNoShares)
	}
	return s.record(r), errs
}

// shareTexts cuts typed text into the mnemonics it holds.
func shareTexts(text string) []string {
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if len(strings.Fields(l)) >= slip39.MinWords {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return []string{text}
	}
	return lines
}

// looksLikeShareWords reports whether text is words of letters only, as many as a
// share has at least: typed share words rather than typed code lines.
func looksLikeShareWords(text string) bool {
	fields := strings.Fields(text)
	if len(fields) < slip39.MinWords {
		return false
	}
	for _, f := range fields {
		if strings.Trim(strings.ToLower(f), "abcdefghijklmnopqrstuvwxyz") != "" {
			return false
		}
	}
	return true
}

// ShareSets returns what was read of every set of shares, in the order first seen.
func (s *Session) ShareSets() []ShareSet {
	s.mu.Lock()
	defer s.mu.Unlock()
	var sets []ShareSet
	for _, r := range s.shares {
		i := slices.IndexFunc(sets, func(set ShareSet) bool { return set.Identifier == r.share.Identifier })
		if i < 0 {
			sets = append(sets, ShareSet{Identifier: r.share.Identifier, Needed: r.share.MemberThreshold})
			i = len(sets) - 1
		}
		sets[i].Members = append(sets[i].Members, r.share.MemberIndex)
		sets[i].From = append(sets[i].From, r.from)
	}
	return sets
}

// mnemonicsOf returns the share words of one set.
func (s *Session) mnemonicsOf(id uint16) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, r := range s.shares {
		if r.share.Identifier == id {
			out = append(out, r.mnemonic)
		}
	}
	return out
}

// OpenShared rebuilds a shared backup and decrypts it with the shares read. Shares
// of one set are combined, never shares of different sets: with several sets read,
// each complete one is tried and the others are named in the error. Too few shares
// give an error wrapping *slip39.NotEnoughError ("1 more share needed").
func (s *Session) OpenShared(backupID string) (*export.Payload, error) {
	return s.OpenSharedWith(backupID, "")
}

// OpenSharedWith is OpenShared for shares made with a SLIP-39 passphrase. A wrong
// or missing passphrase gives export.ErrWrongShares, as shares of another backup do.
func (s *Session) OpenSharedWith(backupID, passphrase string) (*export.Payload, error) {
	s.mu.Lock()
	ct, err := s.asm.Ciphertext(backupID)
	s.mu.Unlock()
	if err != nil {
		return nil, err
	}
	sets := s.ShareSets()
	if len(sets) == 0 {
		return nil, fmt.Errorf("open backup %s: %w", backupID, ErrNoShares)
	}
	var errs []error
	for _, set := range sets {
		p, err := export.OpenCiphertextSharesWith(ct, backupID, s.mnemonicsOf(set.Identifier), passphrase)
		if err == nil {
			return p, nil
		}
		if len(sets) > 1 {
			err = fmt.Errorf("set %05d (%s): %w", set.Identifier, set, err)
		}
		errs = append(errs, err)
	}
	return nil, fmt.Errorf("open backup %s: %w", backupID, errors.Join(errs...))
}

// Shared reports whether the backup, rebuilt from the codes read, is a shared backup
// (it opens with share sheets, not a passphrase). It is false while the backup cannot
// be rebuilt.
func (s *Session) Shared(backupID string) bool {
	s.mu.Lock()
	ct, err := s.asm.Ciphertext(backupID)
	s.mu.Unlock()
	return err == nil && export.IsShared(ct)
}
