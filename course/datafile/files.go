package datafile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ErrNoPermission means the kit may not write where it has to: the folder or
// the file is read-only, or belongs to another user.
var ErrNoPermission = errors.New("cannot write here: the folder or file is read-only or you lack permission")

// ErrDiskFull means the disk (or the user's quota) is full.
var ErrDiskFull = errors.New("the disk is full")

// Classify wraps a system error with ErrNoPermission or ErrDiskFull when it
// is one of those, so that callers can say so in plain words; the system's
// own error stays wrapped too.
func Classify(err error) error {
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

// IsDiskFull reports whether err says the disk is full: files the kit
// writes itself are marked with ErrDiskFull, the database's own writes come
// back as the system's error.
func IsDiskFull(err error) bool {
	return errors.Is(err, ErrDiskFull) || isDiskFull(err)
}

// WriteFileAtomic writes a file through a temporary file in the same folder,
// renamed into place only when fill succeeded: a failure (full disk, a crash,
// an error while rendering) never leaves half a file behind. The file is
// readable by everyone (0644): use it for documents the trainer exports.
func WriteFileAtomic(path string, fill func(io.Writer) error) error {
	return WriteFile(path, 0o644, fill)
}

// WriteFile is WriteFileAtomic with the final file's permissions: 0600 for
// a file holding personal data or the data file's copies.
func WriteFile(path string, perm fs.FileMode, fill func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, Classify(err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
			err = fmt.Errorf("write %s: %w", path, Classify(err))
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
	SyncDir(dir)
	return nil
}

// SyncDir makes a rename in dir durable. It is best effort: some systems
// (Windows) cannot sync a folder, and the rename happened anyway.
func SyncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}

// IsTempName reports whether name is one of WriteFile's temporary files.
func IsTempName(name string) bool {
	return strings.HasPrefix(name, ".") && strings.HasSuffix(name, ".tmp")
}
