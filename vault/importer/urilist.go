package importer

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// parseURIList reads one otpauth:// link per line (Aegis, WinAuth and many
// tools export this); blank lines and lines starting with '#' are ignored.
func parseURIList(data []byte, _ string) ([]Entry, error) {
	var entries []Entry
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), MaxSize)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if !strings.HasPrefix(strings.ToLower(s), "otpauth://") {
			return nil, fmt.Errorf("line %d is not an otpauth:// link: %w", line, ErrMalformed)
		}
		o, err := parseOTPAuth(s)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		entries = append(entries, o.entry())
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read links: %w", ErrMalformed)
	}
	return entries, nil
}
