//go:build windows

package storage

import (
	"errors"
	"os"
	"time"

	"golang.org/x/sys/windows"
)

// lockFile takes the same lock bbolt takes on the data file on Windows (the
// byte range at offset -1), waiting up to timeout.
func lockFile(f *os.File, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	const m1 = (1 << 32) - 1
	for {
		err := windows.LockFileEx(windows.Handle(f.Fd()), windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY,
			0, 1, 0, &windows.Overlapped{Offset: m1, OffsetHigh: m1})
		if err == nil {
			return nil
		}
		if !errors.Is(err, windows.ERROR_LOCK_VIOLATION) {
			return err
		}
		if time.Now().After(deadline) {
			return errLocked
		}
		time.Sleep(lockRetry)
	}
}

func unlockFile(f *os.File) error {
	const m1 = (1 << 32) - 1
	return windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, &windows.Overlapped{Offset: m1, OffsetHigh: m1})
}

// canRenameLocked: Windows cannot rename a file this process holds open.
const canRenameLocked = false
