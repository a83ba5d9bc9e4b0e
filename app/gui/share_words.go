package gui

import (
	"errors"
	"fmt"
	"strings"

	"coffer/vault/slip39"
)

// shareWordCount is the length of a Coffer share sheet's mnemonic (a 256-bit key).
var shareWordCount = slip39.WordCount(32)

// shareLine is what one typed line of share words is, checked word by word.
type shareLine struct {
	share   slip39.Share
	ok      bool   // a whole, correct share
	problem string // what is wrong, naming the word; "" while nothing is (yet)
	typed   int    // words typed
}

// checkShareLine checks a line of SLIP-39 words. While typing (the line the cursor
// is on) a short line and a last word not finished yet are no problem.
func checkShareLine(line string, typing bool) shareLine {
	fields := strings.Fields(strings.ToLower(line))
	out := shareLine{typed: len(fields)}
	for i, w := range fields {
		if _, ok := slip39.WordIndex(w); ok {
			continue
		}
		if typing && i == len(fields)-1 && !strings.HasSuffix(line, " ") {
			break // the word being typed
		}
		out.problem = fmt.Sprintf("word %d %q is not a SLIP-39 word", i+1, w)
		if s, ok := slip39.Suggest(w); ok {
			out.problem += fmt.Sprintf(" (did you mean %q?)", s)
		}
		return out
	}
	if len(fields) == 0 || typing && len(fields) < shareWordCount {
		return out
	}
	sh, err := slip39.ParseMnemonic(line)
	if err != nil {
		out.problem = shareWordsProblem(err, len(fields))
		return out
	}
	out.share, out.ok = sh, true
	return out
}

// shareWordsProblem names what is wrong with a share's words.
func shareWordsProblem(err error, n int) string {
	var cs *slip39.ChecksumError
	var we *slip39.WordError
	switch {
	case errors.As(err, &cs):
		return fmt.Sprintf("word %d %q looks wrong: the words do not check (%q there would be right; compare with the sheet)", cs.Position, cs.Word, cs.Suggestion)
	case errors.As(err, &we):
		return we.Error()
	case errors.Is(err, slip39.ErrChecksum):
		return "the words do not check: a word is wrong or missing, or two words are swapped; compare every word with the sheet"
	case errors.Is(err, slip39.ErrLength), errors.Is(err, slip39.ErrPadding):
		return fmt.Sprintf("%d words: a share has 20 or 33 words (Coffer's share sheets have %d)", n, shareWordCount)
	}
	return err.Error()
}
