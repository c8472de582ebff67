//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly || windows)

package storage

import (
	"os"
	"time"
)

// lockFile cannot probe bbolt's lock on this system: it lets Open and
// bbolt's own lock decide.
func lockFile(f *os.File, timeout time.Duration) error { return nil }

func unlockFile(f *os.File) error { return nil }

const canRenameLocked = false
