package vault

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrBackupMismatch means a decrypted backup does not hold the items its ledger
// record lists: it is not the backup the ledger describes, so it is not marked.
var ErrBackupMismatch = errors.New("the decrypted backup does not hold the items its ledger record lists")

// maxNamed bounds how many item IDs a mismatch error names per kind of difference.
const maxNamed = 3

// matchItems returns an error wrapping ErrBackupMismatch unless got lists the
// same items, at the same versions, as want (order does not matter).
func matchItems(want, got []BackupItem) error {
	wantAt := map[string]time.Time{}
	for _, bi := range want {
		wantAt[bi.ID] = bi.Modified
	}
	var extra, changed []string
	seen := map[string]bool{}
	for _, bi := range got {
		at, ok := wantAt[bi.ID]
		switch {
		case !ok || seen[bi.ID]:
			extra = append(extra, bi.ID)
		case !at.Equal(bi.Modified):
			changed = append(changed, bi.ID)
		}
		seen[bi.ID] = true
	}
	var missing []string
	for _, bi := range want {
		if !seen[bi.ID] {
			missing = append(missing, bi.ID)
		}
	}
	if len(extra)+len(changed)+len(missing) == 0 {
		return nil
	}
	return fmt.Errorf("%w: it holds %d items, the ledger lists %d%s%s%s", ErrBackupMismatch, len(got), len(want),
		named("not in the ledger", extra), named("missing", missing), named("at another version", changed))
}

// named describes a list of item IDs: "; 2 missing (a1b2c3d4, e5f6a7b8)".
func named(what string, ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	short := make([]string, 0, maxNamed+1)
	for i, id := range ids {
		if i == maxNamed {
			short = append(short, "...")
			break
		}
		short = append(short, id[:min(len(id), 8)])
	}
	return fmt.Sprintf("; %d %s (%s)", len(ids), what, strings.Join(short, ", "))
}
