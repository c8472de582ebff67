//go:build !windows

package datafile

import "syscall"

// sysErrors are errors of this system and the class Classify gives them.
var sysErrors = []struct{ err, want error }{
	{syscall.EACCES, ErrNoPermission},
	{syscall.EROFS, ErrNoPermission},
	{syscall.ENOSPC, ErrDiskFull},
	{syscall.EDQUOT, ErrDiskFull},
}
