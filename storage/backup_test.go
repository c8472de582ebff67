package storage

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/socialtech/trainerkit/course/session"
)

func TestAutoBackupOncePerDayKeepsSeven(t *testing.T) {
	dir := t.TempDir()
	fillDB(t, dir)
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	day0 := time.Date(2026, 3, 1, 8, 30, 0, 0, time.UTC)
	b, made, err := db.AutoBackup(day0)
	if err != nil || !made || b.Name != "trainerkit-20260301-083000.db" {
		t.Fatalf("first backup: %+v %v %v", b, made, err)
	}
	if _, made, _ := db.AutoBackup(day0.Add(23 * time.Hour)); made {
		t.Error("a second backup within a day")
	}
	for d := 1; d <= 9; d++ {
		if _, made, err := db.AutoBackup(day0.Add(time.Duration(d)*25*time.Hour + time.Minute)); err != nil || !made {
			t.Fatalf("day %d: %v %v", d, made, err)
		}
	}
	list, err := db.Backups()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != KeepBackups {
		t.Fatalf("%d backups kept, want %d", len(list), KeepBackups)
	}
	for i := 1; i < len(list); i++ {
		if !list[i-1].Time.After(list[i].Time) {
			t.Errorf("not newest first: %s before %s", list[i-1].Name, list[i].Name)
		}
	}
	if list[len(list)-1].Time.Before(day0.Add(3 * 25 * time.Hour)) {
		t.Errorf("oldest kept %s: the oldest should have gone", list[len(list)-1].Name)
	}
	for _, b := range list {
		if err := VerifyFile(b.Path); err != nil {
			t.Errorf("%s: %v", b.Name, err)
		}
		if info, _ := os.Stat(b.Path); runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 { // Windows: ACLs
			t.Errorf("%s readable by others: %v", b.Name, info.Mode())
		}
	}
	// A clock set back does not stop backups for ever.
	if _, made, _ := db.AutoBackup(day0); !made {
		t.Error("a backup dated in the future blocked the automatic backup")
	}
}

func TestBackupsSameSecond(t *testing.T) {
	db := openTemp(t)
	now := time.Date(2026, 3, 1, 8, 30, 0, 0, time.UTC)
	var names []string
	for i := 0; i < 3; i++ {
		b, err := db.createBackup(now, nil)
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, b.Name)
	}
	want := "trainerkit-20260301-083000.db trainerkit-20260301-083000-2.db trainerkit-20260301-083000-3.db"
	if strings.Join(names, " ") != want {
		t.Errorf("names %v", names)
	}
	list, _ := db.Backups()
	if list[0].Name != names[2] {
		t.Errorf("newest is %s, want %s", list[0].Name, names[2])
	}
}

func TestListBackupsIgnoresOtherFiles(t *testing.T) {
	dir := t.TempDir()
	if list, err := ListBackups(dir); err != nil || len(list) != 0 {
		t.Fatalf("no backups folder: %v %v", list, err)
	}
	bdir := BackupDir(dir)
	os.MkdirAll(bdir, 0o700)
	for _, n := range []string{"notes.txt", ".trainerkit-20260101-000000.db.123.tmp", "trainerkit-2026-01-01.db", "trainerkit-20260101-000000.db"} {
		os.WriteFile(filepath.Join(bdir, n), []byte("x"), 0o600)
	}
	os.Mkdir(filepath.Join(bdir, "trainerkit-20260102-000000.db"), 0o700)
	list, err := ListBackups(dir)
	if err != nil || len(list) != 1 || list[0].Name != "trainerkit-20260101-000000.db" || list[0].Size != 1 {
		t.Errorf("%+v %v", list, err)
	}
}

