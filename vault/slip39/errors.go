package slip39

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors; check them with errors.Is.
var (
	// ErrUnknownWord: a word is not in the SLIP-39 list (see *WordError).
	ErrUnknownWord = errors.New("word not in the SLIP-39 word list")
	// ErrChecksum: the RS1024 checksum of a share fails (a mistyped word).
	ErrChecksum = errors.New("checksum does not match: a word is wrong or missing")
	// ErrLength: a share has a word count no SLIP-39 share can have.
	ErrLength = errors.New("wrong number of words")
	// ErrPadding: the padding bits of the share value are not zero.
	ErrPadding = errors.New("invalid padding")
	// ErrMetadata: the share's header is inconsistent (group threshold above group count...).
	ErrMetadata = errors.New("invalid share header")
	// ErrMixedSets: shares from different sets (identifier, iteration
	// exponent, extendable flag, thresholds or counts differ).
	ErrMixedSets = errors.New("not from the same set")
	// ErrDuplicate: the same member index was given twice.
	ErrDuplicate = errors.New("duplicate share")
	// ErrNotEnough: fewer shares or groups than the thresholds (see *NotEnoughError).
	ErrNotEnough = errors.New("not enough shares")
	// ErrTooMany: more groups than the group threshold, or a share that does
	// not agree with the others of its group.
	ErrTooMany = errors.New("shares do not agree")
	// ErrDigest: the recovered secret fails its digest: the shares are not one set.
	ErrDigest = errors.New("digest does not match: these shares do not belong together")
	// ErrPassphrase: a SLIP-39 passphrase may hold printable ASCII only.
	ErrPassphrase = errors.New("passphrase must be printable ASCII (space to ~)")
	// ErrParameters: Split was called with thresholds or a secret SLIP-39 does not allow.
	ErrParameters = errors.New("invalid parameters")
)

// WordError names a word of a mnemonic that is not in the list.
type WordError struct {
	Position   int    // 1-based position of the word in the mnemonic
	Word       string // the word as typed
	Suggestion string // the list word with the same first four letters, or ""
}

func (e *WordError) Error() string {
	msg := fmt.Sprintf("word %d %q is not a SLIP-39 word", e.Position, e.Word)
	if e.Suggestion != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", e.Suggestion)
	}
	return msg
}

// Unwrap makes errors.Is(err, ErrUnknownWord) true.
func (e *WordError) Unwrap() error { return ErrUnknownWord }

// NotEnoughError says how many more shares (or groups) are needed.
type NotEnoughError struct {
	Group    int  // 1-based group number; 0 when groups are missing
	OneGroup bool // the set has a single group: the message does not mention groups
	Have     int  // shares (or complete groups) given
	Need     int  // threshold
}

func (e *NotEnoughError) Error() string {
	more := e.Need - e.Have
	if e.Group == 0 {
		return fmt.Sprintf("%d of %d groups complete: %d more %s needed", e.Have, e.Need, more, plural(more, "group"))
	}
	if e.OneGroup {
		return fmt.Sprintf("%d of %d shares: %d more %s needed", e.Have, e.Need, more, plural(more, "share"))
	}
	return fmt.Sprintf("group %d: %d of %d shares: %d more %s needed", e.Group, e.Have, e.Need, more, plural(more, "share"))
}

// Unwrap makes errors.Is(err, ErrNotEnough) true.
func (e *NotEnoughError) Unwrap() error { return ErrNotEnough }

// More is how many shares (or groups) are still missing.
func (e *NotEnoughError) More() int { return e.Need - e.Have }

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// joinNames lists share names ("share 1", "share 3") for error messages.
func joinNames(names []string) string { return strings.Join(names, ", ") }
