package storage

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/socialtech/trainerkit/course/datafile"
)

// Backups are whole copies of the data file taken while it is open (a bbolt
// read transaction sees one consistent state), in <data folder>/backups,
// named trainerkit-YYYYMMDD-HHMMSS.db in UTC (see datafile).
const (
	BackupFolder = datafile.BackupFolder
	KeepBackups  = datafile.KeepBackups
	BackupEvery  = datafile.BackupEvery
)

// ErrNoBackup means there is no backup of that name, or none at all.
var ErrNoBackup = datafile.ErrNoBackup

// Backup is one backup file.
type Backup = datafile.Backup

// backupPattern matches a backup's name; -N follows when two were taken in
// the same second.
var backupPattern = regexp.MustCompile(`^trainerkit-(\d{8}-\d{6})(?:-(\d{1,3}))?\.db$`)

// BackupDir is the backups' folder of the data folder dir.
func BackupDir(dir string) string { return datafile.BackupDir(dir) }

// ListBackups lists the backups of the data folder dir, newest first. It does
// not need the data file and works while another instance has it open.
func ListBackups(dir string) ([]Backup, error) {
	bdir := BackupDir(dir)
	entries, err := os.ReadDir(bdir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list backups in %s: %w", bdir, datafile.Classify(err))
	}
	type entry struct {
		Backup
		seq int
	}
	var list []entry
	for _, e := range entries {
		m := backupPattern.FindStringSubmatch(e.Name())
		if m == nil || !e.Type().IsRegular() {
			continue
		}
		t, err := time.Parse(stampLayout, m[1])
		if err != nil {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		seq, _ := strconv.Atoi(m[2])
		list = append(list, entry{Backup{Name: e.Name(), Path: filepath.Join(bdir, e.Name()), Time: t, Size: info.Size()}, seq})
	}
	sort.Slice(list, func(i, j int) bool {
		if !list[i].Time.Equal(list[j].Time) {
			return list[i].Time.After(list[j].Time)
		}
		return list[i].seq > list[j].seq
	})
	out := make([]Backup, len(list))
	for i, e := range list {
		out[i] = e.Backup
	}
	return out, nil
}

// Backups lists this data folder's backups, newest first.
func (db *DB) Backups() ([]Backup, error) { return ListBackups(db.dir) }

// WriteBackup writes a consistent copy of the open data file to w (a hot
// backup: the kit keeps working meanwhile).
func (db *DB) WriteBackup(w io.Writer) error {
	rw := &recordingWriter{w: w}
	return db.bolt.View(func(tx *bolt.Tx) error {
		_, err := tx.WriteTo(rw)
		if err != nil && rw.err != nil {
			// bbolt flattens some write errors to text: give back the
			// writer's own (a full disk stays ErrDiskFull).
			return rw.err
		}
		return err
	})
}

// recordingWriter keeps the first error of w.
type recordingWriter struct {
	w   io.Writer
	err error
}

func (r *recordingWriter) Write(p []byte) (int, error) {
	n, err := r.w.Write(p)
	if err != nil && r.err == nil {
		r.err = err
	}
	return n, err
}

// CreateBackup takes a backup now and deletes those beyond the newest
// KeepBackups.
func (db *DB) CreateBackup() (Backup, error) { return db.createBackup(time.Now(), nil) }

// AutoBackup takes a backup when the newest is older than BackupEvery (or
// there is none), as the app does at start. made says whether it took one.
func (db *DB) AutoBackup(now time.Time) (b Backup, made bool, err error) {
	list, err := db.Backups()
	if err != nil {
		return Backup{}, false, err
	}
	// A backup dated in the future (the clock was wrong) does not count.
	if len(list) > 0 && now.Sub(list[0].Time) < BackupEvery && !list[0].Time.After(now.Add(time.Hour)) {
		return list[0], false, nil
	}
	b, err = db.createBackup(now, nil)
	return b, err == nil, err
}

// createBackup writes the backup through a temporary file renamed into
// place; wrap lets tests make the writes fail.
func (db *DB) createBackup(now time.Time, wrap func(io.Writer) io.Writer) (Backup, error) {
	bdir := BackupDir(db.dir)
	if err := os.MkdirAll(bdir, 0o700); err != nil {
		return Backup{}, fmt.Errorf("back up: create %s: %w", bdir, datafile.Classify(err))
	}
	// Only the instance holding the data file writes backups: any temporary
	// file here is what a crash left.
	removeStaleTemps(bdir, 0)
	name, err := freeBackupName(bdir, now)
	if err != nil {
		return Backup{}, err
	}
	p := filepath.Join(bdir, name)
	err = datafile.WriteFile(p, 0o600, func(w io.Writer) error {
		if wrap != nil {
			w = wrap(w)
		}
		return db.WriteBackup(w)
	})
	if err != nil {
		return Backup{}, fmt.Errorf("back up: %w", err)
	}
	info, err := os.Stat(p)
	if err != nil {
		return Backup{}, fmt.Errorf("back up: %w", err)
	}
	b := Backup{Name: name, Path: p, Time: now.UTC().Truncate(time.Second), Size: info.Size()}
	if err := pruneBackups(db.dir, KeepBackups); err != nil {
		return b, err
	}
	return b, nil
}

// freeBackupName is the backup name for now, with -2, -3… when a backup of
// the same second exists.
func freeBackupName(bdir string, now time.Time) (string, error) {
	stamp := now.UTC().Format(stampLayout)
	for i := 1; i < 1000; i++ {
		name := "trainerkit-" + stamp + ".db"
		if i > 1 {
			name = fmt.Sprintf("trainerkit-%s-%d.db", stamp, i)
		}
		if _, err := os.Lstat(filepath.Join(bdir, name)); errors.Is(err, fs.ErrNotExist) {
			return name, nil
		}
	}
	return "", fmt.Errorf("back up: no free name for %s", stamp)
}

// pruneBackups deletes all but the newest keep backups.
func pruneBackups(dir string, keep int) error {
	list, err := ListBackups(dir)
	if err != nil {
		return err
	}
	for _, b := range list[min(keep, len(list)):] {
		if err := os.Remove(b.Path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("delete old backup %s: %w", b.Name, datafile.Classify(err))
		}
	}
	return nil
}

// findBackup resolves a backup name given by the trainer (the name as
// listed, or its path) to a backup of the data folder dir.
func findBackup(dir, name string) (Backup, error) {
	base := filepath.Base(name)
	if !backupPattern.MatchString(base) {
		return Backup{}, fmt.Errorf("%q is not a backup name (trainerkit-YYYYMMDD-HHMMSS.db): %w", name, ErrNoBackup)
	}
	list, err := ListBackups(dir)
	if err != nil {
		return Backup{}, err
	}
	for _, b := range list {
		if b.Name == base {
			return b, nil
		}
	}
	return Backup{}, fmt.Errorf("%s in %s: %w", base, BackupDir(dir), ErrNoBackup)
}

// VerifyFile checks that the file at path is a whole, readable Trainer Kit
// data file (a backup before restoring it, for instance) without changing it.
func VerifyFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("check %s: %w", path, datafile.Classify(err))
	}
	reason, err := inspect(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("check %s: %w", path, err)
	}
	if reason != "" {
		return fmt.Errorf("%s: %w: %s", path, ErrCorrupt, reason)
	}
	b, err := boltOpen(path, &bolt.Options{ReadOnly: true, Timeout: lockTimeout})
	if err != nil {
		return fmt.Errorf("%s: %w: %w", path, ErrCorrupt, err)
	}
	defer b.Close()
	if reason := checkContents(b); reason != "" {
		return fmt.Errorf("%s: %w: %s", path, ErrCorrupt, reason)
	}
	var v uint64
	if err := b.View(func(tx *bolt.Tx) error { v = readVersion(tx); return nil }); err != nil {
		return fmt.Errorf("check %s: %w", path, err)
	}
	if v > SchemaVersion() {
		return fmt.Errorf("%s: %w (schema %d, this one knows %d)", path, ErrNewerFile, v, SchemaVersion())
	}
	return nil
}

