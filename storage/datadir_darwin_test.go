package storage

import (
	"testing"
)

// On macOS the data live where Mac applications keep theirs, in the user's
// Library (Time Machine backs it up).
func TestDefaultDirMacOS(t *testing.T) {
	t.Setenv("TRAINERKIT_DATA", "")
	t.Setenv("HOME", "/Users/zoe")
	d, err := DefaultDir()
	if err != nil {
		t.Fatal(err)
	}
	if want := "/Users/zoe/Library/Application Support/trainerkit"; d != want {
		t.Errorf("DefaultDir %q, want %q", d, want)
	}
}
