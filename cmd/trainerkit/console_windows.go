//go:build windows

package main

import (
	"os"

	"golang.org/x/sys/windows"
)

// The Windows kit is a GUI program (-H windowsgui): started from the Start
// menu, a shortcut or a double-clicked pack, it opens no console window.
// Started from a console with a command (trainerkit validate), Windows gives
// such a program no output, so it attaches to the console it was started
// from to print there, and to read pack import's question from it. Output
// sent to a file or a pipe (trainerkit session list > list.txt) already has
// its handles and is left alone.
func init() {
	if len(os.Args) < 2 {
		return // the app: nothing to print
	}
	if usable(windows.STD_OUTPUT_HANDLE) && usable(windows.STD_ERROR_HANDLE) {
		return // redirected, or a console program started it with its handles
	}
	attach := windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")
	const attachParentProcess = ^uintptr(0) // (DWORD)-1
	if r, _, _ := attach.Call(attachParentProcess); r == 0 {
		return // started from Explorer: there is no console to print to
	}
	if !usable(windows.STD_OUTPUT_HANDLE) {
		if f, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
			os.Stdout, stdout = f, f
		}
	}
	if !usable(windows.STD_ERROR_HANDLE) {
		if f, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
			os.Stderr, stderr = f, f
		}
	}
	if !usable(windows.STD_INPUT_HANDLE) {
		if f, err := os.OpenFile("CONIN$", os.O_RDONLY, 0); err == nil {
			os.Stdin, stdin = f, f
		}
	}
}

// usable reports whether the standard handle std leads somewhere: a
// console, a file or a pipe.
func usable(std uint32) bool {
	h, err := windows.GetStdHandle(std)
	if err != nil || h == 0 || h == windows.InvalidHandle {
		return false
	}
	t, err := windows.GetFileType(h)
	return err == nil && t != windows.FILE_TYPE_UNKNOWN
}
