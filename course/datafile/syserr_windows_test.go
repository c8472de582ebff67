package datafile

import "golang.org/x/sys/windows"

// sysErrors are errors of Windows and the class Classify gives them: the
// system's own, not the Unix numbers Go's syscall package invents there.
var sysErrors = []struct{ err, want error }{
	{windows.ERROR_ACCESS_DENIED, ErrNoPermission},
	{windows.ERROR_WRITE_PROTECT, ErrNoPermission},
	{windows.ERROR_DISK_FULL, ErrDiskFull},
	{windows.ERROR_HANDLE_DISK_FULL, ErrDiskFull},
}
