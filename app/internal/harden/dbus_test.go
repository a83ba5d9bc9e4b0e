package harden

import (
	"net"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Without a session bus address the process gets one that cannot autolaunch a bus;
// a real address is left alone.
func TestNoBusAutolaunch(t *testing.T) {
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		t.Skip("no D-Bus here")
	}
	for _, before := range []string{"", "autolaunch:"} {
		t.Setenv("DBUS_SESSION_BUS_ADDRESS", before)
		NoBusAutolaunch()
		got := os.Getenv("DBUS_SESSION_BUS_ADDRESS")
		if got == "" || got == "autolaunch:" {
			t.Errorf("address %q became %q: the D-Bus library would autolaunch a bus", before, got)
		}
	}
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/tmp/some-bus")
	NoBusAutolaunch()
	if got := os.Getenv("DBUS_SESSION_BUS_ADDRESS"); got != "unix:path=/tmp/some-bus" {
		t.Errorf("a set address was changed to %q", got)
	}
}

// The systemd user bus socket is used when it exists, else the address that
// connects nowhere.
func TestSessionBusOrNone(t *testing.T) {
	dir := t.TempDir()
	sock := filepath.Join(dir, "bus")
	if got := sessionBusOrNone(sock); got != NoBusAddress {
		t.Errorf("no socket: %q, want %q", got, NoBusAddress)
	}
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Skip("unix sockets unavailable:", err)
	}
	defer l.Close()
	if got := sessionBusOrNone(sock); got != "unix:path="+sock {
		t.Errorf("socket: %q", got)
	}
}
