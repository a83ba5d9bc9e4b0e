package vault

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// readVaultFile reads a whole vault file, refusing files larger than maxFileSize
// and anything but a regular file.
func readVaultFile(path string) ([]byte, error) {
	if err := checkRegular(path); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", path)
	}
	if st.Size() > maxFileSize {
		return nil, corrupt("file is too large (%d bytes)", st.Size())
	}
	b := make([]byte, 0, st.Size()+1)
	for {
		n, err := f.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return nil, err
		}
		if len(b) == cap(b) {
			if len(b) > maxFileSize {
				return nil, corrupt("file is too large (more than %d bytes)", maxFileSize)
			}
			b = append(b, 0)[:len(b)] // the file grew while reading
		}
	}
}

// checkRegular refuses, before anything opens it, a path that is not a regular
// file (after symbolic links): opening a FIFO waits for a writer forever, and a
// device or folder is no vault.
func checkRegular(path string) error {
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	if !st.Mode().IsRegular() {
		return fmt.Errorf("%s: not a regular file (%v)", path, st.Mode().Type())
	}
	return nil
}

// tempPrefix names the temporary files a save creates next to the vault.
func tempPrefix(path string) string { return "." + filepath.Base(path) + ".tmp-" }

// writeTemp writes b to a new 0600 file in the vault's folder and syncs it.
// It returns the temporary file's path.
func writeTemp(path string, b []byte) (string, error) {
	return writeTempWith(path, 0o600, writeBytes(b))
}

// writeTempWith creates a temporary file beside path with permissions perm,
// fills it with write, syncs and closes it. It returns the temporary file's
// path; on any failure the file is removed.
func writeTempWith(path string, perm fs.FileMode, write func(io.Writer) error) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(path), tempPrefix(path)+"*")
	if err != nil {
		return "", err
	}
	name := f.Name()
	if err := fillSyncClose(f, perm, write); err != nil {
		os.Remove(name)
		return "", err
	}
	return name, nil
}

func fillSyncClose(f *os.File, perm fs.FileMode, write func(io.Writer) error) error {
	if err := f.Chmod(perm); err != nil && runtime.GOOS != "windows" {
		f.Close()
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// replaceFile atomically replaces path with b. The current file, whose bytes are
// old, becomes path.bak; with freshBak, path.bak becomes a copy of b instead, so
// that it holds nothing the new version dropped (purged items, a replaced key).
// At every moment path holds either the old or the new content, never nothing.
// replaced reports whether path now holds b, which can be true even with an
// error (the folder could not be synced).
func replaceFile(path string, b, old []byte, freshBak bool) (replaced bool, err error) {
	tmp, err := writeTemp(path, b)
	if err != nil {
		return false, err
	}
	defer os.Remove(tmp) // no-op once renamed
	src, content := path, old
	if freshBak {
		src, content = tmp, b
	}
	if err := backup(path, src, content); err != nil {
		return false, fmt.Errorf("keep previous version: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return false, err
	}
	return true, syncDir(filepath.Dir(path))
}

// backup makes path.bak hold content, the bytes of the file src: a hard link
// where the file system has them, else a copy.
func backup(path, src string, content []byte) error {
	bak := path + ".bak"
	tmp := filepath.Join(filepath.Dir(path), tempPrefix(path)+NewID()[:16])
	if err := os.Link(src, tmp); err != nil {
		tmp, err = writeTemp(path, content)
		if err != nil {
			return err
		}
	}
	defer os.Remove(tmp) // no-op once renamed
	return os.Rename(tmp, bak)
}

// syncDir makes renames in dir durable. Windows cannot sync folders, and its
// renames are flushed with the file system journal.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return err
	}
	return nil
}

// removeStaleTemps deletes temporary files left by a save that was killed. Only
// the lock holder writes them, so the caller must hold the lock.
func removeStaleTemps(path string) {
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		return
	}
	prefix := tempPrefix(path)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), prefix) && e.Type().IsRegular() {
			os.Remove(filepath.Join(filepath.Dir(path), e.Name()))
		}
	}
}
