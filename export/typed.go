package export

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// Typed fallback: every frame's base32 record (without the "COFFER1:" prefix) is printed
// as lines "CC.LL  XXXXX XXXXX XXXXX XXXXX XXXXX XXXXX  KK": code number, line number
// within the code, up to 30 characters in groups of 5, and a 2-character check.
const (
	typedChars = 30 // base32 characters per line
	typedGroup = 5  // characters per group
)

// ErrLineCheck means a typed line does not match its check characters: a typo.
var ErrLineCheck = errors.New("line check does not match; compare the line with the paper")

// LineError is a problem with typed text. Line is the 1-based line of the text given to
// ParseTyped (0 when the problem is a whole code, e.g. a missing line); Code is the
// printed code number when known.
type LineError struct {
	Line int
	Code int
	Err  error
	More int // on the last error of a list ParseTyped cut short: the problems left out
}

// Error describes the problem with its position.
func (e LineError) Error() string {
	if e.Line == 0 {
		return e.Err.Error()
	}
	return fmt.Sprintf("typed line %d: %v", e.Line, e.Err)
}

// Unwrap returns the cause, so errors.Is(err, ErrLineCheck) works.
func (e LineError) Unwrap() error { return e.Err }

// lineCheck is the 2-character check of a line: CRC-32 of "code.line:chars", low 10 bits.
func lineCheck(code, line int, chars string) string {
	sum := crc32.ChecksumIEEE([]byte(fmt.Sprintf("%d.%d:%s", code, line, chars)))
	return string([]byte{crockfordAlphabet[sum>>5&31], crockfordAlphabet[sum&31]})
}

// typedLine formats one line; total decides the width of the code number.
func typedLine(total, code, line int, chars string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%0*d.%02d ", len(strconv.Itoa(total)), code, line)
	for i := 0; i < len(chars); i += typedGroup {
		b.WriteString(" " + chars[i:min(i+typedGroup, len(chars))])
	}
	b.WriteString(strings.Repeat(" ", (typedChars-len(chars))*6/typedGroup))
	b.WriteString("  " + lineCheck(code, line, chars))
	return b.String()
}

// typedLines are the lines of one frame.
func typedLines(f Frame, total int) []string {
	body := b32.EncodeToString(f.marshal())
	var out []string
	for i := 0; i*typedChars < len(body); i++ {
		chunk := body[i*typedChars : min((i+1)*typedChars, len(body))]
		out = append(out, typedLine(total, f.Index+1, i+1, chunk))
	}
	return out
}

// typedCode collects the lines typed for one code number.
type typedCode struct {
	lines map[int]string // line number → characters
	first int            // input line of the first line seen, for error messages
}

// Bounds of ParseTyped, so hostile or mistaken text costs little: a full backup typed
// out is well under 1 MiB.
const (
	MaxTypedText  = 4 << 20 // bytes of text ParseTyped reads
	MaxLineErrors = 20      // line errors ParseTyped reports one by one
)

// ParseTyped reads typed-fallback lines. It accepts any case, extra or missing spaces
// and the look-alikes O/0 and I/L/1; blank lines are skipped. It returns the frames whose
// lines were all present and correct, and one LineError per problem: at most
// MaxLineErrors of them, then one that says how many more there were. Text over
// MaxTypedText is refused with a single error.
func ParseTyped(text string) ([]Frame, []LineError) {
	if len(text) > MaxTypedText {
		return nil, []LineError{{Err: fmt.Errorf("typed text of %d KiB, more than %d KiB: %w", len(text)>>10, MaxTypedText>>10, ErrTooLarge)}}
	}
	frames, errs := parseTyped(text)
	if len(errs) > MaxLineErrors {
		more := len(errs) - MaxLineErrors
		errs = append(errs[:MaxLineErrors:MaxLineErrors], LineError{More: more, Err: fmt.Errorf("and %d more lines or codes with errors: %w", more, ErrCorrupt)})
	}
	return frames, errs
}

