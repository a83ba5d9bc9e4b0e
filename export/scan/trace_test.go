package scan

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTraceFile logs the decoder's trace for the file named by SCAN_TRACE
// (a tool for tuning the ladder, e.g. on a file SUITE_DIR kept; skipped
// when unset).
func TestTraceFile(t *testing.T) {
	paths, _ := filepath.Glob(os.Getenv("SCAN_TRACE"))
	if len(paths) == 0 {
		t.Skip("set SCAN_TRACE to files (a glob) to trace the decoder on them")
	}
	debugf = func(format string, args ...any) {
		if !strings.HasPrefix(format, "hit at") {
			t.Logf(format, args...)
		}
	}
	defer func() { debugf = nil }()
	for _, p := range paths {
		t.Logf("== %s", p)
		res := ScanFiles([]string{p}, Options{})
		t.Logf("%d codes, err %v", len(res[0].Codes), res[0].Err)
	}
}
