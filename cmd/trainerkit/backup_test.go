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
	code, _, errOut := runCLI(t, "--data", data, "session", "list")
	if code != 1 || !strings.Contains(errOut, "damaged") || !strings.Contains(errOut, ".corrupt-") {
		t.Errorf("corrupt file: %d %q", code, errOut)
	}
	if code, _, errOut := runCLI(t, "--data", data, "backup", "restore", name); code != 0 {
		t.Fatalf("restore: %q", errOut)
	}
	if _, out, _ := runCLI(t, "--data", data, "session", "list"); !strings.Contains(out, "Gardée") {
		t.Errorf("after restore: %q", out)
	}
}
