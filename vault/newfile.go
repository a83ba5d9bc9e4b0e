package vault

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteNewFile creates the file path with permissions perm and the bytes write
// gives it, all at once: readers see the complete file or none. It never
// replaces anything: an existing path (a file, a folder, a dangling link) is an
// error wrapping ErrExists that names the path.
//
// The bytes go to a temporary file in the same folder, which is synced, then
// hard-linked to path (the link fails if path appeared meanwhile) and removed;
// on file systems without hard links (FAT, some network shares) it is renamed
// instead, after checking once more that path is absent. The folder is synced so
// the new name survives a crash. On every failure the temporary file is removed
// and path is left as it was.
func WriteNewFile(path string, perm fs.FileMode, write func(io.Writer) error) error {
	if err := writeNewFile(path, perm, write); err != nil {
		if errors.Is(err, ErrExists) {
			return fmt.Errorf("%s: %w", path, ErrExists)
		}
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func writeNewFile(path string, perm fs.FileMode, write func(io.Writer) error) error {
	if err := checkAbsent(path); err != nil {
		return err
	}
	tmp, err := writeTempWith(path, perm, write)
	if err != nil {
		return err
	}
	defer os.Remove(tmp) // after the link; a no-op after a rename
	if err := os.Link(tmp, path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return ErrExists
		}
		if err := checkAbsent(path); err != nil {
			return err
		}
		if err := os.Rename(tmp, path); err != nil {
			return err
		}
	}
	return syncDir(filepath.Dir(path))
}

// checkAbsent returns ErrExists if anything is at path, nil if nothing is, and
// the error if that cannot be told.
func checkAbsent(path string) error {
	_, err := os.Lstat(path)
	switch {
	case err == nil:
		return ErrExists
	case errors.Is(err, fs.ErrNotExist):
		return nil
	}
	return err
}

// writeBytes is a write function for WriteNewFile that writes b.
func writeBytes(b []byte) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	}
}
