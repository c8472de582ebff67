package storage

import (
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/socialtech/trainerkit/course/datafile"
)

// ErrNoPermission and ErrDiskFull are datafile's: storage marks the system
// errors of the files it writes with them.
var (
	ErrNoPermission = datafile.ErrNoPermission
	ErrDiskFull     = datafile.ErrDiskFull
)

// WriteFileAtomic is datafile.WriteFileAtomic: a document written through a
// temporary file renamed into place.
func WriteFileAtomic(path string, fill func(io.Writer) error) error {
	return datafile.WriteFileAtomic(path, fill)
}

// tempFile is a copy of the data file being written (a backup, a compacted
// file, a restore): see datafile.Temp.
type tempFile = datafile.Temp

// newTempFile is datafile.NewTemp; tests replace it to take the path of
// systems that cannot link an unnamed file.
var newTempFile = datafile.NewTemp

// removeStaleTemps deletes the temporary files a crash left in dir that are
// older than age. Errors are ignored: they are only litter.
func removeStaleTemps(dir string, age time.Duration) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.IsDir() || !datafile.IsTempName(e.Name()) {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > age {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// removeOwnTemps deletes every temporary file of the data file and of the
// note of a pending decision in dir, whatever its age: only the kit holding
// the data file writes them, and Open holds it now.
func removeOwnTemps(dir string) {
	for _, base := range []string{FileName, PendingName} {
		datafile.RemoveTempsOf(dir, base, -time.Hour)
	}
}
