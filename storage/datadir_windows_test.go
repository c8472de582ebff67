package storage

import (
	"testing"
)

// On Windows the data live in the roaming application data folder, which
// follows the trainer from one computer of an office network to another.
func TestDefaultDirWindows(t *testing.T) {
	t.Setenv("TRAINERKIT_DATA", "")
	t.Setenv("APPDATA", `C:\Users\Zoé Lefèvre\AppData\Roaming`)
	d, err := DefaultDir()
	if err != nil {
		t.Fatal(err)
	}
	if want := `C:\Users\Zoé Lefèvre\AppData\Roaming\trainerkit`; d != want {
		t.Errorf("DefaultDir %q, want %q", d, want)
	}
}
