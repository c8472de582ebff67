package kit_test

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/locales"
	"github.com/socialtech/trainerkit/storage"
)

// damagedData makes a data folder holding one session (and one backup of
// it when asked), then damages the data file; it returns the folder and
// Open's error.
func damagedData(t *testing.T, backup bool) (string, error) {
	t.Helper()
	dir := t.TempDir()
	db, err := storage.Open(dir)
	must(t, err)
	s, _ := session.New("Avant la panne", "2026-12-07", 1, "fr")
	must(t, db.SaveSession(s))
	if backup {
		_, err := db.CreateBackup()
		must(t, err)
	}
	db.Close()
	must(t, os.WriteFile(filepath.Join(dir, datafile.FileName), []byte("junk, not a database at all"), 0o600))
	_, err = storage.Open(dir)
	if !errors.Is(err, datafile.ErrCorrupt) {
		t.Fatalf("Open on junk: %v", err)
	}
	return dir, err
}

func TestDecideStart(t *testing.T) {
	en := locales.New("en")

	dir, err := damagedData(t, true)
	backups, _ := storage.ListBackups(dir)
	o := kit.DecideStart(err, backups)
	if o.Problem != kit.Corrupt || o.Latest == nil || o.Latest.Name != backups[0].Name || !o.Fresh {
		t.Errorf("corrupt with a backup: %+v", o)
	}
	msg := o.Message(en, err, dir)
	if !strings.Contains(msg, "could not be read") || !strings.Contains(msg, o.Corrupt.Aside) || !strings.Contains(msg, "latest backup") {
		t.Errorf("corrupt with a backup says:\n%s", msg)
	}

	dir, err = damagedData(t, false)
	o = kit.DecideStart(err, nil)
	if o.Problem != kit.Corrupt || o.Latest != nil || !o.Fresh {
		t.Errorf("corrupt without backups: %+v", o)
	}
	if msg := o.Message(en, err, dir); !strings.Contains(msg, "no backup") || !strings.Contains(msg, "nothing was deleted") {
		t.Errorf("corrupt without backups says:\n%s", msg)
	}

	// Another kit holds the file: nothing to offer but quitting.
	dir = t.TempDir()
	db, err := storage.Open(dir)
	must(t, err)
	_, err = storage.Open(dir)
	db.Close()
	o = kit.DecideStart(err, backups)
	if o.Problem != kit.AlreadyOpen || o.Latest != nil || o.Fresh {
		t.Errorf("already open (%v): %+v", err, o)
	}
	if msg := o.Message(en, err, dir); msg != en.T("error_already_open") {
		t.Errorf("already open says %q", msg)
	}

	// A read-only data folder, as storage reports it (tests may run as root,
	// for whom no folder is read-only).
	err = fmt.Errorf("create data folder /srv/kit: %w", fmt.Errorf("%w (%w)", datafile.ErrNoPermission, fs.ErrPermission))
	o = kit.DecideStart(err, backups)
	if o.Problem != kit.NoPermission || o.Latest != nil || o.Fresh {
		t.Errorf("no permission: %+v", o)
	}
	if msg := o.Message(en, err, "/srv/kit"); !strings.Contains(msg, "not allowed to write") || !strings.Contains(msg, "/srv/kit") {
		t.Errorf("no permission says:\n%s", msg)
	}

	// Anything else: the error behind a plain sentence, and quit.
	err = errors.New("the folder vanished")
	o = kit.DecideStart(err, backups)
	if msg := o.Message(en, err, "/srv/kit"); o.Problem != kit.Unknown || o.Fresh || !strings.HasSuffix(msg, "Details: the folder vanished") {
		t.Errorf("unknown problem %+v says:\n%s", o, msg)
	}
}
