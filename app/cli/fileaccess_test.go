package cli

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// writers are the functions, per import path, that create, change or remove files.
// The command line and the app reach files only through vault/ and export/, which
// write atomically, with 0600 files and fsynced folders (issue 10).
var writers = map[string][]string{
	"os": {"Create", "CreateTemp", "WriteFile", "OpenFile", "Remove", "RemoveAll", "Rename", "Mkdir",
		"MkdirAll", "MkdirTemp", "Link", "Symlink", "Chmod", "Chown", "Lchown", "Chtimes", "Truncate", "NewFile"},
	"fyne.io/fyne/v2/storage": {"Writer", "Delete", "Copy", "Move", "CreateListable"},
	"fyne.io/fyne/v2/dialog":  {"NewFileSave", "ShowFileSave"},
}

// banned are packages app/ must not import at all.
var banned = []string{"io/ioutil"}

// knownWrites are today's uses, each to go away; the test fails on a new one and on a
// listed one that is gone, so this list only shrinks.
var knownWrites = []string{
	// cli (Windows): the console handle CONOUT$ is not a file on disk.
	"cli/console_windows.go: os.NewFile",
	// gui: the PDF save dialog writes through Fyne's storage (for the lead).
	"gui/paper.go: storage.Delete",
	"gui/print_save.go: dialog.NewFileSave",
}

func TestAppWritesFilesOnlyThroughVaultAndExport(t *testing.T) {
	var found []string
	internal, _ := filepath.Glob("../internal/*")
	for _, dir := range append([]string{"../cli", "../gui"}, internal...) {
		found = append(found, fileWrites(t, dir)...)
	}
	sort.Strings(found)
	found = slices.Compact(found)
	for _, f := range found {
		if !slices.Contains(knownWrites, f) {
			t.Errorf("%s: app/ must not touch files itself; go through vault (WriteNewFile) or export", f)
		}
	}
	for _, k := range knownWrites {
		if !slices.Contains(found, k) {
			t.Errorf("%s is gone: remove it from knownWrites", k)
		}
	}
}

// fileWrites parses the non-test Go files of dir (for every GOOS) and lists
// "pkgdir/file.go: pkg.Func" for each reference to a writer or banned import.
func fileWrites(t *testing.T, dir string) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no Go files in %s: %v", dir, err)
	}
	var out []string
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), p, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(filepath.Dir(p)) + "/" + filepath.Base(p)
		out = append(out, writesIn(name, f)...)
	}
	return out
}

// writesIn lists the writer references and banned imports of one parsed file.
func writesIn(name string, f *ast.File) []string {
	var out []string
	local := map[string]string{} // local package name → import path, for watched paths
	for _, imp := range f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		if slices.Contains(banned, path) {
			out = append(out, name+": import "+path)
		}
		if _, ok := writers[path]; ok {
			n := path[strings.LastIndex(path, "/")+1:]
			if imp.Name != nil {
				n = imp.Name.Name
			}
			local[n] = path
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		id, ok := sel.X.(*ast.Ident)
		if !ok {
			return true
		}
		if path, ok := local[id.Name]; ok && slices.Contains(writers[path], sel.Sel.Name) {
			out = append(out, name+": "+id.Name+"."+sel.Sel.Name)
		}
		return true
	})
	return out
}

// The checker sees what it must: a file with each kind of violation.
func TestFileWritesCheckerFindsViolations(t *testing.T) {
	src := `package x
import (
	o "os"
	"io/ioutil"
	"fyne.io/fyne/v2/storage"
)
func f() { o.WriteFile("a", nil, 0); _ = o.Remove; storage.Delete(nil); ioutil.Discard.Write(nil); o.ReadFile("b") }`
	f, err := parser.ParseFile(token.NewFileSet(), "x.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	got := writesIn("x/x.go", f)
	want := []string{"x/x.go: import io/ioutil", "x/x.go: o.WriteFile", "x/x.go: o.Remove", "x/x.go: storage.Delete"}
	if !slices.Equal(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
}
