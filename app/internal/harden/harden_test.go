//go:build unix

package harden

import (
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// childEnv makes the test binary act as the hardened child process.
const childEnv = "COFFER_HARDEN_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		os.Exit(runChild())
	}
	os.Exit(m.Run())
}

// runChild disables core dumps and prints what the kernel now says about the process.
func runChild() int {
	if err := DisableCoreDumps(); err != nil {
		os.Stderr.WriteString(err.Error() + "\n")
		return 1
	}
	var lim unix.Rlimit
	if err := unix.Getrlimit(unix.RLIMIT_CORE, &lim); err != nil {
		return 1
	}
	if lim.Cur == 0 && lim.Max == 0 {
		os.Stdout.WriteString("rlimit-core: 0\n")
	}
	if d, ok := dumpable(); ok {
		os.Stdout.WriteString("dumpable: " + strconv.Itoa(d) + "\n")
	}
	return 0
}

// The check runs in a child process so the test binary itself stays debuggable.
func TestDisableCoreDumpsInChild(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "rlimit-core: 0") {
		t.Errorf("RLIMIT_CORE not 0 in the child:\n%s", out)
	}
	if runtime.GOOS == "linux" && !strings.Contains(string(out), "dumpable: 0") {
		t.Errorf("child still dumpable:\n%s", out)
	}
}

// Without the call a process is dumpable, so the test above can fail.
func TestDumpableWithoutTheCall(t *testing.T) {
	d, ok := dumpable()
	if !ok {
		t.Skip("no PR_GET_DUMPABLE on this system")
	}
	if d != 1 {
		t.Errorf("the test process has dumpable %d before any call", d)
	}
}
