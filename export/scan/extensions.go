package scan

import (
	"path/filepath"
	"slices"
	"strings"
)

// Extensions are the file name extensions (lower case, with the dot) of every file a
// restore reads: images ScanFiles decodes (HEIC/HEIF photos included), PDFs and plain
// text of typed fallback lines (read by package export/restore). Folder pickers use [Supported].
var Extensions = []string{
	".png", ".jpg", ".jpeg", ".jpe", ".jfif", ".gif", ".bmp", ".tif", ".tiff", ".webp",
	".pdf", ".heic", ".heif", ".txt",
}

// Supported reports whether a file name (or path) has one of [Extensions], ignoring
// case, so "IMG_0001.HEIC" and "scan.PDF" count.
func Supported(name string) bool {
	return slices.Contains(Extensions, strings.ToLower(filepath.Ext(name)))
}
