package datafile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func TestClassify(t *testing.T) {
	for _, c := range []struct {
		err  error
		want error
	}{
		{&fs.PathError{Op: "open", Path: "p", Err: syscall.EACCES}, ErrNoPermission},
		{&fs.PathError{Op: "open", Path: "p", Err: syscall.EROFS}, ErrNoPermission},
		{&fs.PathError{Op: "write", Path: "p", Err: syscall.ENOSPC}, ErrDiskFull},
		{&fs.PathError{Op: "write", Path: "p", Err: syscall.EDQUOT}, ErrDiskFull},
	} {
		got := Classify(c.err)
		if !errors.Is(got, c.want) || !errors.Is(got, c.err.(*fs.PathError).Err) {
			t.Errorf("%v → %v", c.err, got)
		}
	}
	other := fmt.Errorf("x: %w", syscall.EIO)
	if Classify(other) != other {
		t.Error("EIO classified")
	}
	// bbolt flattens the error of growing the file to text.
	for _, e := range []error{syscall.ENOSPC, syscall.EFBIG} {
		flat := fmt.Errorf("file resize error: %s", &fs.PathError{Op: "truncate", Path: "p", Err: e})
		if !errors.Is(Classify(flat), ErrDiskFull) || !IsDiskFull(flat) {
			t.Errorf("%v not sorted as a full disk", flat)
		}
	}
	if Classify(nil) != nil {
		t.Error("nil")
	}
	if !IsDiskFull(&fs.PathError{Op: "write", Path: "trainerkit.db", Err: syscall.ENOSPC}) || IsDiskFull(other) {
		t.Error("IsDiskFull does not recognise the system's full disk")
	}
}

func TestWriteFileLeavesNothingOnError(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.png")
	err := WriteFileAtomic(p, func(w io.Writer) error {
		w.Write([]byte("half"))
		return errors.New("renderer failed")
	})
	if err == nil {
		t.Fatal("no error")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("left files behind: %v", entries)
	}
	if err := WriteFile(p, 0o600, func(w io.Writer) error { _, err := w.Write([]byte("ok")); return err }); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(p)
	if b, _ := os.ReadFile(p); err != nil || string(b) != "ok" || info.Mode().Perm() != 0o600 {
		t.Errorf("content %q, mode %v", b, info.Mode())
	}
}

func TestCorruptErrorIsErrCorrupt(t *testing.T) {
	cause := errors.New("bad page")
	err := fmt.Errorf("open: %w", &CorruptError{Path: "/d/trainerkit.db", Aside: "/d/x", Reason: "junk", Err: cause})
	var ce *CorruptError
	if !errors.Is(err, ErrCorrupt) || !errors.Is(err, cause) || !errors.As(err, &ce) || ce.Aside != "/d/x" {
		t.Errorf("%v", err)
	}
	if BackupDir("/d") != filepath.Join("/d", "backups") {
		t.Errorf("backups folder %s", BackupDir("/d"))
	}
}
