package storage

import (
	"os"
	"path/filepath"
	"testing"
)

// wineSafeTempDir is t.TempDir emptied file by file. The tests of Windows
// paths also run under Wine (scripts/windows-wine-test.sh), and Wine 8
// lacks the call os.RemoveAll makes on Windows (FileDispositionInformationEx),
// which fails t.TempDir's clean-up; os.Remove works. The kit itself never
// calls os.RemoveAll.
func wineSafeTempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "trainerkit-test-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { removeTree(dir) })
	return dir
}

func removeTree(dir string) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		if e.IsDir() {
			removeTree(p)
		} else {
			os.Remove(p)
		}
	}
	os.Remove(dir)
}
