package storage

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// ErrNoPermission means the kit may not write where it has to: the folder or
// the file is read-only, or belongs to another user.
var ErrNoPermission = errors.New("cannot write here: the folder or file is read-only or you lack permission")

// ErrDiskFull means the disk (or the user's quota) is full.
var ErrDiskFull = errors.New("the disk is full")

// classify wraps a system error with ErrNoPermission or ErrDiskFull when it
// is one of those, so that callers can say so in plain words; the system's
// own error stays wrapped too.
func classify(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrNoPermission) || errors.Is(err, ErrDiskFull):
		return err
	case errors.Is(err, fs.ErrPermission) || isReadOnly(err):
		return fmt.Errorf("%w (%w)", ErrNoPermission, err)
	case isDiskFull(err):
		return fmt.Errorf("%w (%w)", ErrDiskFull, err)
	}
	return err
}

// WriteFileAtomic writes a file through a temporary file in the same folder,
// renamed into place only when fill succeeded: a failure (full disk, a crash,
// an error while rendering) never leaves half a file behind. The file is
// readable by everyone (0644): use it for documents the trainer exports.
func WriteFileAtomic(path string, fill func(io.Writer) error) error {
	return writeFileAtomic(path, 0o644, fill)
}

// writeFileAtomic is WriteFileAtomic with the final file's permissions.
func writeFileAtomic(path string, perm fs.FileMode, fill func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, classify(err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
			err = fmt.Errorf("write %s: %w", path, classify(err))
		}
	}()
	if err = fill(tmp); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Chmod(tmp.Name(), perm); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// syncDir makes a rename in dir durable. It is best effort: some systems
// (Windows) cannot sync a folder, and the rename happened anyway.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}

// isTempName reports whether name is one of writeFileAtomic's temporary files.
func isTempName(name string) bool {
	return strings.HasPrefix(name, ".") && strings.HasSuffix(name, ".tmp")
}

// removeStaleTemps deletes the temporary files a crash left in dir that are
// older than age. Errors are ignored: they are only litter.
func removeStaleTemps(dir string, age time.Duration) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.IsDir() || !isTempName(e.Name()) {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > age {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
