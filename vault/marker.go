package vault

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// The device marker: a small file, one per remembered vault, that says "this
// vault's key is in this computer's keyring". Without it Coffer never asks the
// keyring about the vault, so opening with the passphrase, listing or checking
// status starts no keyring daemon and no D-Bus session.
//
// The markers live in the user's own config folder, not beside the vault: a vault
// in a synced folder is opened on several computers, and a marker synced with it
// would send the others to a keyring that does not hold the key. A marker holds
// no secret (the vault ID is in the vault header anyway) and is written 0600 in a
// 0700 folder. A vault remembered by a Coffer older than the markers has a keyring
// entry but no marker: it opens with the passphrase until it is remembered again.

// DefaultMarkerDir returns <user config dir>/coffer/remembered.
func DefaultMarkerDir() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the device marker folder: %w", err)
	}
	return filepath.Join(dir, "coffer", "remembered"), nil
}

// markerDir is a folder of device markers; "" means DefaultMarkerDir.
type markerDir string

// markers returns the vault's marker folder.
func (v *Vault) markers() markerDir { return markerDir(v.opts.MarkerDir) }

// file returns the marker path of vault id. IDs are 32 hex digits (checked when
// the header is read), so they are safe file names.
func (m markerDir) file(id string) (string, error) {
	dir := string(m)
	if dir == "" {
		var err error
		if dir, err = DefaultMarkerDir(); err != nil {
			return "", err
		}
	}
	return filepath.Join(dir, id), nil
}

// marked reports whether vault id is marked as remembered on this device.
func (m markerDir) marked(id string) bool {
	path, err := m.file(id)
	if err != nil {
		return false
	}
	st, err := os.Lstat(path)
	return err == nil && st.Mode().IsRegular()
}

// mark writes the marker of vault id; an existing one is kept.
func (m markerDir) mark(id string) error {
	path, err := m.file(id)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("device marker: %w", err)
	}
	err = WriteNewFile(path, 0o600, func(w io.Writer) error {
		_, err := io.WriteString(w, "coffer: the key of vault "+id+" is in this computer's keyring\n")
		return err
	})
	if err != nil && !errors.Is(err, ErrExists) {
		return fmt.Errorf("device marker: %w", err)
	}
	return nil
}

// unmark removes the marker of vault id, if any.
func (m markerDir) unmark(id string) error {
	path, err := m.file(id)
	if err != nil {
		return nil // no folder, no marker
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("device marker: %w", err)
	}
	return nil
}
