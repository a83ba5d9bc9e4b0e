package scan

import (
	"os"
	"testing"
)

// TestTraceFile logs the decoder's trace for the file named by SCAN_TRACE
// (a tool for tuning the ladder, e.g. on a file SUITE_DIR kept; skipped
// when unset).
func TestTraceFile(t *testing.T) {
	path := os.Getenv("SCAN_TRACE")
	if path == "" {
		t.Skip("set SCAN_TRACE to a file to trace the decoder on it")
	}
	debugf = t.Logf
	defer func() { debugf = nil }()
	res := ScanFiles([]string{path}, Options{})
	t.Logf("%d codes, err %v", len(res[0].Codes), res[0].Err)
}
