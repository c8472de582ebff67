package storage

import (
	"encoding/json"
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
// named trainerkit-YYYYMMDD-HHMMSS.db in UTC. The name is for people: the
// kit orders and prunes backups by the sequence number and time recorded
// in backups/index.json when each was made, never by the clock in the name
// (a clock set ahead once would make every new backup look oldest).
//
// The folder, how many are kept (older ones are deleted, except the newest
// that verifies) and how often: see datafile.
const (
	BackupFolder = datafile.BackupFolder
	KeepBackups  = datafile.KeepBackups
	BackupEvery  = datafile.BackupEvery
	// indexName records each backup's sequence number and time.
	indexName = "index.json"
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

// backupIndex is backups/index.json.
type backupIndex struct {
	Next    uint64                `json:"next"` // the sequence number of the next backup
	Backups map[string]indexEntry `json:"backups"`
}

type indexEntry struct {
	Seq  uint64    `json:"seq"`
	Time time.Time `json:"time"`
}

// readIndex reads the index; a missing or damaged one is empty (the
// backups it described then sort as an older kit's).
func readIndex(bdir string) backupIndex {
	idx := backupIndex{Next: 1, Backups: map[string]indexEntry{}}
	b, err := os.ReadFile(filepath.Join(bdir, indexName))
	if err != nil {
		return idx
	}
	var read backupIndex
	if json.Unmarshal(b, &read) != nil || read.Backups == nil {
		return idx
	}
	for _, e := range read.Backups {
		read.Next = max(read.Next, e.Seq+1)
	}
	return read
}

func writeIndex(bdir string, idx backupIndex) error {
	b, err := json.MarshalIndent(idx, "", "  ")
	if err != nil {
		return err
	}
	err = datafile.WriteFile(filepath.Join(bdir, indexName), 0o600, func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
	if err != nil {
		return fmt.Errorf("record the backups: %w", err)
	}
	return nil
}

// ListBackups lists the backups of the data folder dir, newest first, and
// verifies each in full (its pages, then every record): Problem and Usable
// say what it found. It does not need the data file and works while
// another instance has it open.
func ListBackups(dir string) ([]Backup, error) {
	list, err := listBackups(dir)
	if err != nil {
		return nil, err
	}
	for i := range list {
		list[i].Problem, list[i].Usable = verdict(CheckFile(list[i].Path))
	}
	return list, nil
}

// verdict sums up CheckFile for a Backup.
func verdict(damaged []DamagedRecord, err error) (problem string, usable bool) {
	switch {
	case err != nil:
		return err.Error(), false
	case len(damaged) > 0:
		return damagedSummary(damaged), true
	}
	return "", true
}

func damagedSummary(ds []DamagedRecord) string {
	if len(ds) == 1 {
		return "1 record cannot be read (" + ds[0].String() + ")"
	}
	return fmt.Sprintf("%d records cannot be read (%s, …)", len(ds), ds[0])
}

// listBackups lists the backups of dir, newest first, without reading them.
func listBackups(dir string) ([]Backup, error) {
	bdir := BackupDir(dir)
	entries, err := os.ReadDir(bdir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list backups in %s: %w", bdir, datafile.Classify(err))
	}
	idx := readIndex(bdir)
	type entry struct {
		Backup
		dup int // -N of the name
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
		dup, _ := strconv.Atoi(m[2])
		b := Backup{Name: e.Name(), Path: filepath.Join(bdir, e.Name()), Time: t, Size: info.Size()}
		if ie, ok := idx.Backups[e.Name()]; ok {
			b.Seq, b.Time = ie.Seq, ie.Time.UTC()
		}
		list = append(list, entry{b, dup})
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		switch {
		case a.Seq != b.Seq:
			return a.Seq > b.Seq
		case !a.Time.Equal(b.Time):
			return a.Time.After(b.Time)
		}
		return a.dup > b.dup
	})
	out := make([]Backup, len(list))
	for i, e := range list {
		out[i] = e.Backup
	}
	return out, nil
}

// Backups lists this data folder's backups, newest first, each verified.
func (db *DB) Backups() ([]Backup, error) { return ListBackups(db.dir) }

// WriteBackup writes a consistent copy of the open data file to w (a hot
// backup: the kit keeps working meanwhile).
func (db *DB) WriteBackup(w io.Writer) error {
	rw := &recordingWriter{w: w}
	return db.view(func(tx *bolt.Tx) error {
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
// KeepBackups, except the newest that verifies.
func (db *DB) CreateBackup() (Backup, error) { return db.createBackup(time.Now(), nil) }

// AutoBackup takes a backup when the newest is older than BackupEvery (or
// there is none), as the app does at start. made says whether it took one.
func (db *DB) AutoBackup(now time.Time) (b Backup, made bool, err error) {
	list, err := listBackups(db.dir)
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

// createBackup copies the data file to a temporary file, verifies the copy
// in full, then gives it its name, records it in the index and prunes; wrap
// lets tests make the writes fail. A copy whose pages are damaged is not
// kept: the error wraps ErrCorrupt (the data file is damaged). A copy with
// damaged records is kept, with its Problem, as the newest state of
// everything else.
func (db *DB) createBackup(now time.Time, wrap func(io.Writer) io.Writer) (Backup, error) {
	if _, ok := readPending(db.dir); ok {
		return Backup{}, fmt.Errorf("back up: %w", ErrPending)
	}
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
	b := Backup{Name: name, Path: p, Time: now.UTC().Truncate(time.Second)}
	if b.Problem, b.Size, err = db.writeVerifiedCopy(p, wrap); err != nil {
		return Backup{}, fmt.Errorf("back up: %w", err)
	}
	b.Usable = true
	idx := readIndex(bdir)
	b.Seq = idx.Next
	idx.Next++
	idx.Backups[name] = indexEntry{Seq: b.Seq, Time: b.Time}
	if err := writeIndex(bdir, idx); err != nil {
		os.Remove(p)
		return Backup{}, fmt.Errorf("back up: %w", err)
	}
	if err := pruneBackups(db.dir, KeepBackups, b); err != nil {
		return b, err
	}
	return b, nil
}

// writeVerifiedCopy writes a copy of the data file to path through a
// temporary file, checked in full before it is put in place.
func (db *DB) writeVerifiedCopy(path string, wrap func(io.Writer) io.Writer) (problem string, size int64, err error) {
	tmp, err := newTempFile(path)
	if err != nil {
		return "", 0, datafile.Classify(err)
	}
	defer func() {
		if err != nil {
			tmp.Discard()
		}
	}()
	var w io.Writer = tmp.File
	if wrap != nil {
		w = wrap(w)
	}
	if err = db.WriteBackup(w); err != nil {
		return "", 0, datafile.Classify(err)
	}
	if err = tmp.Sync(); err != nil {
		return "", 0, datafile.Classify(err)
	}
	if err = tmp.GiveName(path); err != nil {
		return "", 0, datafile.Classify(err)
	}
	damaged, err := CheckFile(tmp.Named())
	if err != nil {
		err = fmt.Errorf("the copy does not verify, so the data file is damaged; nothing was kept: %w", err)
		if broken := db.checkPages(err); broken != nil {
			return "", 0, broken
		}
		return "", 0, err
	}
	if len(damaged) > 0 {
		problem = damagedSummary(damaged)
	}
	info, err := tmp.Stat()
	if err != nil {
		return "", 0, err
	}
	// Closed before it takes its name: Windows renames no open file.
	if err = tmp.PublishClosed(path, 0o600); err != nil {
		return "", 0, datafile.Classify(err)
	}
	return problem, info.Size(), nil
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

// pruneBackups deletes all but the newest keep backups (by the order they
// were made in), never the one just made, nor the newest that verifies:
// when the newest copies are of a damaged file, the last good one stays.
func pruneBackups(dir string, keep int, made Backup) error {
	list, err := listBackups(dir)
	if err != nil {
		return err
	}
	kept := map[string]bool{made.Name: true}
	for i, b := range list {
		if i < keep {
			kept[b.Name] = true
		}
	}
	if !made.Sound() {
		for _, b := range list {
			if b.Name != made.Name && VerifyFile(b.Path) == nil {
				kept[b.Name] = true
				break
			}
		}
	}
	var errs []error
	for _, b := range list {
		if kept[b.Name] {
			continue
		}
		if err := os.Remove(b.Path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, fmt.Errorf("delete old backup %s: %w", b.Name, datafile.Classify(err)))
		}
	}
	if len(errs) == 0 {
		errs = append(errs, tidyIndex(dir))
	}
	return errors.Join(errs...)
}

// tidyIndex drops from the index the backups no longer in the folder.
func tidyIndex(dir string) error {
	bdir := BackupDir(dir)
	idx := readIndex(bdir)
	changed := false
	for name := range idx.Backups {
		if _, err := os.Lstat(filepath.Join(bdir, name)); errors.Is(err, fs.ErrNotExist) {
			delete(idx.Backups, name)
			changed = true
		}
	}
	if !changed {
		return nil
	}
	return writeIndex(bdir, idx)
}

// findBackup resolves a backup name given by the trainer (the name as
// listed, or its path) to a backup of the data folder dir.
func findBackup(dir, name string) (Backup, error) {
	base := filepath.Base(name)
	if !backupPattern.MatchString(base) {
		return Backup{}, fmt.Errorf("%q is not a backup name (trainerkit-YYYYMMDD-HHMMSS.db): %w", name, ErrNoBackup)
	}
	list, err := listBackups(dir)
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

// CheckFile reads the file at path as the kit reads its data file (a
// backup, a copy kept aside) without changing it: header pages, the whole
// tree of pages, then every record. The error (wrapping ErrCorrupt, or
// ErrNewerFile) says the file cannot be used at all; damaged lists the
// records that cannot be read in a file otherwise usable.
func CheckFile(path string) (damaged []DamagedRecord, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("check %s: %w", path, datafile.Classify(err))
	}
	hdr, reason, err := inspect(f)
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("check %s: %w", path, err)
	}
	if reason != "" {
		return nil, fmt.Errorf("%s: %w: %s", path, ErrCorrupt, reason)
	}
	b, err := boltOpen(path, &bolt.Options{ReadOnly: true, Timeout: lockTimeout})
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %w", path, ErrCorrupt, err)
	}
	defer b.Close()
	if reason := checkContents(b); reason != "" {
		return nil, fmt.Errorf("%s: %w: %s", path, ErrCorrupt, reason)
	}
	var v uint64
	c, err := guard(func() error {
		return b.View(func(tx *bolt.Tx) error {
			if v = readVersion(tx); v <= SchemaVersion() {
				damaged = verifyRecords(tx, v, true)
			}
			return nil
		})
	})
	switch {
	case c != nil:
		return nil, fmt.Errorf("%s: %w: reading it failed: %v", path, ErrCorrupt, c.value)
	case err != nil:
		return nil, fmt.Errorf("check %s: %w", path, err)
	case v > SchemaVersion():
		return nil, fmt.Errorf("%s: %w (schema %d, this one knows %d)", path, ErrNewerFile, v, SchemaVersion())
	}
	if hdr.lostLast {
		damaged = append(damaged, DamagedRecord{Kind: RecordHeader, Reason: "the newest header page is damaged"})
	}
	return damaged, nil
}

// VerifyFile checks that the file at path is a whole Trainer Kit data file
// whose every record reads (see CheckFile), without changing it.
func VerifyFile(path string) error {
	damaged, err := CheckFile(path)
	if err != nil {
		return err
	}
	if len(damaged) > 0 {
		return fmt.Errorf("%s: %w: %s", path, ErrCorrupt, damagedSummary(damaged))
	}
	return nil
}

// Restore puts the backup name in place of the data file of dir. The data
// file must be closed: Restore refuses (ErrAlreadyOpen) while any instance,
// this one included, holds it. The backup is checked first (CheckFile): one
// whose pages are damaged is refused; one with damaged records is restored
// (they stay left out). The data file it replaces is kept as
// trainerkit.db.before-restore-YYYYMMDD-HHMMSS (returned in aside, "" when
// there was none), never overwritten. At every moment trainerkit.db is either
// the old file or the whole backup. A damaged file that awaited a decision
// is decided. Open it again afterwards.
func Restore(dir, name string) (aside string, err error) {
	b, err := findBackup(dir, name)
	if err != nil {
		return "", fmt.Errorf("restore: %w", err)
	}
	if _, err := CheckFile(b.Path); err != nil {
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
	tmp, err := newTempFile(p)
	if err != nil {
		return "", fmt.Errorf("restore %s: %w", b.Name, datafile.Classify(err))
	}
	done := false
	defer func() {
		if !done {
			tmp.Discard()
		}
	}()
	if _, err := io.Copy(tmp.File, src); err != nil {
		return "", fmt.Errorf("restore %s: %w", b.Name, datafile.Classify(err))
	}
	if err := tmp.Sync(); err != nil {
		return "", fmt.Errorf("restore %s: %w", b.Name, datafile.Classify(err))
	}
	if err := tmp.GiveName(p); err != nil {
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
	if err := tmp.PublishClosed(p, 0o600); err != nil {
		return aside, fmt.Errorf("restore %s: %w", b.Name, datafile.Classify(err))
	}
	done = true
	if err := clearPending(dir); err != nil {
		return aside, fmt.Errorf("restore %s: %w", b.Name, err)
	}
	return aside, nil
}

// RestoreLatest restores the newest backup that verifies in full (see
// Restore); ErrNoBackup when there is none at all, an error wrapping
// ErrCorrupt when every backup is damaged.
func RestoreLatest(dir string) (b Backup, aside string, err error) {
	list, err := ListBackups(dir)
	if err != nil {
		return Backup{}, "", err
	}
	if len(list) == 0 {
		return Backup{}, "", fmt.Errorf("restore: %w in %s", ErrNoBackup, BackupDir(dir))
	}
	for _, b := range list {
		if !b.Sound() {
			continue
		}
		aside, err := Restore(dir, b.Name)
		if err == nil {
			return b, aside, nil
		}
		if errors.Is(err, ErrAlreadyOpen) || !errors.Is(err, ErrCorrupt) {
			return Backup{}, "", err
		}
	}
	return Backup{}, "", fmt.Errorf("restore: no usable backup: %w: %s: %s", ErrCorrupt, list[0].Name, list[0].Problem)
}

// StartFresh moves the data file of dir aside (as
// trainerkit.db.replaced-YYYYMMDD-HHMMSS, returned in aside; "" when there
// was none) and puts an empty data file in its place, which the next Open
// opens. Like Restore it refuses while the file is open. After Open reported
// ErrCorrupt the damaged file is already aside: StartFresh then has nothing
// to move. A damaged file that awaited a decision is decided.
func StartFresh(dir string) (aside string, err error) {
	p := filepath.Join(dir, FileName)
	cur, err := holdDataFile(p)
	if err != nil {
		return "", fmt.Errorf("start fresh: %w", err)
	}
	defer cur.release()
	if cur.exists {
		if !canRenameLocked {
			cur.release()
		}
		if aside, err = moveAside(p, "replaced", time.Now()); err != nil {
			return "", fmt.Errorf("start fresh: %w", err)
		}
	}
	// An empty bbolt file: Open would take a missing one, with backups
	// around, for data that vanished.
	b, err := boltOpen(p, &bolt.Options{Timeout: lockTimeout})
	if err != nil {
		return aside, fmt.Errorf("start fresh: create %s: %w", p, datafile.Classify(err))
	}
	if err := b.Close(); err != nil {
		return aside, fmt.Errorf("start fresh: create %s: %w", p, datafile.Classify(err))
	}
	if err := clearPending(dir); err != nil {
		return aside, fmt.Errorf("start fresh: %w", err)
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
