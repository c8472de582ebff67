package storage

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"
)

func TestOpenCreatesAndMigrates(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nested", "data")
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	v, err := db.Version()
	if err != nil || v != SchemaVersion() {
		t.Fatalf("version %d, %v; want %d", v, err, SchemaVersion())
	}
	if _, err := os.Stat(filepath.Join(dir, FileName)); err != nil {
		t.Fatal(err)
	}
}

func TestSettingsRoundTrip(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if db.Setting("ui.lang") != "" {
		t.Error("unset setting not empty")
	}
	if err := db.SetSetting("ui.lang", "fr"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if got := db.Setting("ui.lang"); got != "fr" {
		t.Errorf("after reopen: %q", got)
	}
}

// A second instance must say the kit is open instead of hanging.
func TestSecondOpenSaysAlreadyOpen(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, err = Open(dir)
	if !errors.Is(err, ErrAlreadyOpen) {
		t.Fatalf("second open: %v, want ErrAlreadyOpen", err)
	}
}

// A file from before schema versioning migrates and keeps its data.
func TestMigrateVersion0Fixture(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, "testdata/v0.db", filepath.Join(dir, FileName))
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if v, _ := db.Version(); v != SchemaVersion() {
		t.Errorf("version %d after migration, want %d", v, SchemaVersion())
	}
	if got := db.Setting("ui.content_lang"); got != "it" {
		t.Errorf("data lost in migration: %q", got)
	}
}

func TestNewerFileRefused(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.bolt.Update(func(tx *bolt.Tx) error { return writeVersion(tx, SchemaVersion()+5) }); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(dir); err == nil {
		t.Fatal("a file from a newer kit opened without a word")
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o600); err != nil {
		t.Fatal(err)
	}
}
