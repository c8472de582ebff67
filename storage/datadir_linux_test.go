package storage

import (
	"testing"
)

// On Linux the data follow the XDG convention: $XDG_CONFIG_HOME, or
// ~/.config when it is not set.
func TestDefaultDirLinux(t *testing.T) {
	t.Setenv("TRAINERKIT_DATA", "")
	t.Setenv("HOME", "/home/zoe")
	t.Setenv("XDG_CONFIG_HOME", "")
	if d, err := DefaultDir(); err != nil || d != "/home/zoe/.config/trainerkit" {
		t.Errorf("DefaultDir %q, %v", d, err)
	}
	t.Setenv("XDG_CONFIG_HOME", "/srv/conf")
	if d, err := DefaultDir(); err != nil || d != "/srv/conf/trainerkit" {
		t.Errorf("with XDG_CONFIG_HOME: %q, %v", d, err)
	}
}
