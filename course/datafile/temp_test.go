package datafile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// Where a temporary file has a name (other systems), the next write of the
// same file removes what a killed one left.
func TestLeftTemporaryRemovedByNextWrite(t *testing.T) {
	dir := t.TempDir()
	left := filepath.Join(dir, ".x.stkpack.123.tmp")
	os.WriteFile(left, []byte("lea@example.org"), 0o600)
	old := time.Now().Add(-time.Hour)
	os.Chtimes(left, old, old)
	if err := WriteFileAtomic(filepath.Join(dir, "x.stkpack"), func(w io.Writer) error { _, err := w.Write([]byte("pack")); return err }); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(left); !os.IsNotExist(err) {
		t.Error("the left temporary file is still there")
	}
}

// Where an unnamed file cannot be linked (no /proc), publishing copies it
// into a named temporary file: the result is the same, and nothing is left.
func TestPublishWithoutLink(t *testing.T) {
	linkName = func(*os.File, string) error { return errors.ErrUnsupported }
	defer func() { linkName = linkUnnamed }()
	dir := t.TempDir()
	p := filepath.Join(dir, "export.csv")
	tmp, err := NewTemp(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tmp.WriteString("participants"); err != nil {
		t.Fatal(err)
	}
	if err := tmp.Publish(p, 0o600); err != nil {
		t.Fatal(err)
	}
	tmp.Close()
	if b, err := os.ReadFile(p); err != nil || string(b) != "participants" {
		t.Errorf("%q %v", b, err)
	}
	if info, _ := os.Stat(p); info.Mode().Perm() != 0o600 && runtime.GOOS != "windows" {
		t.Errorf("mode %v", info.Mode())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left %v", entries)
	}
}

// A discarded temporary file leaves nothing, named or not; giving a name
// twice keeps one name.
func TestTempDiscardLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "backup.db")
	tmp, err := NewTemp(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := tmp.GiveName(p); err != nil {
		t.Fatal(err)
	}
	first := tmp.Named()
	if err := tmp.GiveName(p); err != nil || tmp.Named() != first || first == "" {
		t.Errorf("second name %q (first %q): %v", tmp.Named(), first, err)
	}
	tmp.Discard()
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("left %v", entries)
	}
}