func TestRestore(t *testing.T) {
	dir := t.TempDir()
	id := fillDB(t, dir)
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := db.CreateBackup()
	if err != nil {
		t.Fatal(err)
	}
	// After the backup: a participant is forgotten, a session added.
	ps, _ := db.Participants(id)
	db.ForgetParticipant(id, ps[0].ID)
	later := newSession(t, db, "Après la sauvegarde", "2026-04-01")
	// Refused while open, by this process as by another.
	if _, err := Restore(dir, b.Name); !errors.Is(err, ErrAlreadyOpen) {
		t.Fatalf("restore while open: %v", err)
	}
	if _, err := StartFresh(dir); !errors.Is(err, ErrAlreadyOpen) {
		t.Fatalf("start fresh while open: %v", err)
	}
	db.Close()
	before, _ := os.ReadFile(filepath.Join(dir, FileName))

	for _, bad := range []string{"../trainerkit.db", "trainerkit-20990101-000000.db", "notes.txt"} {
		if _, err := Restore(dir, bad); !errors.Is(err, ErrNoBackup) {
			t.Errorf("restore %q: %v", bad, err)
		}
	}
	aside, err := Restore(dir, b.Name)
	if err != nil {
		t.Fatal(err)
	}
	if kept, _ := os.ReadFile(aside); string(kept) != string(before) || !strings.Contains(aside, ".before-restore-") {
		t.Errorf("replaced file not kept as it was: %s", aside)
	}
	db, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	// The participant forgotten after the backup was erased from it too.
	if got, _ := db.Participants(id); len(got) != 49 {
		t.Errorf("%d participants after restore, want 49", len(got))
	}
	if _, err := db.Session(later.ID); !errors.Is(err, ErrNotFound) {
		t.Error("the session added after the backup survived the restore")
	}
	db.Close()
	// Restoring again keeps the first replaced file and adds another.
	if aside2, err := Restore(dir, b.Name); err != nil || aside2 == aside {
		t.Fatalf("second restore: %q %v", aside2, err)
	}
	if n := len(asideFiles(t, dir, "before-restore")); n != 2 {
		t.Errorf("%d replaced files kept, want 2", n)
	}
	if entries, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(entries) != 0 {
		t.Errorf("temporary files left: %v", entries)
	}
}

func TestRestoreRefusesDamagedBackup(t *testing.T) {
	dir := t.TempDir()
	fillDB(t, dir)
	db, _ := Open(dir)
	good, err := db.createBackup(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), nil)
	if err != nil {
		t.Fatal(err)
	}
	bad, err := db.createBackup(time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC), nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	os.Truncate(bad.Path, 4096*3)
	before, _ := os.ReadFile(filepath.Join(dir, FileName))
	if _, err := Restore(dir, bad.Name); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("restore of a truncated backup: %v", err)
	}
	if now, _ := os.ReadFile(filepath.Join(dir, FileName)); string(now) != string(before) {
		t.Error("a refused restore changed the data file")
	}
	// RestoreLatest passes over the damaged one.
	got, _, err := RestoreLatest(dir)
	if err != nil || got.Name != good.Name {
		t.Fatalf("restore latest: %v %v", got.Name, err)
	}
	if _, _, err := RestoreLatest(t.TempDir()); !errors.Is(err, ErrNoBackup) {
		t.Errorf("no backups: %v", err)
	}
}

func TestStartFreshKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	fillDB(t, dir)
	aside, err := StartFresh(dir)
	if err != nil || !strings.Contains(aside, ".replaced-") {
		t.Fatalf("%q %v", aside, err)
	}
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if list, _ := db.Sessions(); len(list) != 0 {
		t.Error("fresh file holds sessions")
	}
	if err := VerifyFile(aside); err != nil {
		t.Errorf("old file: %v", err)
	}
}

// enospc is what a write on a full disk returns.
var enospc = &fs.PathError{Op: "write", Path: "x", Err: sysDiskFull}

// failAfter is a writer that fails with ENOSPC after n bytes, as a full
// disk does.
type failAfter struct {
	w io.Writer
	n int
}

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		k, _ := f.w.Write(p[:f.n])
		f.n = 0
		return k, enospc
	}
	f.n -= len(p)
	return f.w.Write(p)
}

func TestFullDiskLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "handout.pdf")
	err := WriteFileAtomic(p, func(w io.Writer) error {
		_, err := (&failAfter{w: w, n: 1000}).Write(make([]byte, 5000))
		return err
	})
	if !errors.Is(err, ErrDiskFull) || !errors.Is(err, sysDiskFull) || !strings.Contains(err.Error(), "disk is full") {
		t.Fatalf("error %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("left %v", entries)
	}

	fillDB(t, dir)
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, err = db.createBackup(time.Now(), func(w io.Writer) io.Writer { return &failAfter{w: w, n: 6000} })
	if !errors.Is(err, ErrDiskFull) {
		t.Fatalf("backup on a full disk: %v", err)
	}
	if entries, _ := os.ReadDir(BackupDir(dir)); len(entries) != 0 {
		t.Errorf("a failed backup left %v", entries)
	}
}

// permissionsEnforced reports whether the file system refuses this process
// writes in a read-only folder (root ignores permissions).
func permissionsEnforced(t *testing.T) bool {
	t.Helper()
	d := filepath.Join(t.TempDir(), "probe")
	os.Mkdir(d, 0o500)
	defer os.Chmod(d, 0o700)
	f, err := os.Create(filepath.Join(d, "x"))
	if err == nil {
		f.Close()
		return false
	}
	return true
}

