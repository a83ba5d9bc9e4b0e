package export

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"runtime"
	"strings"
)

// ErrNoCUPS means the system has no CUPS print commands (lpstat, lp); print from the
// system PDF viewer instead.
var ErrNoCUPS = errors.New("no CUPS printing on this computer; open the PDF in your PDF viewer and print from there")

// Printer is a CUPS print queue.
type Printer struct {
	Name    string
	Default bool
}

// command runs a program; tests replace it.
var command = func(name string, args ...string) ([]byte, error) {
	path, err := exec.LookPath(name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, ErrNoCUPS)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(path, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return out, fmt.Errorf("%s: %v: %s", name, err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// Printers lists the CUPS printers (Linux, macOS), the default one marked.
func Printers() ([]Printer, error) {
	out, err := command("lpstat", "-e")
	if err != nil {
		return nil, err
	}
	def := defaultPrinter()
	var ps []Printer
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if name := strings.TrimSpace(sc.Text()); name != "" {
			ps = append(ps, Printer{Name: name, Default: name == def})
		}
	}
	return ps, nil
}

// defaultPrinter returns the CUPS default destination, or "" when none is set.
func defaultPrinter() string {
	out, err := command("lpstat", "-d")
	if err != nil {
		return ""
	}
	_, name, ok := strings.Cut(strings.TrimSpace(string(out)), ": ")
	if !ok {
		return ""
	}
	return strings.TrimSpace(name)
}

// PrintPDF sends the PDF to a CUPS printer at 100% scale (never "fit to page", which
// would shrink the codes), and returns the job line lp printed.
func PrintPDF(printer, path string) (string, error) {
	if printer == "" || strings.HasPrefix(printer, "-") {
		return "", fmt.Errorf("print: invalid printer name %q", printer)
	}
	out, err := command("lp", "-d", printer, "-o", "print-scaling=none", "-o", "fit-to-page=false", "--", path)
	if err != nil {
		return "", fmt.Errorf("print: %w", err)
	}
	return strings.TrimSpace(string(out)), nil
}

// OpenInViewer opens a file with the system's default program (the PDF viewer), from
// which the user can print on any OS.
func OpenInViewer(path string) error {
	var name string
	var args []string
	switch runtime.GOOS {
	case "windows":
		name, args = "rundll32", []string{"url.dll,FileProtocolHandler", path}
	case "darwin":
		name, args = "open", []string{path}
	default:
		name, args = "xdg-open", []string{path}
	}
	cmd := exec.Command(name, args...)
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	go cmd.Wait() //nolint:errcheck // the viewer runs on its own; reap it when it exits
	return nil
}
