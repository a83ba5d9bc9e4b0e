package slip39

import "fmt"

// ChecksumError is a checksum failure located at one word: RS1024 detects any
// error in up to three words and corrects one, so when exactly one word
// changed into exactly one other list word makes the share valid, that word
// is named. With two wrong words no single change can fix the checksum, so a
// located word is never a false lead unless three or more words are wrong.
type ChecksumError struct {
	Position   int    // 1-based position of the wrong word
	Word       string // the word as typed
	Suggestion string // the list word that makes the checksum right
}

func (e *ChecksumError) Error() string {
	return fmt.Sprintf("checksum does not match: word %d %q looks wrong (%q there would be right)", e.Position, e.Word, e.Suggestion)
}

// Unwrap makes errors.Is(err, ErrChecksum) true.
func (e *ChecksumError) Unwrap() error { return ErrChecksum }

// maxLocateWords bounds the search for a wrong word (1024 tries per word):
// 59 words is a 512-bit secret, longer than any share Coffer or a wallet makes.
const maxLocateWords = 59

// checksumFixes returns the (position, word index) pairs that would make idx
// a valid share by changing one word. If only is >= 0, only that position is
// tried.
func checksumFixes(idx []int, only int) [][2]int {
	var fixes [][2]int
	try := append([]int(nil), idx...)
	for pos := range try {
		if only >= 0 && pos != only {
			continue
		}
		orig := try[pos]
		for w := range 1 << RadixBits {
			if w == orig && only < 0 {
				continue
			}
			try[pos] = w
			if rsVerify(extendableOf(try), try) {
				fixes = append(fixes, [2]int{pos, w})
			}
		}
		try[pos] = orig
	}
	return fixes
}

func extendableOf(idx []int) bool {
	return (idx[1]>>iterExpBits)&1 == 1
}

// locateChecksum turns a bare checksum failure into a *ChecksumError when
// exactly one one-word change fixes it.
func locateChecksum(words []string, idx []int) error {
	if len(idx) > maxLocateWords {
		return fmt.Errorf("slip39: %w", ErrChecksum)
	}
	fixes := checksumFixes(idx, -1)
	if len(fixes) != 1 {
		return fmt.Errorf("slip39: %w", ErrChecksum)
	}
	pos, w := fixes[0][0], fixes[0][1]
	return &ChecksumError{Position: pos + 1, Word: words[pos], Suggestion: wordList[w]}
}

// suggestAt returns the list word that, put at position pos in place of an
// unknown word, makes the checksum right, when exactly one does.
func suggestAt(idx []int, pos int) (string, bool) {
	if len(idx) < MinWords || len(idx) > maxLocateWords {
		return "", false
	}
	fixes := checksumFixes(idx, pos)
	if len(fixes) != 1 {
		return "", false
	}
	return wordList[fixes[0][1]], true
}