// Restore puts the backup name in place of the data file of dir. The data
// file must be closed: Restore refuses (ErrAlreadyOpen) while any instance,
// this one included, holds it. The backup is checked first; the data file it
// replaces is kept as trainerkit.db.before-restore-YYYYMMDD-HHMMSS (returned
// in aside, "" when there was none), never overwritten. At every moment
// trainerkit.db is either the old file or the whole backup. Open it again
// afterwards.
func Restore(dir, name string) (aside string, err error) {
	b, err := findBackup(dir, name)
	if err != nil {
		return "", fmt.Errorf("restore: %w", err)
	}
	if err := VerifyFile(b.Path); err != nil {
		return "", fmt.Errorf("restore %s: the backup is not usable: %w", b.Name, err)
	}
	p := filepath.Join(dir, FileName)
	cur, err := holdDataFile(p)
	if err != nil {
		return "", fmt.Errorf("restore %s: %w", b.Name, err)
	}
	defer cur.release()
	// Copy the backup next to the data file, complete and synced, before
	// touching the data file.
	src, err := os.Open(b.Path)
	if err != nil {
		return "", fmt.Errorf("restore %s: %w", b.Name, datafile.Classify(err))
	}
	defer src.Close()
	tmp, err := os.CreateTemp(dir, "."+FileName+".*.tmp")
	if err != nil {
		return "", fmt.Errorf("restore %s: %w", b.Name, datafile.Classify(err))
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := io.Copy(tmp, src); err != nil {
		return "", fmt.Errorf("restore %s: %w", b.Name, datafile.Classify(err))
	}
	if err := tmp.Sync(); err != nil {
		return "", fmt.Errorf("restore %s: %w", b.Name, datafile.Classify(err))
	}
	if err := tmp.Close(); err != nil {
		return "", fmt.Errorf("restore %s: %w", b.Name, datafile.Classify(err))
	}
	if err := os.Chmod(tmp.Name(), 0o600); err != nil {
		return "", fmt.Errorf("restore %s: %w", b.Name, datafile.Classify(err))
	}
	if cur.exists {
		if aside, err = keepAside(p, "before-restore", time.Now()); err != nil {
			return "", fmt.Errorf("restore %s: %w", b.Name, err)
		}
	}
	if !canRenameLocked {
		cur.release()
	}
	if err := os.Rename(tmp.Name(), p); err != nil {
		return aside, fmt.Errorf("restore %s: %w", b.Name, datafile.Classify(err))
	}
	done = true
	datafile.SyncDir(dir)
	return aside, nil
}

// RestoreLatest restores the newest backup that passes VerifyFile (see
// Restore); ErrNoBackup when there is none.
func RestoreLatest(dir string) (b Backup, aside string, err error) {
	list, err := ListBackups(dir)
	if err != nil {
		return Backup{}, "", err
	}
	var firstErr error
	for _, b := range list {
		aside, err := Restore(dir, b.Name)
		if err == nil {
			return b, aside, nil
		}
		if errors.Is(err, ErrAlreadyOpen) || !errors.Is(err, ErrCorrupt) {
			return Backup{}, "", err
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	if firstErr != nil {
		return Backup{}, "", fmt.Errorf("restore: no usable backup: %w", firstErr)
	}
	return Backup{}, "", fmt.Errorf("restore: %w in %s", ErrNoBackup, BackupDir(dir))
}

// StartFresh moves the data file of dir aside (as
// trainerkit.db.replaced-YYYYMMDD-HHMMSS, returned in aside; "" when there
// was none) so that the next Open starts an empty one. Like Restore it
// refuses while the file is open. After Open reported ErrCorrupt the damaged
// file is already aside: StartFresh then has nothing to move.
func StartFresh(dir string) (aside string, err error) {
	p := filepath.Join(dir, FileName)
	cur, err := holdDataFile(p)
	if err != nil {
		return "", fmt.Errorf("start fresh: %w", err)
	}
	defer cur.release()
	if !cur.exists {
		return "", nil
	}
	if !canRenameLocked {
		cur.release()
	}
	aside, err = moveAside(p, "replaced", time.Now())
	if err != nil {
		return "", fmt.Errorf("start fresh: %w", err)
	}
	return aside, nil
}

// heldFile is the data file locked by Restore or StartFresh, so that no
// instance opens it meanwhile.
type heldFile struct {
	f      *os.File
	exists bool
}

func (h *heldFile) release() {
	if h.f != nil {
		unlockFile(h.f)
		h.f.Close()
		h.f = nil
	}
}

// holdDataFile locks the data file p if it exists; ErrAlreadyOpen when an
// instance has it open.
func holdDataFile(p string) (*heldFile, error) {
	f, err := os.OpenFile(p, os.O_RDWR, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return &heldFile{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", p, datafile.Classify(err))
	}
	if err := lockFile(f, lockTimeout); err != nil {
		f.Close()
		if errors.Is(err, errLocked) {
			return nil, fmt.Errorf("%s: %w; close it first", p, ErrAlreadyOpen)
		}
		return nil, fmt.Errorf("lock %s: %w", p, err)
	}
	return &heldFile{f: f, exists: true}, nil
}

// keepAside gives the file at p a second name, p.KIND-YYYYMMDD-HHMMSS, while
// p keeps its own until it is replaced: a hard link where the file system
// has them, a synced copy elsewhere. It never replaces an existing file.
func keepAside(p, kind string, now time.Time) (string, error) {
	to, err := asideName(p, kind, now)
	if err != nil {
		return "", err
	}
	if err := os.Link(p, to); err == nil {
		datafile.SyncDir(filepath.Dir(p))
		return to, nil
	}
	src, err := os.Open(p)
	if err != nil {
		return "", fmt.Errorf("keep %s: %w", p, datafile.Classify(err))
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return "", fmt.Errorf("keep %s: %w", p, datafile.Classify(err))
	}
	_, err = io.Copy(dst, src)
	if err == nil {
		err = dst.Sync()
	}
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(to)
		return "", fmt.Errorf("keep %s as %s: %w", p, to, datafile.Classify(err))
	}
	datafile.SyncDir(filepath.Dir(p))
	return to, nil
}

// Folder is a data folder, for the start window when its data file did not
// open: its backups, restoring the latest, starting with an empty file.
type Folder string

// Dir is the folder's path.
func (f Folder) Dir() string { return string(f) }

// Backups lists the folder's backups, newest first.
func (f Folder) Backups() ([]Backup, error) { return ListBackups(string(f)) }

// RestoreLatest puts the newest usable backup in place of the data file.
func (f Folder) RestoreLatest() (Backup, error) {
	b, _, err := RestoreLatest(string(f))
	return b, err
}

// StartFresh moves the data file aside so that an empty one is made.
func (f Folder) StartFresh() error {
	_, err := StartFresh(string(f))
	return err
}
