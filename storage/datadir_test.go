package storage

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestPortableDir(t *testing.T) {
	dir := wineSafeTempDir(t)
	exe := filepath.Join(dir, "trainerkit.exe")
	if err := os.WriteFile(exe, []byte("MZ"), 0o755); err != nil {
		t.Fatal(err)
	}
	if d, ok := portableDir(exe); ok {
		t.Fatalf("no marker, yet portable in %s", d)
	}
	// A folder named portable is not the marker.
	if err := os.Mkdir(filepath.Join(dir, "portable"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, ok := portableDir(exe); ok {
		t.Fatal("a folder named portable made the kit portable")
	}
	if err := os.Remove(filepath.Join(dir, "portable")); err != nil {
		t.Fatal(err)
	}
	for _, marker := range []string{"portable", "portable.txt"} {
		m := filepath.Join(dir, marker)
		if err := os.WriteFile(m, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		d, ok := portableDir(exe)
		if want := filepath.Join(dir, PortableFolder); !ok || d != want {
			t.Errorf("marker %s: %q, %v; want %q", marker, d, ok, want)
		}
		os.Remove(m)
	}
	if _, ok := portableDir(""); ok {
		t.Error("an unknown program path made the kit portable")
	}
}

// A link to the program (Homebrew's bin, a shortcut) is followed: the marker
// sits beside the real program.
func TestPortableDirFollowsLinks(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need a privilege on Windows")
	}
	real := t.TempDir()
	exe := filepath.Join(real, "trainerkit")
	if err := os.WriteFile(exe, nil, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(real, "portable"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	bin := t.TempDir()
	link := filepath.Join(bin, "trainerkit")
	if err := os.Symlink(exe, link); err != nil {
		t.Fatal(err)
	}
	realDir, _ := filepath.EvalSymlinks(real)
	if d, ok := portableDir(link); !ok || d != filepath.Join(realDir, PortableFolder) {
		t.Errorf("through a link: %q, %v", d, ok)
	}
}

func TestDefaultDirEnvironmentFirst(t *testing.T) {
	want := filepath.Join(wineSafeTempDir(t), "Données de formation")
	t.Setenv("TRAINERKIT_DATA", want)
	if d, err := DefaultDir(); err != nil || d != want {
		t.Errorf("DefaultDir %q, %v; want %q", d, err, want)
	}
}
