//go:build unix && !linux

package harden

// DisableCoreDumps stops the process from ever writing a core file (see the package
// doc for what it cannot stop on this system).
func DisableCoreDumps() error { return zeroCoreLimit() }
