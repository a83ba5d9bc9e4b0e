package vault

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestWriteNewFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sheet.pdf")
	if err := WriteNewFile(path, 0o640, writeBytes([]byte("first"))); err != nil {
		t.Fatal(err)
	}
	if got := string(mustRead(t, path)); got != "first" {
		t.Fatalf("content %q", got)
	}
	if st, _ := os.Stat(path); runtime.GOOS != "windows" && st.Mode().Perm() != 0o640 {
		t.Fatalf("mode %v, want 0640", st.Mode().Perm())
	}
	err := WriteNewFile(path, 0o600, writeBytes([]byte("second")))
	if !errors.Is(err, ErrExists) || !strings.Contains(err.Error(), path) {
		t.Fatalf("second write = %v, want ErrExists naming the path", err)
	}
	if got := string(mustRead(t, path)); got != "first" {
		t.Fatalf("existing file replaced: %q", got)
	}
	onlyFiles(t, dir, "sheet.pdf")
}

func TestWriteNewFileRefusesDanglingLink(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	dir := t.TempDir()
	link := filepath.Join(dir, "out.png")
	if err := os.Symlink(filepath.Join(dir, "elsewhere"), link); err != nil {
		t.Fatal(err)
	}
	if err := WriteNewFile(link, 0o600, writeBytes([]byte("x"))); !errors.Is(err, ErrExists) {
		t.Fatalf("= %v, want ErrExists", err)
	}
	onlyFiles(t, dir, "out.png")
}

// A failing write leaves neither the file nor a temporary file behind.
func TestWriteNewFileFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sheet.pdf")
	boom := errors.New("boom")
	err := WriteNewFile(path, 0o600, func(w io.Writer) error {
		w.Write([]byte("half"))
		return boom
	})
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), path) {
		t.Fatalf("= %v, want boom naming the path", err)
	}
	onlyFiles(t, dir)
}

// onlyFiles fails unless dir holds exactly the named entries.
func onlyFiles(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, ",") != strings.Join(names, ",") {
		t.Fatalf("folder holds %v, want %v", got, names)
	}
}
