package kit_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/storage"
)

// storage.DB is the store every flow of the kit runs on.
var (
	_ kit.ParticipantStore = (*storage.DB)(nil)
	_ kit.SessionReader    = (*storage.DB)(nil)
	_ kit.PackStore        = (*storage.DB)(nil)
	_ kit.ResultStore      = (*storage.DB)(nil)
)

// openDB opens a data file in a temporary folder.
func openDB(t *testing.T) *storage.DB {
	t.Helper()
	db, err := storage.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// pdfText reads a PDF back with pdftotext (poppler-utils), on one line.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed (poppler-utils): scripts/setup-debian.sh installs it")
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
