//go:build linux

package storage

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/course/session"
)

// These tests run this test binary again as a child process (childEnv set
// to what it should do), for what a test cannot do to itself: be killed,
// or have the system refuse to grow a file.

const childEnv = "TRAINERKIT_STORAGE_CHILD"

// TestChild is the child process; it does nothing in a normal run.
func TestChild(t *testing.T) {
	what, dir, _ := strings.Cut(os.Getenv(childEnv), ":")
	switch what {
	case "":
		return
	case "export":
		// A pack export that never ends: the parent kills it mid-write.
		err := datafile.WriteFile(filepath.Join(dir, "x.stkpack"), 0o600, func(w io.Writer) error {
			fmt.Fprintln(w, "participants: lea@example.org, ada@example.org")
			fmt.Println("WRITING")
			time.Sleep(time.Minute)
			return nil
		})
		fmt.Println("ERR", err)
	case "full":
		// A disk that fills up: files may not grow past 512 kB.
		signal.Ignore(syscall.SIGXFSZ)
		lim := &syscall.Rlimit{Cur: 512 << 10, Max: 512 << 10}
		if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, lim); err != nil {
			fmt.Println("ERR setrlimit", err)
			return
		}
		db, err := Open(dir)
		if err != nil {
			fmt.Println("ERR open", err)
			return
		}
		s, _ := session.New("Atelier", "2026-01-01", 1, "fr")
		if err := db.SaveSession(s); err != nil {
			fmt.Println("ERR session", err)
			return
		}
		ps := make([]session.Participant, 20000)
		for i := range ps {
			ps[i] = session.Participant{FirstName: "Léa", LastName: fmt.Sprintf("Rémy %d", i), Email: fmt.Sprintf("lea%d@example.org", i)}
		}
		err = db.SaveParticipants(s.ID, ps)
		fmt.Printf("FULL %v %v\n", errors.Is(err, ErrDiskFull), err)
		db.Close()
	}
}

// runChild starts the child and returns it with its output, line by line.
func runChild(t *testing.T, what, dir string) (*exec.Cmd, *bufio.Scanner) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestChild$", "-test.v=false")
	cmd.Env = append(os.Environ(), childEnv+"="+what+":"+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, bufio.NewScanner(out)
}

// A pack export killed while writing leaves nothing in the folder: the file
// being written has no name until it is complete.
func TestKilledExportLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	cmd, out := runChild(t, "export", dir)
	for out.Scan() && out.Text() != "WRITING" {
	}
	cmd.Process.Kill()
	cmd.Wait()
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Errorf("a killed export left %v", entries)
	}
}

// The issue: a full disk while saving participants was not said as "the
// disk is full".
func TestDiskFullWhileSavingParticipants(t *testing.T) {
	dir := t.TempDir()
	cmd, out := runChild(t, "full", dir)
	var last string
	for out.Scan() {
		if l := out.Text(); strings.HasPrefix(l, "FULL") || strings.HasPrefix(l, "ERR") {
			last = l
		}
	}
	cmd.Wait()
	if !strings.HasPrefix(last, "FULL true") {
		t.Fatalf("child said %q", last)
	}
	// What was committed before is whole.
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ss, err := db.Sessions()
	if err != nil || len(ss) != 1 || ss[0].Participants != 0 {
		t.Errorf("after the full disk: %+v %v", ss, err)
	}
}

// Where the compacted copy cannot be linked into place, it is published as
// a copy of itself and the data file opened again: what is written next
// lands in the data file.
func TestCompactionWithoutLink(t *testing.T) {
	newTempFile = func(path string) (*tempFile, error) {
		// A file without a name that link cannot give one.
		f, err := os.CreateTemp(filepath.Dir(path), "gone")
		if err == nil {
			err = os.Remove(f.Name())
		}
		return &tempFile{File: f}, err
	}
	defer func() { newTempFile = datafile.NewTemp }()
	dir := t.TempDir()
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	first := newSession(t, db, "Avant", "2026-01-01")
	if _, err := db.rewrite(nil, ""); err != nil {
		t.Fatal(err)
	}
	second := newSession(t, db, "Après", "2026-01-02")
	db.Close()
	db, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range []string{first.ID, second.ID} {
		if _, err := db.Session(s); err != nil {
			t.Errorf("session %s: %v", s, err)
		}
	}
	if entries, _ := filepath.Glob(filepath.Join(dir, ".*")); len(entries) != 0 {
		t.Errorf("left %v", entries)
	}
}
