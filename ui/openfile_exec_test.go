//go:build !windows

package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// waitForFile waits for a file another process writes, up to a minute on
// a busy machine, and returns its content.
func waitForFile(t *testing.T, p string) string {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if b, err := os.ReadFile(p); err == nil && strings.HasSuffix(string(b), "\n") {
			return string(b)
		}
	}
	t.Fatalf("%s was never written", p)
	return ""
}

// The system's opener (xdg-open, macOS's open) gets the file's absolute path
// as one argument, spaces, accents and quotes untouched.
func TestOpenFileRunsSystemOpener(t *testing.T) {
	bin := t.TempDir()
	record := filepath.Join(t.TempDir(), "argv.txt")
	// Shell built-ins only: PATH holds nothing but the fake opener.
	script := "#!/bin/sh\n{ for a in \"$@\"; do printf '[%s]' \"$a\"; done; echo; } > '" + record + "'\n"
	if err := os.WriteFile(filepath.Join(bin, opener), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin)
	dir := filepath.Join(t.TempDir(), "Séances d'Élodie")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	pdf := filepath.Join(dir, `Livret "Café" – n°2.pdf`)
	if err := os.WriteFile(pdf, []byte("%PDF"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := openFile(pdf); err != nil {
		t.Fatal(err)
	}
	if got, want := waitForFile(t, record), "["+pdf+"]\n"; got != want {
		t.Errorf("the opener got %q, want %q", got, want)
	}
}

// Without an opener (a minimal system), the error says what was being
// opened, for the message the trainer sees.
func TestOpenFileWithoutOpener(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	p := filepath.Join(t.TempDir(), "livret.pdf")
	err := openFile(p)
	if err == nil || !strings.Contains(err.Error(), p) {
		t.Errorf("error %v, want one naming %s", err, p)
	}
}
