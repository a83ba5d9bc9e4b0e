package gui

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// The app (desktop and command line) uses the vault through Snapshot and Update only, and the ledger through
// MarkCodesRead, MarkChecked and restore.MergeChecked: never the deprecated calls
// that handed out the live document or marked a backup "verified" without a decrypt.
func TestNoDeprecatedVaultCalls(t *testing.T) {
	deprecated := regexp.MustCompile(`\.Data\(\)|\.Save\(\)|\.MarkVerified\(|restore\.Merge\(`)
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	kitFiles, _ := filepath.Glob("kit/*.go")
	cliFiles, _ := filepath.Glob("../cli/*.go")
	files = append(append(files, kitFiles...), cliFiles...)
	if len(cliFiles) == 0 {
		t.Fatal("no app/cli files found")
	}
	for _, f := range files {
		if f == "deprecated_test.go" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if m := deprecated.Find(b); m != nil {
			t.Errorf("%s calls %s", f, m)
		}
	}
}
