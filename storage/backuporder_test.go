package storage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Backups dated in the future (a clock set ahead once) no longer make each
// new backup look oldest and get deleted as it is made: the order is the
// one they were made in.
func TestBackupsOrderedByWhenMadeNotByName(t *testing.T) {
	db := openTemp(t)
	ahead := time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < KeepBackups; i++ {
		if _, err := db.createBackup(ahead.Add(time.Duration(i)*time.Hour), nil); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC)
	var made []Backup
	for i := 0; i < 3; i++ {
		b, err := db.createBackup(now.Add(time.Duration(i)*24*time.Hour), nil)
		if err != nil {
			t.Fatal(err)
		}
		made = append(made, b)
		if _, err := os.Stat(b.Path); err != nil {
			t.Fatalf("backup %d was deleted by its own pruning", i)
		}
	}
	list, err := db.Backups()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != KeepBackups {
		t.Fatalf("%d backups", len(list))
	}
	for i := 0; i < 3; i++ {
		if list[i].Name != made[2-i].Name {
			t.Errorf("position %d: %s, want %s", i, list[i].Name, made[2-i].Name)
		}
	}
	for i := 1; i < len(list); i++ {
		if list[i-1].Seq <= list[i].Seq {
			t.Errorf("not in the order made: %d before %d", list[i-1].Seq, list[i].Seq)
		}
	}
	// The three oldest future-dated ones went.
	for _, b := range list[3:] {
		if !strings.HasPrefix(b.Name, "trainerkit-2031") {
			t.Errorf("kept %s", b.Name)
		}
	}
	if strings.Contains(strings.Join(names(list), " "), "trainerkit-20310101-000000.db") {
		t.Error("the oldest backup was kept")
	}
}

func names(bs []Backup) []string {
	var out []string
	for _, b := range bs {
		out = append(out, b.Name)
	}
	return out
}

// A lost index leaves the backups usable: they are ordered by their names,
// after every backup made since.
func TestBackupIndexLost(t *testing.T) {
	db := openTemp(t)
	old, _ := db.createBackup(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), nil)
	os.WriteFile(filepath.Join(BackupDir(db.Dir()), indexName), []byte("{damaged"), 0o600)
	newer, err := db.createBackup(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), nil)
	if err != nil {
		t.Fatal(err)
	}
	list, _ := db.Backups()
	if len(list) != 2 || list[0].Name != newer.Name || list[1].Name != old.Name || list[1].Seq != 0 {
		t.Errorf("%+v", list)
	}
}

// ListBackups reads each backup in full and says which are damaged.
func TestListBackupsMarksDamaged(t *testing.T) {
	dir := t.TempDir()
	fillDB(t, dir)
	db, _ := Open(dir)
	day := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	var bs []Backup
	for i := 0; i < 3; i++ {
		b, err := db.createBackup(day.Add(time.Duration(i)*24*time.Hour), nil)
		if err != nil {
			t.Fatal(err)
		}
		bs = append(bs, b)
	}
	db.Close()
	os.Truncate(bs[0].Path, 3*4096)              // damaged pages: unusable
	flipEvery(t, bs[1].Path, "lea1@example.org") // one damaged record: usable
	list, err := ListBackups(dir)
	if err != nil {
		t.Fatal(err)
	}
	state := map[string]string{}
	for _, b := range list {
		switch {
		case b.Sound():
			state[b.Name] = "sound"
		case b.Usable:
			state[b.Name] = "records"
		default:
			state[b.Name] = "unusable"
		}
	}
	if state[bs[0].Name] != "unusable" || state[bs[1].Name] != "records" || state[bs[2].Name] != "sound" {
		t.Errorf("%v", state)
	}
	// A backup with a damaged record can be restored by name (the record
	// stays left out); RestoreLatest takes the newest sound one.
	if _, err := Restore(dir, bs[1].Name); err != nil {
		t.Errorf("restore a backup with one damaged record: %v", err)
	}
	if got, _, err := RestoreLatest(dir); err != nil || got.Name != bs[2].Name {
		t.Errorf("restore latest: %v %v", got.Name, err)
	}
}

// flipEvery changes one byte of each occurrence of needle in the file.
func flipEvery(t *testing.T, path, needle string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	n := strings.Count(string(b), needle)
	if n == 0 {
		t.Fatalf("%q not in %s", needle, path)
	}
	s := strings.ReplaceAll(string(b), needle, strings.ToUpper(needle[:1])+needle[1:])
	os.WriteFile(path, []byte(s), 0o600)
}

// When the newest backups are of a file with damaged records, the last
// sound one is never pruned.
func TestNewestSoundBackupNeverPruned(t *testing.T) {
	dir := t.TempDir()
	fillDB(t, dir)
	db, _ := Open(dir)
	day := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	good, err := db.createBackup(day, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	flipEvery(t, filepath.Join(dir, FileName), "lea7@example.org")
	db, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if len(db.Damaged()) != 1 {
		t.Fatalf("damaged: %v", db.Damaged())
	}
	for i := 1; i <= 2*KeepBackups; i++ {
		b, err := db.createBackup(day.Add(time.Duration(i)*24*time.Hour), nil)
		if err != nil || b.Sound() || !b.Usable {
			t.Fatalf("backup %d: %+v %v", i, b, err)
		}
	}
	list, _ := db.Backups()
	if len(list) != KeepBackups+1 || list[len(list)-1].Name != good.Name || !list[len(list)-1].Sound() {
		t.Errorf("%v", names(list))
	}
}
