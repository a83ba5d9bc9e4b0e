//go:build windows

package cli

import (
	"io"
	"os"

	"golang.org/x/sys/windows"
)

// The Windows build is linked for the GUI subsystem (-H=windowsgui), so that starting
// Coffer from Explorer or the Start menu opens no console window. The price: Windows
// gives a GUI program no standard handles, so `coffer.exe list` typed in cmd.exe or
// PowerShell would print nothing. consoleIO fixes that for command-line runs by
// attaching to the console of the program that started Coffer and writing there.
//
// Standard input is deliberately not reopened on that console. The shell does not wait
// for a GUI program, so it is already reading the same console for its next command: a
// passphrase typed at our prompt could end up in the shell, echoed, run as a command
// and kept in its history. Without a terminal the command line takes the passphrase
// from the system keyring, --passphrase-file or COFFER_PASSPHRASE, and says so.
// Handles that are already valid (redirected to a file or a pipe, or inherited by a
// console-subsystem test binary) are left alone.

var procAttachConsole = windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")

// attachParentProcess is ATTACH_PARENT_PROCESS, (DWORD)-1.
const attachParentProcess = ^uint32(0)

// consoleIO gives a command-line run the console it was started from, if its standard
// output or error has nowhere to go, and returns sio with those streams replaced.
func consoleIO(sio IO) IO {
	outOK, errOK := validHandle(os.Stdout), validHandle(os.Stderr)
	if outOK && errOK {
		return sio
	}
	if r, _, _ := procAttachConsole.Call(uintptr(attachParentProcess)); r == 0 {
		return sio // started without a console (Explorer, a shortcut): nowhere to print
	}
	if !outOK {
		sio.Stdout = reopen(sio.Stdout, &os.Stdout, windows.STD_OUTPUT_HANDLE, "/dev/stdout")
	}
	if !errOK {
		sio.Stderr = reopen(sio.Stderr, &os.Stderr, windows.STD_ERROR_HANDLE, "/dev/stderr")
	}
	return sio
}

// reopen points *std and the process's standard handle at the console's output, and
// returns the writer to use in place of w: the new file if w was the old one.
func reopen(w io.Writer, std **os.File, which uint32, name string) io.Writer {
	h, err := windows.CreateFile(windows.StringToUTF16Ptr("CONOUT$"),
		windows.GENERIC_READ|windows.GENERIC_WRITE, windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE,
		nil, windows.OPEN_EXISTING, 0, 0)
	if err != nil {
		return w
	}
	_ = windows.SetStdHandle(which, h)
	old := *std
	f := os.NewFile(uintptr(h), name)
	*std = f
	if old != nil && w == io.Writer(old) {
		return f
	}
	return w
}

// validHandle reports whether f is a usable file, pipe or console.
func validHandle(f *os.File) bool {
	if f == nil {
		return false
	}
	h := windows.Handle(f.Fd())
	if h == 0 || h == windows.InvalidHandle {
		return false
	}
	t, err := windows.GetFileType(h)
	return err == nil && t != windows.FILE_TYPE_UNKNOWN
}
