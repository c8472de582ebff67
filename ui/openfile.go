package ui

import "fmt"

// openFile opens a file or folder the kit wrote (a PDF just printed, the
// backups folder) with the program the system uses for it: the trainer's
// PDF viewer, the file manager. It returns once the program is asked, not
// when it is closed. Tests replace it to see what would be opened.
//
// fyne.App.OpenURL is not used for files: it needs a file:// URL, which
// Windows' url.dll reads in the ANSI code page and misreads for a path with
// a drive letter and backslashes; each system's own call takes the path as
// it is (openfile_windows.go, openfile_darwin.go, openfile_unix.go).
var openFile = func(path string) error {
	if err := systemOpen(path); err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	return nil
}