// parseTyped is ParseTyped without its bounds.
func parseTyped(text string) ([]Frame, []LineError) {
	codes := map[int]*typedCode{}
	var errs []LineError
	for n, raw := range strings.Split(text, "\n") {
		if strings.TrimSpace(raw) == "" {
			continue
		}
		code, line, chars, err := parseTypedLine(raw)
		if err != nil {
			errs = append(errs, LineError{Line: n + 1, Code: code, Err: err})
			continue
		}
		tc := codes[code]
		if tc == nil {
			tc = &typedCode{lines: map[int]string{}, first: n + 1}
			codes[code] = tc
		}
		if prev, ok := tc.lines[line]; ok && prev != chars {
			errs = append(errs, LineError{Line: n + 1, Code: code, Err: fmt.Errorf("code %d line %d typed twice, differently: %w", code, line, ErrCorrupt)})
			continue
		}
		tc.lines[line] = chars
	}
	var frames []Frame
	for _, code := range slices.Sorted(maps.Keys(codes)) {
		f, err := codes[code].frame(code)
		if err != nil {
			errs = append(errs, LineError{Code: code, Err: err})
			continue
		}
		frames = append(frames, f)
	}
	return frames, errs
}

// parseTypedLine splits "CC.LL chars KK" and verifies the check.
func parseTypedLine(raw string) (code, line int, chars string, err error) {
	fields := strings.Fields(raw)
	label := normalizeCrockford(fields[0])
	c, l, ok := strings.Cut(label, ".")
	code, err1 := strconv.Atoi(c)
	line, err2 := strconv.Atoi(l)
	if !ok || err1 != nil || err2 != nil || code < 1 || line < 1 || code > maxFrames || line > 999 {
		return 0, 0, "", fmt.Errorf("expected a line like \"03.01 ABCDE ... KK\": %w", ErrCorrupt)
	}
	rest := normalizeCrockford(strings.Join(fields[1:], ""))
	if len(rest) < 3 || len(rest) > typedChars+2 {
		return code, 0, "", fmt.Errorf("code %d line %d has %d characters, want up to %d plus the 2-character check: %w", code, line, len(rest), typedChars, ErrCorrupt)
	}
	chars, check := rest[:len(rest)-2], rest[len(rest)-2:]
	if lineCheck(code, line, chars) != check {
		return code, 0, "", fmt.Errorf("code %d line %d: %w", code, line, ErrLineCheck)
	}
	return code, line, chars, nil
}

// frame joins the lines of one code and decodes the frame they spell.
func (tc *typedCode) frame(code int) (Frame, error) {
	first, ok := tc.lines[1]
	if !ok {
		return Frame{}, fmt.Errorf("code %d: line 1 missing: %w", code, ErrIncomplete)
	}
	want, err := typedLineCount(first)
	if err != nil {
		return Frame{}, fmt.Errorf("code %d: %w", code, err)
	}
	var body strings.Builder
	var missing []string
	for l := 1; l <= want; l++ {
		s, ok := tc.lines[l]
		if !ok {
			missing = append(missing, strconv.Itoa(l))
		}
		body.WriteString(s)
	}
	if len(missing) > 0 {
		return Frame{}, fmt.Errorf("code %d: line %s of %d missing: %w", code, strings.Join(missing, ", "), want, ErrIncomplete)
	}
	b, err := decodeCrockford(body.String())
	if err != nil {
		return Frame{}, fmt.Errorf("code %d: %w", code, err)
	}
	f, err := unmarshalFrame(b)
	if err != nil {
		return Frame{}, fmt.Errorf("code %d: %w", code, err)
	}
	if f.Index+1 != code {
		return Frame{}, fmt.Errorf("code %d: lines spell code %d: %w", code, f.Index+1, ErrCorrupt)
	}
	return f, nil
}

// typedLineCount reads the frame header from the first line and returns how many
// lines the frame takes.
func typedLineCount(first string) (int, error) {
	if len(first) < 28 {
		return 0, fmt.Errorf("line 1 too short: %w", ErrCorrupt)
	}
	b, err := b32.DecodeString(first[:28]) // 28 characters = the 17 header bytes
	if err != nil {
		return 0, fmt.Errorf("line 1: %w", ErrCorrupt)
	}
	switch {
	case b[0] > frameVersion:
		return 0, fmt.Errorf("version %d: %w", b[0], ErrNewerFormat)
	case b[0] != frameVersion:
		return 0, fmt.Errorf("version %d: %w", b[0], ErrCorrupt)
	}
	data := int(binary.BigEndian.Uint16(b[8:]))
	payload := int(binary.BigEndian.Uint32(b[13:]))
	if data < 1 || payload < 1 || payload > 1<<24 {
		return 0, fmt.Errorf("header: %w", ErrCorrupt)
	}
	chars := ceilDiv((headerLen+ceilDiv(payload, data)+crcLen)*8, 5)
	if n := ceilDiv(chars, typedChars); n <= 999 {
		return n, nil
	}
	return 0, fmt.Errorf("header: frame too long: %w", ErrCorrupt)
}
