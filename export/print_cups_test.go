package export

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// fakeCommands replaces the CUPS commands with canned answers and records calls.
func fakeCommands(t *testing.T, answers map[string]string) *[]string {
	var calls []string
	saved := command
	t.Cleanup(func() { command = saved })
	command = func(name string, args ...string) ([]byte, error) {
		call := name + " " + strings.Join(args, " ")
		calls = append(calls, call)
		out, ok := answers[call]
		if !ok {
			return nil, fmt.Errorf("%s: %w", name, ErrNoCUPS)
		}
		return []byte(out), nil
	}
	return &calls
}

func TestPrintersListsQueuesAndDefault(t *testing.T) {
	fakeCommands(t, map[string]string{
		"lpstat -e": "Office_Laser\nHome_Inkjet\n",
		"lpstat -d": "system default destination: Home_Inkjet\n",
	})
	got, err := Printers()
	want := []Printer{{Name: "Office_Laser"}, {Name: "Home_Inkjet", Default: true}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("Printers() = %v, %v", got, err)
	}
}

func TestPrintersWithoutCUPS(t *testing.T) {
	fakeCommands(t, nil)
	if _, err := Printers(); !errors.Is(err, ErrNoCUPS) {
		t.Fatalf("err = %v, want ErrNoCUPS", err)
	}
}

func TestPrintPDFAtFullScale(t *testing.T) {
	calls := fakeCommands(t, map[string]string{
		"lp -d Home_Inkjet -o print-scaling=none -o fit-to-page=false -- /tmp/b.pdf": "request id is Home_Inkjet-7 (1 file(s))\n",
	})
	job, err := PrintPDF("Home_Inkjet", "/tmp/b.pdf")
	if err != nil || job != "request id is Home_Inkjet-7 (1 file(s))" {
		t.Fatalf("PrintPDF = %q, %v (calls %v)", job, err, *calls)
	}
	if _, err := PrintPDF("-oops", "/tmp/b.pdf"); err == nil {
		t.Fatal("a printer name starting with - was accepted")
	}
}
