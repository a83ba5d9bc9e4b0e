package scan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"coffer/export"
	"coffer/vault"
)

// restored is what a restore from scanned texts gave for one backup ID.
type restored struct {
	status export.Status
	items  []vault.Item // nil unless the backup could be rebuilt and decrypted
	err    error
}

// restoreAll runs the whole way back, as the app does: every text through
// export.ParseFrame into an export.Assembler, then for each backup seen
// Ciphertext and export.Decrypt with pass. Texts that do not parse fail t.
func restoreAll(t testing.TB, texts []string, pass string) map[string]restored {
	t.Helper()
	var a export.Assembler
	for _, s := range texts {
		f, err := export.ParseFrame(s)
		if err != nil {
			t.Errorf("scanned text does not parse: %v", err)
			continue
		}
		if err := a.Add(f); err != nil {
			t.Errorf("assembler refused a scanned frame: %v", err)
		}
	}
	out := map[string]restored{}
	for _, st := range a.Backups() {
		r := restored{status: st}
		ct, err := a.Ciphertext(st.BackupID)
		if err == nil {
			var p *export.Payload
			if p, err = export.Decrypt(ct, pass); err == nil {
				r.items = p.Items
			}
		}
		r.err = err
		out[st.BackupID] = r
	}
	return out
}

// sameItems reports whether got and want marshal to the same JSON: the items
// came back byte-identical.
func sameItems(got, want []vault.Item) error {
	g, err := json.Marshal(got)
	if err != nil {
		return fmt.Errorf("marshal restored items: %w", err)
	}
	w, err := json.Marshal(want)
	if err != nil {
		return fmt.Errorf("marshal original items: %w", err)
	}
	if !bytes.Equal(g, w) {
		return fmt.Errorf("restored items differ from the originals (%d vs %d items)", len(got), len(want))
	}
	return nil
}

// checkRestore fails t unless the texts restore exactly s's items.
func checkRestore(t testing.TB, texts []string, s *sheet) {
	t.Helper()
	res := restoreAll(t, texts, sheetPass)
	r, ok := res[s.b.ID]
	if !ok {
		t.Errorf("backup %s: no code read", s.b.ID)
		return
	}
	if r.err != nil {
		t.Errorf("backup %s: restore failed (%d of %d codes, %d needed): %v", s.b.ID, r.status.Found, r.status.Total, r.status.Needed, r.err)
		return
	}
	if err := sameItems(r.items, s.items); err != nil {
		t.Errorf("backup %s: %v", s.b.ID, err)
	}
}
