//go:build !windows

package cli

// consoleIO returns sio unchanged: outside Windows a program started from a terminal
// always has its standard streams. See console_windows.go.
func consoleIO(sio IO) IO { return sio }
