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
	Time time.Time // when it was taken, as recorded then (for a backup of an older kit: the time in its name), UTC
	Seq  uint64    // the order backups were made in, newer higher; 0 for those of an older kit, which come last
	Size int64     // bytes
	// Problem is "" when the backup verified in full (storage reads every
	// record of each), else what is wrong, in English.
	Problem string
	// Usable: a restore accepts it. A backup with a Problem may still be
	// usable when only some records are damaged: they are left out, as in
	// the data file it was taken from.
	Usable bool
}

// Sound reports whether the backup verified in full.
func (b Backup) Sound() bool { return b.Problem == "" }

// NewestSound is the first sound backup of list (newest first), the one a
// restore of the latest takes; false when none is sound.
func NewestSound(list []Backup) (Backup, bool) {
	for _, b := range list {
		if b.Sound() {
			return b, true
		}
	}
	return Backup{}, false
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

// ErrPending means a damaged data file awaits the trainer's decision
// (restore a backup or start fresh); *CorruptError with Pending set wraps
// it, and so does a backup refused meanwhile.
var ErrPending = errors.New("a damaged data file awaits your decision: restore a backup or start with an empty file")

// ErrNotFound means no session (or participant, module, customisation) has
// that id.
var ErrNotFound = errors.New("not found")

// CorruptError says which data file was refused, why, and where it is kept.
type CorruptError struct {
	Path   string    // the data file's path
	Aside  string    // where the refused file now is; "" if it could not be moved (or is missing)
	Reason string    // what is wrong, in plain words
	Err    error     // the underlying error (bbolt's, or the failure to move it aside), if any
	Found  time.Time // when the kit found it damaged
	// Pending: the file awaits the trainer's decision (restore a backup or
	// start fresh); opening says so at every start until then.
	Pending bool
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
	if e.Pending {
		msg += "; nothing opens until you choose: go back to a backup with `trainerkit backup restore NAME` " +
			"(`trainerkit backup list` shows them), or start with an empty file with `trainerkit backup start-fresh`"
	}
	return msg
}

// Is makes errors.Is(err, ErrCorrupt) true, and errors.Is(err, ErrPending)
// while the file awaits a decision.
func (e *CorruptError) Is(target error) bool {
	return target == ErrCorrupt || (e.Pending && target == ErrPending)
}

// Unwrap gives the underlying error.
func (e *CorruptError) Unwrap() error { return e.Err }
