package scan

import (
	"strings"
	"testing"
)

func TestSupported(t *testing.T) {
	for name, want := range map[string]bool{
		"page.png": true, "PAGE.JPG": true, "photo.jpeg": true, "IMG_0001.HEIC": true,
		"IMG_0002.heif": true, "scan.PDF": true, "typed.txt": true, "scan.tiff": true,
		"code.webp": true, "/some/dir/Page 3.Png": true, "x.gif": true, "x.bmp": true, "x.tif": true,
		"notes.docx": false, "archive.zip": false, "noext": false, ".png.bak": false, "": false,
	} {
		if got := Supported(name); got != want {
			t.Errorf("Supported(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestExtensionsAreLowerWithDot keeps the list in the form Supported compares with.
func TestExtensionsAreLowerWithDot(t *testing.T) {
	for _, e := range Extensions {
		if len(e) < 2 || e[0] != '.' || e != strings.ToLower(e) {
			t.Errorf("extension %q: want lower case with a leading dot", e)
		}
	}
}
