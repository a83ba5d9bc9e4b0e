//go:build !unix

package harden

// DisableCoreDumps does nothing here: Windows writes crash dumps only when Windows
// Error Reporting's LocalDumps is configured (see the package doc).
func DisableCoreDumps() error { return nil }
