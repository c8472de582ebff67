//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package datafile

import (
	"errors"
	"syscall"
)

// diskFullErrors are the system's errors for a full disk.
var diskFullErrors = []error{syscall.ENOSPC, syscall.EDQUOT, syscall.EFBIG}

func isDiskFull(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT) || errors.Is(err, syscall.EFBIG)
}

func isReadOnly(err error) bool {
	return errors.Is(err, syscall.EROFS)
}
