package vault

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"
	"time"
)

// TestEncodeDataMatchesMarshal proves the parallel encoder writes exactly what
// json.Marshal writes, for empty, small and large documents with a ledger.
func TestEncodeDataMatchesMarshal(t *testing.T) {
	for _, n := range []int{0, 1, 7, 999, 1000, 2501} {
		d := NewData(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
		for i := range n {
			d.Items = append(d.Items, Item{ID: fmt.Sprint(i), Kind: KindNote, Title: fmt.Sprintf("<note> & %d", i),
				Secret: "s\"e\ncret", Tags: []string{"a"}, Created: d.Created, Modified: d.Created})
		}
		d.RecordBackup(BackupRecord{ID: "B1", Location: `"items":null`})
		if n == 0 {
			d.Items = nil
		}
		want, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := encodeData(&got, d); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), append(want, '\n')) {
			t.Fatalf("%d items: encodeData differs from json.Marshal", n)
		}
	}
}
