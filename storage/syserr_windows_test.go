package storage

import "golang.org/x/sys/windows"

// sysDiskFull is the error a write on a full disk returns on Windows.
var sysDiskFull error = windows.ERROR_DISK_FULL
