// Package datafile is what the kit knows about its data file without
// opening it: the errors storage returns (and the interface and the command
// line explain), the backup record, and atomic file writes. It imports no
// database, so that every package may use it: storage builds on it, and ui
// and course/kit recognise storage's errors through it without linking
// bbolt.
package datafile

import (
	"errors"
	"fmt"
	"path/filepath"
	"time"
)

// FileName is the data file's name in the data folder.
const FileName = "trainerkit.db"

// Backups are whole copies of the data file, in <data folder>/backups,
// named trainerkit-YYYYMMDD-HHMMSS.db in UTC.
const (
	// BackupFolder is the backups' folder inside the data folder.
	BackupFolder = "backups"
	// KeepBackups is how many backups are kept; older ones are deleted.
	KeepBackups = 7
	// BackupEvery is the age of the newest backup past which the daily
	// backup makes one.
	BackupEvery = 24 * time.Hour
)

// BackupDir is the backups' folder of the data folder dir.
func BackupDir(dir string) string { return filepath.Join(dir, BackupFolder) }

// Backup is one backup file.
type Backup struct {
	Name string    // trainerkit-YYYYMMDD-HHMMSS.db, what a restore takes
	Path string    // full path
	Time time.Time // when it was taken (from the name), UTC
	Size int64     // bytes
}

// ErrAlreadyOpen means another copy of the kit holds the data file.
var ErrAlreadyOpen = errors.New("the Trainer Kit is already open (another window or process uses its data file)")

// ErrCorrupt means the data file is damaged or is not a Trainer Kit data
// file. Opening returns it wrapped in a *CorruptError, after moving the file
// aside: the app then offers to restore the latest backup or start fresh.
var ErrCorrupt = errors.New("the data file is damaged or is not a Trainer Kit data file")

// ErrNewerFile: the data file (or a backup) was written by a newer kit,
// whose data this one would not understand; it is left as it is.
var ErrNewerFile = errors.New("the data file is from a newer version of the kit")

// ErrNoBackup means there is no backup of that name, or none at all.
var ErrNoBackup = errors.New("no such backup")

// ErrNotFound means no session (or participant, module, customisation) has
// that id.
var ErrNotFound = errors.New("not found")

// CorruptError says which data file was refused, why, and where it is kept.
type CorruptError struct {
	Path   string // the data file's path
	Aside  string // where the refused file now is; "" if it could not be moved
	Reason string // what is wrong, in plain words
	Err    error  // the underlying error (bbolt's, or the failure to move it aside), if any
}

func (e *CorruptError) Error() string {
	msg := fmt.Sprintf("%s: %v: %s", e.Path, ErrCorrupt, e.Reason)
	if e.Err != nil {
		msg += " (" + e.Err.Error() + ")"
	}
	if e.Aside != "" {
		msg += "; it was kept as " + e.Aside
	} else {
		msg += "; it could not be moved aside and was left as it is"
	}
	return msg
}

// Is makes errors.Is(err, ErrCorrupt) true.
func (e *CorruptError) Is(target error) bool { return target == ErrCorrupt }

// Unwrap gives the underlying error.
func (e *CorruptError) Unwrap() error { return e.Err }
