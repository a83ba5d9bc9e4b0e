//go:build unix && !linux

package harden

// dumpable has no equivalent outside Linux.
func dumpable() (int, bool) { return 0, false }
