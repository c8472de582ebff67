package ui

import (
	"errors"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/storage"
)

// recordOpens replaces openFile for one test: what would have been opened
// is recorded, and fail, when set, is returned.
func recordOpens(t *testing.T, fail error) *[]string {
	t.Helper()
	var opened []string
	saved := openFile
	openFile = func(path string) error {
		opened = append(opened, path)
		return fail
	}
	t.Cleanup(func() { openFile = saved })
	return &opened
}

// Settings › Backups › Open the folder opens the backups folder with the
// system's file manager; when that fails, the trainer is told.
func TestBackupsOpenFolder(t *testing.T) {
	opened := recordOpens(t, nil)
	mw, db := newSessionWindow(t)
	mw.showSettings()
	tapInTopOverlay(t, mw.win, "Sauvegardes…")
	tapInTopOverlay(t, mw.win, "Ouvrir le dossier")
	if len(*opened) != 1 || (*opened)[0] != storage.BackupDir(db.Dir()) {
		t.Fatalf("opened %q, want the backups folder %s", *opened, storage.BackupDir(db.Dir()))
	}

	*recordOpens(t, errors.New("no file manager")) = nil
	tapInTopOverlay(t, mw.win, "Ouvrir le dossier")
	if msg := topText(mw.win); !strings.Contains(msg, "Aucun programme de cet ordinateur n'a pu l'ouvrir") {
		t.Errorf("a failure to open says:\n%s", msg)
	}
}
