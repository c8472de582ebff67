package ui

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDiscardEmpty(t *testing.T) {
	dir := t.TempDir()
	empty, full := filepath.Join(dir, "empty.pdf"), filepath.Join(dir, "full.pdf")
	os.WriteFile(empty, nil, 0o644)
	os.WriteFile(full, []byte("%PDF"), 0o644)
	discardEmpty(empty)
	discardEmpty(full)
	if _, err := os.Stat(empty); !os.IsNotExist(err) {
		t.Error("the empty file left by a failed export is still there")
	}
	if _, err := os.Stat(full); err != nil {
		t.Error("a file with content was removed")
	}
}

func TestSafeFileName(t *testing.T) {
	if got := safeFileName(" Atelier: données/ESS? "); got != "Atelier- données-ESS-" {
		t.Errorf("safeFileName = %q", got)
	}
	if safeFileName("  ") != "participants" {
		t.Error("an empty title gives no name")
	}
}
