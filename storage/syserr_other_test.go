//go:build !windows

package storage

import "syscall"

// sysDiskFull is the error a write on a full disk returns on this system.
var sysDiskFull error = syscall.ENOSPC
