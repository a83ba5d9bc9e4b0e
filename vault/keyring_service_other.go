//go:build !((dragonfly && cgo) || (freebsd && cgo) || linux || netbsd || openbsd)

package vault

// secretServiceOnBus is nil where the keyring is not reached over D-Bus.
func secretServiceOnBus() error { return nil }
