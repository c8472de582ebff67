package datafile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
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
	case isDiskFull(err) || diskFullText(err.Error()):
		return fmt.Errorf("%w (%w)", ErrDiskFull, err)
	}
	return err
}

// diskFullText recognises a full disk in an error bbolt flattened to text
// ("file resize error: %s", "mmap allocate error: %s", "file sync error:
// %s"): growing the data file while saving is where a full disk shows.
func diskFullText(msg string) bool {
	for _, e := range diskFullErrors {
		if strings.Contains(msg, e.Error()) {
			return true
		}
	}
	return false
}

// IsDiskFull reports whether err says the disk is full: files the kit
// writes itself are marked with ErrDiskFull, the database's own writes come
// back as the system's error (or its text).
func IsDiskFull(err error) bool {
	return errors.Is(err, ErrDiskFull) || isDiskFull(err) || (err != nil && diskFullText(err.Error()))
}

// WriteFileAtomic writes a file through a temporary file in the same folder,
// renamed into place only when fill succeeded: a failure (full disk, a crash,
// an error while rendering) never leaves half a file behind. The file is
// readable by everyone (0644): use it for documents the trainer exports.
func WriteFileAtomic(path string, fill func(io.Writer) error) error {
	return WriteFile(path, 0o644, fill)
}

// WriteFile is WriteFileAtomic with the final file's permissions: 0600 for
// a file holding personal data or the data file's copies. The temporary
// file is readable by its owner only, whatever perm is, and has no name
// where the system allows (see Temp).
func WriteFile(path string, perm fs.FileMode, fill func(io.Writer) error) (err error) {
	tmp, err := NewTemp(path)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, Classify(err))
	}
	defer func() {
		if err != nil {
			tmp.Discard()
			err = fmt.Errorf("write %s: %w", path, Classify(err))
		}
	}()
	if err = fill(tmp.File); err != nil {
		return err
	}
	return tmp.PublishClosed(path, perm)
}

// Temp is a file being written that becomes another file only when it is
// complete. Where the system allows (Linux) it has no name until then, so
// that a process killed while writing leaves nothing behind (a pack export
// holding participants' emails, for instance); elsewhere it is a hidden
// .NAME.*.tmp file, readable by its owner only, removed on every failure
// path, and removed by the next write of the same file if a crash left it.
// A Temp built around a file that has no name and cannot be linked (as on
// a system without /proc) is published by copying it.
type Temp struct {
	*os.File
	named string // its name; "" while it has none
}

// NewTemp opens a temporary file for path, in path's folder.
func NewTemp(path string) (*Temp, error) {
	dir, base := filepath.Dir(path), filepath.Base(path)
	RemoveTempsOf(dir, base, time.Minute)
	if f, err := openUnnamed(dir); err == nil {
		return &Temp{File: f}, nil
	}
	f, err := os.CreateTemp(dir, tempPattern(base))
	if err != nil {
		return nil, err
	}
	return &Temp{File: f, named: f.Name()}, nil
}

// Named is the file's temporary name, "" while it has none.
func (t *Temp) Named() string { return t.named }

// linkName is linkUnnamed; tests replace it to take the path of systems
// that cannot link an unnamed file.
var linkName = linkUnnamed

// tempPattern is the pattern of the temporary names of base.
func tempPattern(base string) string { return "." + base + ".*.tmp" }

// Publish syncs the file and puts it in place of path, with permissions
// perm. The file stays open.
func (t *Temp) Publish(path string, perm fs.FileMode) error {
	return t.publish(path, perm, false)
}

// PublishClosed is Publish for a file the caller is done with: it is closed
// before it takes path's place. Windows does not rename a file that is
// still open (Go opens files without FILE_SHARE_DELETE): an export that
// published its open file failed there with a sharing violation.
func (t *Temp) PublishClosed(path string, perm fs.FileMode) error {
	return t.publish(path, perm, true)
}

func (t *Temp) publish(path string, perm fs.FileMode, closeFirst bool) error {
	if err := t.Sync(); err != nil {
		return err
	}
	if t.named == "" {
		if err := t.GiveName(path); err != nil {
			return err
		}
	}
	if closeFirst {
		if err := t.File.Close(); err != nil {
			return err
		}
	}
	if err := os.Chmod(t.named, perm); err != nil {
		return err
	}
	if err := os.Rename(t.named, path); err != nil {
		return err
	}
	t.named = ""
	SyncDir(filepath.Dir(path))
	return nil
}

// GiveName links an unnamed file to a temporary name next to path; where
// the system cannot (no /proc), it copies it into a named temporary file.
// A file that has a name keeps it.
func (t *Temp) GiveName(path string) error {
	if t.named != "" {
		return nil
	}
	dir, base := filepath.Dir(path), filepath.Base(path)
	for i := 0; i < 100; i++ {
		name := filepath.Join(dir, fmt.Sprintf(".%s.%d.tmp", base, rand.Uint32()))
		err := linkName(t.File, name)
		if err == nil {
			t.named = name
			return nil
		}
		if !errors.Is(err, fs.ErrExist) {
			break
		}
	}
	cp, err := os.CreateTemp(dir, tempPattern(base))
	if err != nil {
		return err
	}
	_, err = io.Copy(cp, io.NewSectionReader(t.File, 0, 1<<62))
	if err == nil {
		err = cp.Sync()
	}
	if cerr := cp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(cp.Name())
		return err
	}
	t.named = cp.Name()
	return nil
}

// Discard closes the file and removes it.
func (t *Temp) Discard() {
	t.Close()
	if t.named != "" {
		os.Remove(t.named)
		t.named = ""
	}
}

// RemoveTempsOf deletes the temporary files of base in dir older than age:
// what a killed write of the same file left (where files cannot be
// unnamed). A negative age removes them all.
func RemoveTempsOf(dir, base string, age time.Duration) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := "." + base + "."
	for _, e := range entries {
		n := e.Name()
		if !e.Type().IsRegular() || !strings.HasPrefix(n, prefix) || !strings.HasSuffix(n, ".tmp") {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > age {
			os.Remove(filepath.Join(dir, n))
		}
	}
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
