package storage

import "golang.org/x/sys/windows"

// sysDiskFull is the error a write on a full disk returns on Windows.
var sysDiskFull error = windows.ERROR_DISK_FULL

// sysErrors are errors of Windows and the class classify gives them.
var sysErrors = []struct{ err, want error }{
	{windows.ERROR_ACCESS_DENIED, ErrNoPermission},
	{windows.ERROR_WRITE_PROTECT, ErrNoPermission},
	{windows.ERROR_DISK_FULL, ErrDiskFull},
	{windows.ERROR_HANDLE_DISK_FULL, ErrDiskFull},
}
