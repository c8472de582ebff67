package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/locales"
	"github.com/socialtech/trainerkit/storage"
)

// dataWithBackup makes a data folder holding one session and one backup of
// it, then damages the data file; it returns the folder and Open's error.
func dataWithBackup(t *testing.T, backup bool) (string, error) {
	t.Helper()
	dir := t.TempDir()
	db, err := storage.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := session.New("Avant la panne", "2026-12-07", 1, "fr")
	if err := db.SaveSession(s); err != nil {
		t.Fatal(err)
	}
	if backup {
		if _, err := db.CreateBackup(); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	if err := os.WriteFile(filepath.Join(dir, storage.FileName), []byte("junk, not a database at all"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = storage.Open(dir)
	if !errors.Is(err, storage.ErrCorrupt) {
		t.Fatalf("Open on junk: %v", err)
	}
	return dir, err
}

// findButton finds a button whose label starts with prefix in the window.
func findButton(t *testing.T, w fyne.Window, prefix string) *widget.Button {
	t.Helper()
	var found *widget.Button
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch c := o.(type) {
		case *widget.Button:
			if found == nil && strings.HasPrefix(c.Text, prefix) {
				found = c
			}
		case *fyne.Container:
			for _, ch := range c.Objects {
				walk(ch)
			}
		case *container.Scroll:
			walk(c.Content)
		}
	}
	walk(w.Content())
	if found == nil {
		t.Fatalf("no button %q in the start window", prefix)
	}
	return found
}

// startWindow runs the app's start on the error, without a display: ui's
// start window, whose ways on go back through the starter.
func startWindow(t *testing.T, dir string, openErr error) (*starter, fyne.Window) {
	t.Helper()
	stderr = io.Discard
	t.Cleanup(func() { stderr = os.Stderr })
	a := test.NewTempApp(t)
	s := &starter{a: a, dir: dir, tr: locales.New("en")}
	sw := s.askAtStart(openErr)
	t.Cleanup(func() {
		if s.db != nil {
			s.db.Close()
		}
	})
	if s.code != 1 {
		t.Fatalf("exit code %d while the data file is not open", s.code)
	}
	return s, sw.Window()
}

func TestStartWindowRestoresLatest(t *testing.T) {
	dir, err := dataWithBackup(t, true)
	s, w := startWindow(t, dir, err)
	test.Tap(findButton(t, w, "Restore the latest backup (today at "))
	if s.db == nil || s.mw == nil || s.code != 0 {
		t.Fatalf("not started after restoring: db %v, code %d", s.db, s.code)
	}
	list, _ := s.db.Sessions()
	if len(list) != 1 || list[0].Title != "Avant la panne" {
		t.Errorf("restored data: %+v", list)
	}
	if s.mw.OnRestore == nil {
		t.Error("the main window cannot restore from the settings")
	}
}

func TestStartWindowStartsFresh(t *testing.T) {
	dir, err := dataWithBackup(t, false)
	s, w := startWindow(t, dir, err)
	test.Tap(findButton(t, w, "Start with an empty file"))
	if s.db == nil || s.code != 0 {
		t.Fatal("not started with an empty file")
	}
	if list, _ := s.db.Sessions(); len(list) != 0 {
		t.Errorf("the new file holds %d sessions", len(list))
	}
	if m, _ := filepath.Glob(filepath.Join(dir, storage.FileName+".corrupt-*")); len(m) != 1 {
		t.Errorf("the damaged file is not kept: %v", m)
	}
}

func TestRestoreFromSettingsRebuildsTheWindow(t *testing.T) {
	dir, err := dataWithBackup(t, true)
	s, w := startWindow(t, dir, err)
	test.Tap(findButton(t, w, "Restore the latest backup"))
	name := mustBackups(t, dir)[0].Name
	s2, _ := session.New("Après", "2026-12-08", 1, "fr")
	s.db.SaveSession(s2)
	old := s.mw
	aside, err := s.mw.OnRestore(name)
	if err != nil || aside == "" {
		t.Fatalf("restore: %q, %v", aside, err)
	}
	if s.mw == old || s.db == nil {
		t.Fatal("the window was not rebuilt on the restored file")
	}
	if list, _ := s.db.Sessions(); len(list) != 1 || list[0].Title != "Avant la panne" {
		t.Errorf("after restore: %+v", list)
	}
	// A backup that is not there: the data stay, the window still works.
	if _, err := s.mw.OnRestore("trainerkit-20000101-000000.db"); !errors.Is(err, storage.ErrNoBackup) {
		t.Errorf("restoring a missing backup: %v", err)
	}
	if _, err := s.db.Sessions(); err != nil {
		t.Errorf("data file not reopened after a failed restore: %v", err)
	}
}

func mustBackups(t *testing.T, dir string) []storage.Backup {
	t.Helper()
	list, err := storage.ListBackups(dir)
	if err != nil || len(list) == 0 {
		t.Fatalf("backups: %v, %v", list, err)
	}
	return list
}
