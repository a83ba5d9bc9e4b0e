package scan

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
)

// FolderFiles lists the regular files of dir (not of its subfolders) that [Supported]
// accepts, sorted by name, as paths under dir. A folder of more than
// opts.MaxFolderFiles such files gives ErrTooManyFiles and no list, so that a mistaken
// choice (a whole photo library) does not start hours of work; the caller may ask
// again with a higher limit.
func FolderFiles(dir string, opts Options) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read folder: %w", err)
	}
	var paths []string
	for _, e := range entries {
		if e.Type().IsRegular() && Supported(e.Name()) {
			paths = append(paths, filepath.Join(dir, e.Name()))
		}
	}
	if n := limit(opts.MaxFolderFiles, DefaultMaxFolderFiles); len(paths) > n {
		return nil, fmt.Errorf("%d image, PDF and text files, more than the limit of %d: %w", len(paths), n, ErrTooManyFiles)
	}
	slices.Sort(paths)
	return paths, nil
}
