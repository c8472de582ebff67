package storage

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

// WriteFileAtomic writes a file through a temporary file in the same folder,
// renamed into place only when fill succeeded: a failure (full disk, a crash,
// an error while rendering) never leaves half a file behind. The file is
// readable by everyone (0644): use it for documents the trainer exports.
func WriteFileAtomic(path string, fill func(io.Writer) error) error {
	return writeFileAtomic(path, 0o644, fill)
}

// writeFileAtomic is WriteFileAtomic with the final file's permissions. The
// temporary file is readable by its owner only, whatever perm is.
func writeFileAtomic(path string, perm fs.FileMode, fill func(io.Writer) error) (err error) {
	tmp, err := newTempFile(path)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, classify(err))
	}
	defer func() {
		if err != nil {
			tmp.discard()
			err = fmt.Errorf("write %s: %w", path, classify(err))
		}
	}()
	if err = fill(tmp.File); err != nil {
		return err
	}
	if err = tmp.publish(path, perm); err != nil {
		return err
	}
	return tmp.Close()
}

// tempFile is a file being written that becomes another file only when it
// is complete. Where the system allows (Linux) it has no name until then, so
// that a process killed while writing leaves nothing behind (a pack export
// holding participants' emails, for instance); elsewhere it is a hidden
// .NAME.*.tmp file, readable by its owner only, removed on every failure
// path, and removed by the next write of the same file if a crash left it.
type tempFile struct {
	*os.File
	named string // its name; "" while it has none
}

func newTempFile(path string) (*tempFile, error) {
	dir, base := filepath.Dir(path), filepath.Base(path)
	removeTempsOf(dir, base, time.Minute)
	if f, err := openUnnamed(dir); err == nil {
		return &tempFile{File: f}, nil
	}
	f, err := os.CreateTemp(dir, tempPattern(base))
	if err != nil {
		return nil, err
	}
	return &tempFile{File: f, named: f.Name()}, nil
}

// linkName is linkUnnamed; tests replace it to take the path of systems
// that cannot link an unnamed file.
var linkName = linkUnnamed

// tempPattern is the pattern of the temporary names of base.
func tempPattern(base string) string { return "." + base + ".*.tmp" }

// publish syncs the file and puts it in place of path, with permissions
// perm. The file stays open.
func (t *tempFile) publish(path string, perm fs.FileMode) error {
	if err := t.Sync(); err != nil {
		return err
	}
	if t.named == "" {
		if err := t.giveName(path); err != nil {
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
	syncDir(filepath.Dir(path))
	return nil
}

// giveName links an unnamed file to a temporary name next to path; where
// the system cannot (no /proc), it copies it into a named temporary file.
func (t *tempFile) giveName(path string) error {
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

// discard closes the file and removes it.
func (t *tempFile) discard() {
	t.Close()
	if t.named != "" {
		os.Remove(t.named)
		t.named = ""
	}
}

// removeTempsOf deletes the temporary files of base in dir older than age:
// what a killed write of the same file left (where files cannot be unnamed).
func removeTempsOf(dir, base string, age time.Duration) {
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

// removeOwnTemps deletes every temporary file of the data file and of the
// note of a pending decision in dir, whatever its age: only the kit holding
// the data file writes them, and Open holds it now.
func removeOwnTemps(dir string) {
	for _, base := range []string{FileName, PendingName} {
		removeTempsOf(dir, base, -time.Hour)
	}
}
