package datafile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
)

func TestClassify(t *testing.T) {
	for _, c := range sysErrors {
		err := &fs.PathError{Op: "write", Path: "p", Err: c.err}
		got := Classify(err)
		if !errors.Is(got, c.want) || !errors.Is(got, c.err) {
			t.Errorf("%v → %v", err, got)
		}
	}
	other := fmt.Errorf("x: %w", syscall.EIO)
	if Classify(other) != other {
		t.Error("EIO classified")
	}
	// bbolt flattens the error of growing the file to text, in the
	// system's words (Windows: "There is not enough space on the disk.").
	for _, e := range diskFullErrors {
		flat := fmt.Errorf("file resize error: %s", &fs.PathError{Op: "truncate", Path: "p", Err: e})
		if !errors.Is(Classify(flat), ErrDiskFull) || !IsDiskFull(flat) {
			t.Errorf("%v not sorted as a full disk", flat)
		}
	}
	if Classify(nil) != nil {
		t.Error("nil")
	}
	full := sysErrors[2].err // the system's full disk
	if !IsDiskFull(&fs.PathError{Op: "write", Path: "trainerkit.db", Err: full}) || IsDiskFull(other) {
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
	if err != nil {
		t.Fatal(err)
	}
	// Windows keeps who may read a file in its ACL, not in permission bits.
	private := runtime.GOOS == "windows" || info.Mode().Perm() == 0o600
	if b, _ := os.ReadFile(p); string(b) != "ok" || !private {
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
