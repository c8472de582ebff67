package storage

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

// deepDir is a folder named as trainers name theirs (accents, spaces,
// apostrophes, dashes), nested until its path is longer than the 260
// characters old Windows programs stop at.
func deepDir(t *testing.T) string {
	t.Helper()
	dir := wineSafeTempDir(t)
	for len(dir) < 300 {
		dir = filepath.Join(dir, "Formations ESS – séances d'Élodie à Besançon")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// The data folder may sit anywhere a trainer's account reaches: deep in a
// synchronised folder, under names with accents. Open, write, back up,
// restore and reopen all work there.
func TestDataFolderDeepAndAccented(t *testing.T) {
	data := filepath.Join(deepDir(t), "Données du kit")
	db, err := Open(data)
	if err != nil {
		t.Fatal(err)
	}
	s := newSession(t, db, "Numérique responsable – Café associatif", "2026-12-01")
	b, err := db.CreateBackup()
	if err != nil {
		db.Close()
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := Restore(data, b.Name); err != nil {
		t.Fatal(err)
	}
	db, err = Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	got, err := db.Session(s.ID)
	if err != nil || got.Title != s.Title {
		t.Fatalf("after restore: %+v, %v", got, err)
	}
	bs, err := ListBackups(data)
	if err != nil || len(bs) != 1 || bs[0].Path != filepath.Join(data, BackupFolder, b.Name) {
		t.Errorf("backups %+v, %v", bs, err)
	}
}

// Exported documents take the names the trainer gives them.
func TestWriteFileAtomicDeepAndAccented(t *testing.T) {
	p := filepath.Join(deepDir(t), "Feuille d'émargement – Séance n°2 (Besançon).pdf")
	if err := WriteFileAtomic(p, func(w io.Writer) error {
		_, err := io.WriteString(w, "%PDF-1.4 Zoé")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(p)
	if err != nil || string(b) != "%PDF-1.4 Zoé" {
		t.Fatalf("read back %q, %v", b, err)
	}
	entries, err := os.ReadDir(filepath.Dir(p))
	if err != nil || len(entries) != 1 { // the file, no temporary file left
		t.Errorf("folder holds %d entries, %v", len(entries), err)
	}
}
