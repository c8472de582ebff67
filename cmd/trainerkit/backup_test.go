package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/storage"
)

func TestBackupCLI(t *testing.T) {
	data := t.TempDir()
	if code, out, errOut := runCLI(t, "--data", data, "backup", "list"); code != 0 || out != "" || !strings.Contains(errOut, "no backups yet") {
		t.Errorf("empty list: %d %q %q", code, out, errOut)
	}
	code, out, errOut := runCLI(t, "--data", data, "session", "new", "--title", "Avant", "--start", "2026-12-07")
	if code != 0 {
		t.Fatalf("session new: %s", errOut)
	}
	before := strings.TrimSpace(out)
	code, out, errOut = runCLI(t, "--data", data, "backup", "create")
	name := strings.TrimSpace(out)
	if code != 0 || !strings.HasPrefix(name, "trainerkit-") || !strings.HasSuffix(name, ".db") {
		t.Fatalf("create: %d %q %q", code, out, errOut)
	}
	code, out, _ = runCLI(t, "--data", data, "backup", "list")
	if code != 0 || !strings.HasPrefix(out, name+"  ") || !strings.Contains(out, "kB") {
		t.Errorf("list: %d %q", code, out)
	}
	if code, _, _ := runCLI(t, "--data", data, "session", "new", "--title", "Après", "--start", "2026-12-08"); code != 0 {
		t.Fatal("second session")
	}

	// Refused while the kit holds the data file, and nothing changes.
	db, err := storage.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	code, _, errOut = runCLI(t, "--data", data, "backup", "restore", name)
	db.Close()
	if code != 1 || !strings.Contains(errOut, "close it") || !strings.Contains(errOut, "Nothing was changed") {
		t.Errorf("restore while open: %d %q", code, errOut)
	}

	code, out, errOut = runCLI(t, "--data", data, "backup", "restore", name)
	if code != 0 || !strings.Contains(out, "restored "+name) || !strings.Contains(out, "before-restore-") {
		t.Fatalf("restore: %d %q %q", code, out, errOut)
	}
	_, out, _ = runCLI(t, "--data", data, "session", "list")
	if !strings.Contains(out, before) || strings.Contains(out, "Après") {
		t.Errorf("after restore: %q", out)
	}
	if m, _ := filepath.Glob(filepath.Join(data, storage.FileName+".before-restore-*")); len(m) != 1 {
		t.Errorf("replaced file not kept: %v", m)
	}
}

func TestBackupCLIErrors(t *testing.T) {
	data := t.TempDir()
	t.Setenv("TRAINERKIT_DATA", data)
	for _, args := range [][]string{{"backup"}, {"backup", "frobnicate"}, {"backup", "restore"}, {"backup", "restore", "a", "b"}, {"backup", "list", "--bogus"}, {"backup", "create", "extra"}} {
		if code, _, errOut := runCLI(t, args...); code != 2 || !strings.Contains(errOut, "Usage:") {
			t.Errorf("%v: %d %q", args, code, errOut)
		}
	}
	for _, name := range []string{"trainerkit-20990101-000000.db", "../../etc/passwd"} {
		code, _, errOut := runCLI(t, "backup", "restore", name)
		if code != 1 || !strings.Contains(errOut, "trainerkit backup list") {
			t.Errorf("restore %s: %d %q", name, code, errOut)
		}
	}
	// TRAINERKIT_DATA is honoured.
	if code, out, _ := runCLI(t, "backup", "create"); code != 0 {
		t.Errorf("create: %d", code)
	} else if _, err := os.Stat(filepath.Join(data, storage.BackupFolder, strings.TrimSpace(out))); err != nil {
		t.Error(err)
	}
}

// A damaged data file: the command says so and where the file was kept, and
// a backup restores the data.
func TestCorruptDataFileCLI(t *testing.T) {
	data := t.TempDir()
	if code, _, _ := runCLI(t, "--data", data, "session", "new", "--title", "Gardée", "--start", "2026-12-07"); code != 0 {
		t.Fatal("session new")
	}
	_, out, _ := runCLI(t, "--data", data, "backup", "create")
	name := strings.TrimSpace(out)
	os.WriteFile(filepath.Join(data, storage.FileName), []byte("PK\x03\x04 not a database"), 0o600)
	t.Setenv("LC_ALL", "en_GB.UTF-8")
	// The first command and every one after it, until a decision, say what
	// happened, where the file is and the two commands that decide.
	for _, args := range [][]string{{"session", "list"}, {"session", "list"}, {"modules"}, {"backup", "list"}} {
		code, _, errOut := runCLI(t, append([]string{"--data", data}, args...)...)
		if !strings.Contains(errOut, "could not be read") || !strings.Contains(errOut, ".corrupt-") ||
			!strings.Contains(errOut, "trainerkit backup restore NAME") || !strings.Contains(errOut, "trainerkit backup start-fresh") {
			t.Errorf("%v with a damaged file: %d %q", args, code, errOut)
		}
		if args[0] == "session" && code != 1 {
			t.Errorf("%v ran on a damaged file: %d", args, code)
		}
		if strings.Count(errOut, "could not be read") != 1 {
			t.Errorf("%v says it more than once: %q", args, errOut)
		}
	}
	if code, _, errOut := runCLI(t, "--data", data, "backup", "restore", name); code != 0 || strings.Contains(errOut, "could not be read") {
		t.Fatalf("restore: %d %q", code, errOut)
	}
	if _, out, errOut := runCLI(t, "--data", data, "session", "list"); !strings.Contains(out, "Gardée") || errOut != "" {
		t.Errorf("after restore: %q %q", out, errOut)
	}
}

// start-fresh decides about a damaged file; on a sound one it asks for
// --yes, and keeps the file it replaces.
func TestStartFreshCLI(t *testing.T) {
	t.Setenv("LC_ALL", "fr_FR.UTF-8")
	data := t.TempDir()
	if code, _, _ := runCLI(t, "--data", data, "session", "new", "--title", "Gardée", "--start", "2026-12-07"); code != 0 {
		t.Fatal("session new")
	}
	if code, _, errOut := runCLI(t, "--data", data, "backup", "start-fresh"); code != 1 || !strings.Contains(errOut, "--yes") {
		t.Errorf("start-fresh on a sound file: %d %q", code, errOut)
	}
	os.WriteFile(filepath.Join(data, storage.FileName), []byte("not a database"), 0o600)
	if code, _, errOut := runCLI(t, "--data", data, "session", "list"); code != 1 || !strings.Contains(errOut, "n'a pas pu être lu") {
		t.Errorf("in French: %d %q", code, errOut)
	}
	if code, out, errOut := runCLI(t, "--data", data, "backup", "start-fresh"); code != 0 || !strings.Contains(out, "empty") {
		t.Fatalf("start-fresh: %d %q %q", code, out, errOut)
	}
	code, out, errOut := runCLI(t, "--data", data, "session", "list")
	if code != 0 || errOut != "" || strings.Contains(out, "Gardée") {
		t.Errorf("after start-fresh: %d %q %q", code, out, errOut)
	}
	if matches, _ := filepath.Glob(filepath.Join(data, storage.FileName+".corrupt-*")); len(matches) != 1 {
		t.Errorf("the damaged file is not kept: %v", matches)
	}
}
