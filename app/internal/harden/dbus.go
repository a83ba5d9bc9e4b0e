package harden

import (
	"fmt"
	"os"
	"runtime"
	"strings"
)

// NoBusAddress is the session bus address NoBusAutolaunch sets when there is no
// session bus: a transport no D-Bus library knows, so connecting fails at once
// instead of starting a bus.
const NoBusAddress = "disabled:"

// NoBusAutolaunch makes sure nothing in this process (the keyring library, Fyne's
// desktop portal and tray code) starts a D-Bus session bus of its own. Without
// DBUS_SESSION_BUS_ADDRESS (ssh, cron, CI, a bare X session) the D-Bus library runs
// dbus-launch, which leaves a dbus-daemon behind that never exits. When the systemd
// user bus exists, its address is set (what the library would have found itself);
// otherwise NoBusAddress. An address that is set and not "autolaunch:" is kept.
// It does nothing on macOS and Windows, which reach their keyrings without D-Bus.
func NoBusAutolaunch() {
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		return
	}
	addr := os.Getenv("DBUS_SESSION_BUS_ADDRESS")
	if addr != "" && !strings.HasPrefix(addr, "autolaunch:") {
		return
	}
	os.Setenv("DBUS_SESSION_BUS_ADDRESS", sessionBusOrNone(fmt.Sprintf("/run/user/%d/bus", os.Getuid())))
}

// sessionBusOrNone is the address of the bus socket at path, or NoBusAddress when
// there is no socket there.
func sessionBusOrNone(path string) string {
	if fi, err := os.Stat(path); err == nil && fi.Mode()&os.ModeSocket != 0 {
		return "unix:path=" + path
	}
	return NoBusAddress
}