func skipUnlessPermissions(t *testing.T) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no read-only folders: what a user may write is in the folder's ACL")
	}
	if !permissionsEnforced(t) {
		if os.Geteuid() == 0 {
			t.Skip("running as root: file permissions are not enforced, the read-only cases cannot be tested")
		}
		t.Fatal("a read-only folder accepted a new file, though not running as root")
	}
}

func TestReadOnlyDataFolder(t *testing.T) {
	skipUnlessPermissions(t)
	// A new data folder inside a read-only one.
	parent := t.TempDir()
	os.Chmod(parent, 0o500)
	defer os.Chmod(parent, 0o700)
	if _, err := Open(filepath.Join(parent, "data")); !errors.Is(err, ErrNoPermission) {
		t.Errorf("read-only parent: %v", err)
	}
	// A read-only data folder with no data file yet.
	empty := t.TempDir()
	os.Chmod(empty, 0o500)
	defer os.Chmod(empty, 0o700)
	if _, err := Open(empty); !errors.Is(err, ErrNoPermission) {
		t.Errorf("read-only folder: %v", err)
	}
	if entries, _ := os.ReadDir(empty); len(entries) != 0 {
		t.Errorf("left %v", entries)
	}
	// A read-only data file.
	dir := t.TempDir()
	fillDB(t, dir)
	os.Chmod(filepath.Join(dir, FileName), 0o400)
	if _, err := Open(dir); !errors.Is(err, ErrNoPermission) || !strings.Contains(err.Error(), FileName) {
		t.Errorf("read-only file: %v", err)
	}
	os.Chmod(filepath.Join(dir, FileName), 0o600)
	// The data file is writable but the folder is not: the kit works, the
	// backup fails with a clear error and leaves nothing.
	os.Chmod(dir, 0o500)
	defer os.Chmod(dir, 0o700)
	db, err := Open(dir)
	if err != nil {
		t.Fatalf("writable file in a read-only folder: %v", err)
	}
	defer db.Close()
	if _, _, err := db.AutoBackup(time.Now()); !errors.Is(err, ErrNoPermission) {
		t.Errorf("backup in a read-only folder: %v", err)
	}
	if err := WriteFileAtomic(filepath.Join(dir, "export.csv"), func(w io.Writer) error { return nil }); !errors.Is(err, ErrNoPermission) {
		t.Errorf("export in a read-only folder: %v", err)
	}
	if _, err := StartFresh(dir); !errors.Is(err, ErrAlreadyOpen) {
		t.Errorf("start fresh while open: %v", err)
	}
}

func TestReadOnlyBackupFolder(t *testing.T) {
	skipUnlessPermissions(t)
	dir := t.TempDir()
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	os.Mkdir(BackupDir(dir), 0o500)
	defer os.Chmod(BackupDir(dir), 0o700)
	if _, err := db.CreateBackup(); !errors.Is(err, ErrNoPermission) {
		t.Errorf("%v", err)
	}
}

// A backup taken while sessions are being written is consistent.
func TestHotBackupWhileWriting(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < 40; i++ {
			s, _ := session.New(fmt.Sprintf("S%d", i), "2026-01-01", 1, "fr")
			db.SaveSession(s)
		}
	}()
	var last Backup
	for i := 0; i < 5; i++ {
		b, err := db.createBackup(time.Date(2026, 1, 1, 0, 0, i, 0, time.UTC), nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := VerifyFile(b.Path); err != nil {
			t.Fatal(err)
		}
		last = b
	}
	<-done
	if last.Size == 0 {
		t.Error("empty backup")
	}
}

// The daily backup at start, on a large data file (500 sessions, 10,000
// participants): a hot copy synced to disk, then the pruning.
func BenchmarkBackupLargeFile(b *testing.B) {
	dir := b.TempDir()
	db, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	for i := 0; i < 500; i++ {
		s, _ := session.New(fmt.Sprintf("Session %d", i), "2026-01-01", 2, "fr")
		db.SaveSession(s)
		ps := make([]session.Participant, 20)
		for j := range ps {
			ps[j] = session.Participant{FirstName: "Léa", LastName: fmt.Sprintf("Rémy %d", j), Email: fmt.Sprintf("p%d.%d@example.org", i, j)}
		}
		db.SaveParticipants(s.ID, ps)
	}
	b.ResetTimer()
	var last Backup
	for i := 0; i < b.N; i++ {
		if last, err = db.createBackup(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i)*time.Second), nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(last.Size)/1e6, "MB-backup")
}
