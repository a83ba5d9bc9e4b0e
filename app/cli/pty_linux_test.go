package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal pair with x/sys/unix (no extra module).
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetUint32(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	s, err := os.OpenFile("/dev/pts/"+strconv.Itoa(int(n)), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close(); s.Close() })
	return m, s
}

// screen collects what the program shows on the terminal.
type screen struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Write(p)
}

func (s *screen) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

// waitFor waits until cond holds; a bound only turns a hang into a failure.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); !cond(); time.Sleep(2 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting: %s", what)
		}
	}
}

// `coffer add` on a real terminal: the secret typed is never echoed to the screen.
func TestCLIAddOnATerminalDoesNotEcho(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary (not with -short)")
	}
	bin := buildCoffer(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "v.coffer")
	marker := randomHex(t)
	pass := "terminal test passphrase " + marker
	makeVault(t, path, pass)
	t.Cleanup(func() { killMarked(t, marker) })
	master, slave := openPTY(t)

	cmd := exec.Command(bin, "add", "--kind", "password", "--title", "Mail")
	cmd.Env = childEnv(dir, map[string]string{"COFFER_VAULT": path, "COFFER_PASSPHRASE": pass, "COFFER_TEST_MARKER": marker})
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	var shown screen
	go func() { _, _ = bytesCopy(&shown, master) }()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil { // a failed wait below: do not leave it running
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
	})
	echoOff := func() bool {
		tio, err := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
		return err == nil && tio.Lflag&unix.ECHO == 0
	}
	waitFor(t, "the secret prompt", func() bool { return strings.Contains(strings.ToLower(shown.String()), "secret") })
	waitFor(t, "echo off while coffer reads the secret (the terminal still echoes)", echoOff)
	secret := "typed-secret-" + marker
	if _, err := master.WriteString(secret + "\n"); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the next-line prompt", func() bool { return strings.Contains(shown.String(), "next line") })
	waitFor(t, "echo off for the next line", echoOff)
	if _, err := master.WriteString("\n"); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("add: %v\n%s", err, shown.String())
	}
	waitFor(t, "the result line", func() bool { return strings.Contains(shown.String(), "added ") })
	if strings.Contains(shown.String(), secret) {
		t.Fatalf("the secret was echoed:\n%s", shown.String())
	}
}

// bytesCopy copies r into w until r fails (EIO once the terminal closes).
func bytesCopy(w *screen, r *os.File) (int, error) {
	buf := make([]byte, 4096)
	total := 0
	for {
		n, err := r.Read(buf)
		if n > 0 {
			w.Write(buf[:n])
			total += n
		}
		if err != nil {
			return total, err
		}
	}
}
