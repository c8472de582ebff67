//go:build !windows

package storage

import "syscall"

// sysDiskFull is the error a write on a full disk returns on this system.
var sysDiskFull error = syscall.ENOSPC

// sysErrors are errors of this system and the class classify gives them.
var sysErrors = []struct{ err, want error }{
	{syscall.EACCES, ErrNoPermission},
	{syscall.EROFS, ErrNoPermission},
	{syscall.ENOSPC, ErrDiskFull},
	{syscall.EDQUOT, ErrDiskFull},
}
