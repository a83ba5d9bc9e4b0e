package cli

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"

	"coffer/vault/vaulttest"
)

// daemonNames are the process names (as in /proc/PID/comm, at most 15 bytes) a
// keyring call autolaunches without a session bus.
var daemonNames = []string{"dbus-daemon", "gnome-keyring-d"}

// Twenty `coffer list` runs with COFFER_PASSPHRASE set and no session bus leave no
// dbus-daemon or gnome-keyring-daemon behind. Processes are told apart from those of
// other tests on the machine by a marker variable in the child's environment, which
// autolaunched daemons inherit.
func TestCLIBinaryLeavesNoDaemons(t *testing.T) {
	r := runListWithoutBus(t, 20)
	t.Logf("after 20 runs: %d process(es) of ours left, %d new daemon(s) on the machine (ours or other tests')", len(r.left), len(r.newDaemons))
	if len(r.left) > 0 {
		t.Errorf("20 runs left %d process(es) of ours behind: %v (new daemons on the machine: %v)", len(r.left), r.left, r.newDaemons)
	}
	if len(r.holders) > 0 {
		t.Errorf("processes holding COFFER_PASSPHRASE: %v", r.holders)
	}
}

// Whatever a run starts never inherits the passphrase: Run clears COFFER_PASSPHRASE
// from the environment before the keyring is touched. (Since vault asks the keyring
// only for remembered vaults this run starts nothing; it guards the day it does.)
func TestCLIBinaryChildrenNeverHoldThePassphrase(t *testing.T) {
	r := runListWithoutBus(t, 3)
	if len(r.holders) > 0 {
		t.Errorf("processes started by coffer list hold COFFER_PASSPHRASE: %v", r.holders)
	}
}

// busRuns is what runListWithoutBus found after the runs.
type busRuns struct {
	left       []string // PIDs of processes of ours still running
	holders    []string // those of them with COFFER_PASSPHRASE in their environment
	newDaemons []string // daemons that appeared on the machine, ours or not
}

// runListWithoutBus runs the built binary n times (`coffer list`, passphrase in the
// environment, no DBUS_SESSION_BUS_ADDRESS) and reports the processes left behind;
// it kills them at cleanup.
func runListWithoutBus(t *testing.T, n int) busRuns {
	if runtime.GOOS != "linux" || testing.Short() {
		t.Skip("Linux /proc only; builds the binary (not with -short)")
	}
	bin := buildCoffer(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "v.coffer")
	marker := randomHex(t)
	pass := "daemon test passphrase " + marker
	makeVault(t, path, pass)
	before := daemonPIDs()
	t.Cleanup(func() { killMarked(t, marker) })
	for i := 0; i < n; i++ {
		cmd := exec.Command(bin, "list")
		cmd.Env = childEnv(dir, map[string]string{"COFFER_VAULT": path, "COFFER_PASSPHRASE": pass,
			"COFFER_TEST_MARKER": marker})
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("run %d: %v\n%s", i+1, err, out)
		}
	}
	// dbus-launch returns once its daemon runs, and the keyring daemon is activated
	// before the call it answers returns: both exist by the time `list` exits.
	var r busRuns
	for pid, name := range daemonPIDs() {
		if _, ok := before[pid]; !ok {
			r.newDaemons = append(r.newDaemons, pid+" "+name)
		}
	}
	r.left = markedPIDs(marker, "")
	r.holders = markedPIDs(marker, "COFFER_PASSPHRASE="+pass)
	return r
}

// built is the coffer binary built once for the tests of this package.
var built struct {
	once sync.Once
	dir  string
	bin  string
	err  error
	out  []byte
}

func TestMain(m *testing.M) {
	code := m.Run()
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
	os.Exit(code)
}

// buildCoffer builds the coffer binary (main package) once, or uses $COFFER_BINARY.
func buildCoffer(t *testing.T) string {
	t.Helper()
	if bin := os.Getenv("COFFER_BINARY"); bin != "" {
		return bin
	}
	built.once.Do(func() {
		if built.dir, built.err = os.MkdirTemp("", "coffer-cli-test-"); built.err != nil {
			return
		}
		built.bin = filepath.Join(built.dir, "coffer")
		built.out, built.err = exec.Command("go", "build", "-o", built.bin, "coffer").CombinedOutput()
	})
	if built.err != nil {
		t.Fatalf("go build: %v\n%s", built.err, built.out)
	}
	return built.bin
}

// makeVault creates a vault the binary can open, in process with a fake keyring.
func makeVault(t *testing.T, path, pass string) {
	t.Helper()
	var out bytes.Buffer
	sio := IO{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &out,
		Getenv: func(k string) string {
			if k == "COFFER_PASSPHRASE" {
				return pass
			}
			return ""
		}, Keyring: vaulttest.NewKeyring()}
	if code := Run([]string{"--vault", path, "init", "--work-factor", "16"}, sio); code != 0 {
		t.Fatalf("init: %s", out.String())
	}
}

// childEnv is this process's environment without a session bus or Coffer variables,
// with set added and HOME/XDG folders inside dir.
func childEnv(dir string, set map[string]string) []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if name == "DBUS_SESSION_BUS_ADDRESS" || strings.HasPrefix(name, "COFFER_") || strings.HasPrefix(name, "XDG_") {
			continue
		}
		env = append(env, kv)
	}
	set["XDG_DATA_HOME"] = filepath.Join(dir, "data")
	set["XDG_CONFIG_HOME"] = filepath.Join(dir, "config")
	for k, v := range set {
		env = append(env, k+"="+v)
	}
	return env
}

func randomHex(t *testing.T) string {
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b)
}

// daemonPIDs maps the PIDs of dbus and keyring daemons to their names.
func daemonPIDs() map[string]string {
	out := map[string]string{}
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	for _, d := range dirs {
		b, err := os.ReadFile(filepath.Join(d, "comm"))
		if err != nil {
			continue
		}
		name := strings.TrimSpace(string(b))
		for _, n := range daemonNames {
			if name == n {
				out[filepath.Base(d)] = name
			}
		}
	}
	return out
}

// markedPIDs lists processes other than this one whose environment has
// COFFER_TEST_MARKER=marker (and also want, when not ""). Only the presence of those
// exact strings is checked; nothing else of another process's environment is kept.
func markedPIDs(marker, want string) []string {
	var pids []string
	self := os.Getpid()
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	for _, d := range dirs {
		if filepath.Base(d) == strconv.Itoa(self) {
			continue
		}
		b, err := os.ReadFile(filepath.Join(d, "environ"))
		if err != nil {
			continue
		}
		vars := bytes.Split(b, []byte{0})
		if hasVar(vars, "COFFER_TEST_MARKER="+marker) && (want == "" || hasVar(vars, want)) {
			pids = append(pids, filepath.Base(d))
		}
	}
	return pids
}

func hasVar(vars [][]byte, kv string) bool {
	for _, v := range vars {
		if string(v) == kv {
			return true
		}
	}
	return false
}

// killMarked ends the processes our runs left behind (and only those).
func killMarked(t *testing.T, marker string) {
	for _, pid := range markedPIDs(marker, "") {
		n, _ := strconv.Atoi(pid)
		if p, err := os.FindProcess(n); err == nil {
			if err := p.Kill(); err != nil {
				t.Logf("kill %s: %v", pid, err)
			}
		}
	}
}
