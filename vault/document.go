package vault

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// encodeData writes the JSON document stored in the payload section to w,
// followed by a newline. It keeps no plaintext copy of its own.
func encodeData(w io.Writer, d *Data) error {
	if err := json.NewEncoder(w).Encode(d); err != nil {
		return fmt.Errorf("encode document: %w", err)
	}
	return nil
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
