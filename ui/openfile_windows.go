//go:build windows

package ui

import (
	"path/filepath"

	"golang.org/x/sys/windows"
)

// systemOpen asks Windows to open path as Explorer does on a double click
// (ShellExecuteW, verb "open"): a PDF in the trainer's PDF viewer, a folder
// in Explorer. It is the call behind `rundll32 url.dll,FileProtocolHandler`
// and `cmd /c start "" file`, without their detours: rundll32 hands url.dll
// an ANSI command line (url.dll has no Unicode entry point), which loses
// letters outside the system's code page (a "Łódź" folder on a French
// Windows), and cmd expands %VARIABLES% in names and flashes a console.
func systemOpen(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	verb, err := windows.UTF16PtrFromString("open")
	if err != nil {
		return err
	}
	file, err := windows.UTF16PtrFromString(filepath.FromSlash(abs))
	if err != nil {
		return err
	}
	return windows.ShellExecute(0, verb, file, nil, nil, windows.SW_SHOWNORMAL)
}
