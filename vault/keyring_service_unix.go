//go:build (dragonfly && cgo) || (freebsd && cgo) || linux || netbsd || openbsd

package vault

import (
	"errors"
	"fmt"
	"slices"

	"github.com/godbus/dbus/v5"
)

// secretServiceName is the D-Bus name of the Secret Service (gnome-keyring,
// KeePassXC, KWallet's bridge).
const secretServiceName = "org.freedesktop.secrets"

// secretServiceOnBus asks the session bus whether a Secret Service runs or can be
// started, without talking to it (which could ask the user to unlock it).
func secretServiceOnBus() error {
	conn, err := dbus.SessionBus()
	if err != nil {
		return &noKeyringError{err: fmt.Errorf("session bus: %w", err)}
	}
	bus := conn.BusObject()
	var running bool
	if err := bus.Call("org.freedesktop.DBus.NameHasOwner", 0, secretServiceName).Store(&running); err != nil {
		return &noKeyringError{err: fmt.Errorf("session bus: %w", err)}
	}
	if running {
		return nil
	}
	var names []string
	if err := bus.Call("org.freedesktop.DBus.ListActivatableNames", 0).Store(&names); err != nil {
		return &noKeyringError{err: fmt.Errorf("session bus: %w", err)}
	}
	if slices.Contains(names, secretServiceName) {
		return nil
	}
	return &noKeyringError{err: errors.New("no Secret Service on the session bus")}
}
