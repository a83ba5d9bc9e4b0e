package vault

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
)

// encodeData writes the JSON document stored in the payload section to w,
// followed by a newline: exactly the bytes json.Marshal(d) gives, but with the
// items encoded on every core, since encoding is most of the cost of a save.
func encodeData(w io.Writer, d *Data) error {
	items, err := encodeItems(d.Items)
	if err != nil {
		return fmt.Errorf("encode document: %w", err)
	}
	head := *d
	head.Items = nil
	hb, err := json.Marshal(&head)
	if err != nil {
		return fmt.Errorf("encode document: %w", err)
	}
	// "items" is the first field that can be null, so the first match is ours.
	at := bytes.Index(hb, []byte(`"items":null`))
	if at < 0 {
		return errors.New("encode document: items field not found")
	}
	at += len(`"items":`)
	for _, part := range [][]byte{hb[:at], items, hb[at+len("null"):], []byte("\n")} {
		if _, err := w.Write(part); err != nil {
			return fmt.Errorf("encode document: %w", err)
		}
	}
	return nil
}

// encodeItems returns json.Marshal(items), encoding chunks of a large list in
// parallel and joining them.
func encodeItems(items []Item) ([]byte, error) {
	if items == nil {
		return []byte("null"), nil
	}
	chunks := 1
	if len(items) >= 1000 {
		chunks = runtime.GOMAXPROCS(0)
	}
	parts := make([][]byte, chunks)
	errs := make([]error, chunks)
	var wg sync.WaitGroup
	for c := range chunks {
		lo, hi := c*len(items)/chunks, (c+1)*len(items)/chunks
		wg.Go(func() { parts[c], errs[c] = json.Marshal(items[lo:hi]) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return joinArrays(parts), nil
}

// joinArrays concatenates JSON arrays: "[a]" and "[b]" give "[a,b]".
func joinArrays(parts [][]byte) []byte {
	out := []byte{'['}
	for _, p := range parts {
		inner := p[1 : len(p)-1]
		if len(inner) == 0 {
			continue
		}
		if len(out) > 1 {
			out = append(out, ',')
		}
		out = append(out, inner...)
	}
	return append(out, ']')
}

// decodeData parses the decrypted document of the vault with ID vaultID. Unknown
// fields are tolerated; a document from a newer Coffer is ErrNewerVersion.
func decodeData(b []byte, vaultID string) (*Data, error) {
	// Size the item slice up front: json reuses its capacity instead of growing
	// it step by step. Items are written with "id" first; this is only a hint.
	d := Data{Items: make([]Item, 0, min(bytes.Count(b, []byte(`{"id":`)), len(b)/64))}
	if err := json.Unmarshal(b, &d); err != nil {
		// A newer document may change a field's type: tell that apart.
		var probe struct {
			Version int `json:"version"`
		}
		if json.Unmarshal(b, &probe) == nil && probe.Version > DataVersion {
			return nil, fmt.Errorf("document version %d: %w", probe.Version, ErrNewerVersion)
		}
		return nil, jsonError(err)
	}
	switch {
	case d.Version > DataVersion:
		return nil, fmt.Errorf("document version %d: %w", d.Version, ErrNewerVersion)
	case d.Version < 1:
		return nil, corrupt("document has no version")
	case d.VaultID != vaultID:
		return nil, corrupt("document belongs to another vault than the header says")
	}
	if d.Items == nil {
		d.Items = []Item{}
	}
	return &d, nil
}

// jsonError describes a decoding failure without quoting the document, which
// holds secrets.
func jsonError(err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return corrupt("document is not valid JSON at byte %d", syn.Offset)
	case errors.As(err, &typ):
		return corrupt("document field %q has the wrong type", typ.Field)
	}
	return corrupt("document cannot be read")
}
