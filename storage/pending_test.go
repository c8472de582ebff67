package storage

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The first finding: after a damaged file was set aside, quitting or
// running any command made the next start open an empty file without a
// word, the daily backup copied it, and a week later the last good backup
// was pruned. Now the decision stays until the trainer makes it.
func TestDamagedFileStaysADecision(t *testing.T) {
	dir := t.TempDir()
	id := fillDB(t, dir)
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	good, err := db.createBackup(time.Now().Add(-48*time.Hour), nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	p := filepath.Join(dir, FileName)
	os.WriteFile(p, []byte("not a data file, but long enough to be looked at closely"), 0o600)

	var first *CorruptError
	for i := 0; i < 5; i++ { // every start and every command
		_, err := Open(dir)
		var ce *CorruptError
		if !errors.As(err, &ce) || !errors.Is(err, ErrPending) || !ce.Pending {
			t.Fatalf("open %d: %v", i, err)
		}
		if i == 0 {
			first = ce
		} else if ce.Aside != first.Aside || ce.Reason != first.Reason || !ce.Found.Equal(first.Found) {
			t.Errorf("open %d says %+v, first said %+v", i, ce, first)
		}
		for _, s := range []string{"trainerkit backup restore", "trainerkit backup start-fresh", first.Aside} {
			if !strings.Contains(err.Error(), s) {
				t.Errorf("the message does not name %q: %v", s, err)
			}
		}
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Fatal("an empty data file was made while the decision is awaited")
		}
	}
	if ce, ok := Pending(dir); !ok || ce.Aside != first.Aside {
		t.Errorf("Pending: %v %v", ce, ok)
	}
	// The backups are still listed and whole; restoring decides.
	list, err := ListBackups(dir)
	if err != nil || len(list) != 1 || !list[0].Sound() {
		t.Fatalf("backups while pending: %+v %v", list, err)
	}
	if _, err := Restore(dir, good.Name); err != nil {
		t.Fatal(err)
	}
	if _, ok := Pending(dir); ok {
		t.Error("still pending after a restore")
	}
	db, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if ps, _ := db.Participants(id); len(ps) != 50 {
		t.Errorf("%d participants after the restore", len(ps))
	}
	db.Close()
	if _, err := os.Stat(first.Aside); err != nil {
		t.Errorf("the damaged file was not kept: %v", err)
	}
}

func TestStartFreshDecides(t *testing.T) {
	dir := t.TempDir()
	fillDB(t, dir)
	db, _ := Open(dir)
	if _, err := db.CreateBackup(); err != nil {
		t.Fatal(err)
	}
	db.Close()
	os.WriteFile(filepath.Join(dir, FileName), []byte("garbage garbage garbage garbage garbage garbage garbage garbage garbage garbage"), 0o600)
	if _, err := Open(dir); !errors.Is(err, ErrPending) {
		t.Fatal(err)
	}
	aside, err := StartFresh(dir)
	if err != nil || aside != "" {
		t.Fatalf("start fresh: %q %v", aside, err)
	}
	db, err = Open(dir)
	if err != nil {
		t.Fatalf("open after start fresh: %v", err)
	}
	defer db.Close()
	if ss, _ := db.Sessions(); len(ss) != 0 {
		t.Errorf("%d sessions in the fresh file", len(ss))
	}
	// The fresh file is backed up like any other from now on.
	if _, _, err := db.AutoBackup(time.Now()); err != nil {
		t.Error(err)
	}
}

// No backup is taken while a decision is awaited, whoever asks.
func TestNoBackupWhilePending(t *testing.T) {
	db := openTemp(t)
	if err := writePending(db.Dir(), pending{Path: db.Path(), Aside: db.Path() + ".corrupt-x", Reason: "test", Found: time.Now()}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := db.AutoBackup(time.Now()); !errors.Is(err, ErrPending) {
		t.Errorf("auto backup while pending: %v", err)
	}
	if _, err := db.CreateBackup(); !errors.Is(err, ErrPending) {
		t.Errorf("backup while pending: %v", err)
	}
	if list, _ := ListBackups(db.Dir()); len(list) != 0 {
		t.Errorf("backups made: %v", list)
	}
}

// A data file that vanished while backups exist is reported, not replaced
// by an empty one without a word.
func TestMissingDataFileWithBackups(t *testing.T) {
	dir := t.TempDir()
	fillDB(t, dir)
	db, _ := Open(dir)
	b, err := db.CreateBackup()
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	os.Remove(filepath.Join(dir, FileName))
	_, err = Open(dir)
	var ce *CorruptError
	if !errors.As(err, &ce) || !ce.Pending || !strings.Contains(ce.Reason, "missing") {
		t.Fatalf("open without the data file: %v", err)
	}
	if _, err := Open(dir); !errors.Is(err, ErrPending) {
		t.Errorf("second open: %v", err)
	}
	if got, _, err := RestoreLatest(dir); err != nil || got.Name != b.Name {
		t.Fatalf("restore latest: %v %v", got, err)
	}
	db, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
}

// A note that cannot be read still means a decision is awaited.
func TestUnreadablePendingNote(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(pendingPath(dir), []byte("{not json"), 0o600)
	_, err := Open(dir)
	var ce *CorruptError
	if !errors.As(err, &ce) || !ce.Pending || ce.Reason == "" {
		t.Fatalf("%v", err)
	}
}
