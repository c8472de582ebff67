// Package storage keeps the trainer's data in one bbolt file in the data
// folder. It is the only package that knows bbolt and its buckets.
package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/socialtech/trainerkit/course/datafile"
)

// FileName is the name of the database file in the data folder.
const FileName = datafile.FileName

// ErrAlreadyOpen is datafile.ErrAlreadyOpen: another kit holds the data file.
var ErrAlreadyOpen = datafile.ErrAlreadyOpen

// lockTimeout is how long Open waits for another instance to let go of the
// file before saying so, instead of hanging.
const lockTimeout = time.Second

// DB is the kit's open data file.
type DB struct {
	// mu is held shared by every transaction and exclusively while the
	// file is replaced by a compacted copy (erasure, repair).
	mu   sync.RWMutex
	bolt *bolt.DB
	dir  string
	path string

	dmu    sync.Mutex
	damage map[string]DamagedRecord // records found damaged, by kind, session and key
	// broken is set when damage to the file's pages was found while it was
	// open (a *CorruptError; the next Open sets the file aside), or when the
	// file could not be opened again after a compaction: every call then
	// returns it.
	broken error
}

// DefaultDir is the data folder: $TRAINERKIT_DATA if set; else, when a file
// named portable sits beside the program, PortableFolder beside it; else the
// user's configuration folder + "trainerkit" (%AppData%\trainerkit on
// Windows, ~/Library/Application Support/trainerkit on macOS,
// ~/.config/trainerkit on Linux).
func DefaultDir() (string, error) {
	if d := os.Getenv("TRAINERKIT_DATA"); d != "" {
		return d, nil
	}
	if d, ok := portableDir(executable()); ok {
		return d, nil
	}
	base, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the user configuration folder: %w", err)
	}
	return filepath.Join(base, "trainerkit"), nil
}

// Open opens (creating if needed) the data file in dir and brings its schema
// up to date.
//
// Before bbolt reads the file, Open checks its header pages and its whole
// tree of pages (checkStructure); once open, it reads every record
// (verifyRecords): a record that cannot be read is listed by Damaged and
// left out of every list, never hiding the others.
//
// Errors: ErrAlreadyOpen when another instance holds the file; ErrNoPermission
// or ErrDiskFull (wrapped) when the folder cannot be written; a *CorruptError
// (errors.Is(err, ErrCorrupt)) when the file is damaged, truncated, empty or
// missing while backups exist, or belongs to another program: the file has
// then been renamed aside (trainerkit.db.corrupt-YYYYMMDD-HHMMSS), never
// overwritten, and PendingName records it. From then on Open returns the same
// *CorruptError (Pending set, errors.Is(err, ErrPending)) at every call until
// the trainer chooses Restore, RestoreLatest or StartFresh.
func Open(dir string) (*DB, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create data folder %s: %w", dir, datafile.Classify(err))
	}
	p := filepath.Join(dir, FileName)
	if pend, ok := readPending(dir); ok {
		return nil, settlePending(dir, p, pend)
	}
	for attempt := 1; ; attempt++ {
		db, replaced, err := open(dir, p)
		if !replaced || attempt == 3 {
			return db, err
		}
	}
}

// settlePending moves aside a data file found damaged while it was open (the
// note has no Aside yet) and returns the decision still awaited.
func settlePending(dir, p string, pend *pending) error {
	if pend.Aside != "" {
		return pend.err()
	}
	f, err := os.OpenFile(p, os.O_RDWR, 0)
	if err != nil {
		return pend.err() // missing: nothing to move
	}
	defer f.Close()
	if err := lockFile(f, lockTimeout); errors.Is(err, errLocked) {
		return fmt.Errorf("open %s: %w", p, ErrAlreadyOpen)
	}
	if !canRenameLocked {
		f.Close()
	}
	if aside, err := moveAside(p, "corrupt", time.Now()); err == nil {
		pend.Aside = aside
		_ = writePending(dir, *pend)
	}
	return pend.err()
}

// open is one attempt of Open; replaced says that a restore put another file
// in place while it waited for the lock, and that it is worth trying again.
func open(dir, p string) (db *DB, replaced bool, err error) {
	hdr, err := precheck(dir, p)
	if err != nil {
		return nil, false, err
	}
	var file *os.File
	opts := &bolt.Options{Timeout: lockTimeout, OpenFile: func(name string, flag int, perm os.FileMode) (*os.File, error) {
		f, err := os.OpenFile(name, flag, perm)
		file = f
		return f, err
	}}
	b, err := boltOpen(p, opts)
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return nil, false, fmt.Errorf("open %s: %w", p, ErrAlreadyOpen)
	case errors.Is(err, berrors.ErrInvalid) || errors.Is(err, berrors.ErrChecksum) || errors.Is(err, berrors.ErrVersionMismatch) || errors.Is(err, errPanicked):
		if errors.Is(err, errPanicked) && file != nil {
			// bbolt died half-way through opening and left its file open:
			// Windows renames no open file, so it could not be moved aside.
			file.Close()
		}
		return nil, false, refuse(dir, p, "bbolt cannot read it", err)
	case err != nil:
		return nil, false, fmt.Errorf("open %s: %w", p, datafile.Classify(err))
	}
	if held, err := file.Stat(); err == nil {
		if cur, err := os.Stat(p); err != nil || !os.SameFile(held, cur) {
			b.Close()
			return nil, true, fmt.Errorf("open %s: the file was replaced while opening it", p)
		}
	}
	if reason := checkContents(b); reason != "" {
		b.Close()
		return nil, false, refuse(dir, p, reason, nil)
	}
	db = &DB{bolt: b, dir: dir, path: p, damage: map[string]DamagedRecord{}}
	if err := db.migrate(); err != nil {
		b.Close()
		return nil, false, fmt.Errorf("update data file %s: %w", p, datafile.Classify(err))
	}
	if err := db.verify(hdr); err != nil {
		b.Close()
		return nil, false, err
	}
	db.afterOpen(time.Now())
	return db, false, nil
}

// verify reads every record of the open file and notes the damaged ones.
func (db *DB) verify(hdr fileHeader) error {
	if hdr.lostLast {
		db.noteDamage(DamagedRecord{Kind: RecordHeader, Reason: "the newest of the file's two header pages is damaged: " +
			"the file reads as it was one save earlier, so the last change saved may be missing"})
	}
	return db.view(func(tx *bolt.Tx) error {
		for _, d := range verifyRecords(tx, readVersion(tx), false) {
			db.noteDamage(d)
		}
		return nil
	})
}

// afterOpen does what a kit that holds the data file does once: remove what
// a crash left, finish an erasure a failure interrupted, and delete the
// copies kept aside longer than the retention period. Failures are not
// fatal: the next start tries again.
func (db *DB) afterOpen(now time.Time) {
	removeOwnTemps(db.dir)
	removeStaleTemps(db.dir, time.Hour)
	if todo, err := db.erasures(); err == nil && len(todo) > 0 {
		_ = db.erase()
	}
	_ = pruneCopies(db.dir, db.RetentionMonths(), now)
}

// errPanicked marks a panic of bbolt while opening a damaged file.
var errPanicked = errors.New("bbolt panicked")

func boltOpen(p string, opts *bolt.Options) (b *bolt.DB, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			b, err = nil, fmt.Errorf("%w: %v", errPanicked, r)
		}
	}()
	return bolt.Open(p, 0o600, opts)
}

// precheck looks at the data file before bbolt maps it: it must not be held
// by another instance, and must be a whole bbolt file with a sound tree of
// pages. A file that is not is moved aside and reported as a *CorruptError.
// A missing or empty file is what a first start (or one a crash
// interrupted) finds, and opens as new, unless backups exist: then the
// trainer's data vanished, and that is reported too.
func precheck(dir, p string) (fileHeader, error) {
	f, err := os.OpenFile(p, os.O_RDWR, 0)
	if errors.Is(err, fs.ErrNotExist) {
		if bs, err := listBackups(dir); err == nil && len(bs) > 0 {
			return fileHeader{}, refuse(dir, p, "the data file is missing, though backups of it exist", nil)
		}
		return fileHeader{}, nil
	}
	if err != nil {
		return fileHeader{}, fmt.Errorf("open %s: %w", p, datafile.Classify(err))
	}
	defer f.Close()
	if err := lockFile(f, lockTimeout); err != nil {
		if errors.Is(err, errLocked) {
			return fileHeader{}, fmt.Errorf("open %s: %w", p, ErrAlreadyOpen)
		}
		return fileHeader{}, fmt.Errorf("lock %s: %w", p, err)
	}
	hdr, reason, err := inspect(f)
	if err != nil {
		return fileHeader{}, fmt.Errorf("read %s: %w", p, err)
	}
	if reason == "" {
		return hdr, nil
	}
	if reason == reasonEmpty {
		if bs, err := listBackups(dir); err == nil && len(bs) == 0 {
			return fileHeader{}, nil
		}
	}
	if !canRenameLocked {
		f.Close()
	}
	return fileHeader{}, refuse(dir, p, reason, nil)
}

// refuse moves a bad data file aside, records that it awaits a decision, and
// describes it.
func refuse(dir, p, reason string, cause error) error {
	now := time.Now().UTC().Truncate(time.Second)
	var aside string
	if _, err := os.Lstat(p); err == nil {
		var moveErr error
		if aside, moveErr = moveAside(p, "corrupt", now); moveErr != nil {
			cause = errors.Join(cause, moveErr)
		}
	}
	ce := &CorruptError{Path: p, Aside: aside, Reason: reason, Err: cause, Found: now, Pending: true}
	if err := writePending(dir, pending{Path: p, Aside: aside, Reason: reason, Found: now}); err != nil {
		// Without the note the next start finds the file missing (and the
		// backups) or damaged again, and says so as well.
		ce.Err = errors.Join(ce.Err, err)
	}
	return ce
}

// view runs a read transaction; update a write transaction. Both recover a
// panic of bbolt (a damaged page): then the file is checked, and if its
// pages are damaged every later call returns the same *CorruptError and the
// next Open sets the file aside. Errors of the system are classified
// (ErrDiskFull, ErrNoPermission).
func (db *DB) view(fn func(tx *bolt.Tx) error) error   { return db.run(false, fn) }
func (db *DB) update(fn func(tx *bolt.Tx) error) error { return db.run(true, fn) }

func (db *DB) run(write bool, fn func(tx *bolt.Tx) error) error {
	db.mu.RLock()
	if db.broken != nil {
		db.mu.RUnlock()
		return db.broken
	}
	crash, err := guard(func() error {
		if write {
			return db.bolt.Update(fn)
		}
		return db.bolt.View(fn)
	})
	db.mu.RUnlock()
	if crash != nil {
		return db.crashed(crash)
	}
	return datafile.Classify(err)
}

// crash is a panic recovered by guard.
type crash struct {
	value any
	stack []byte
}

// guard runs fn, turning a panic (or a fault reading the mapped file) into
// a crash.
func guard(fn func() error) (c *crash, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			c, err = &crash{value: r, stack: debug.Stack()}, nil
		}
	}()
	return nil, fn()
}

// crashed decides what a panic during a transaction means: damage when the
// file's pages no longer pass checkStructure, a bug of the kit otherwise.
func (db *DB) crashed(c *crash) error {
	if err := db.checkPages(fmt.Errorf("%w: %v", errPanicked, c.value)); err != nil {
		return err
	}
	return fmt.Errorf("internal error of the kit (the data file is sound): %v\n%s", c.value, c.stack)
}

// checkPages reads the open file's pages again (checkStructure), as when a
// read panicked or a backup of it did not verify. When they are damaged,
// every later call returns the *CorruptError it returns, and the note that
// a decision is awaited is written: the next Open sets the file aside.
func (db *DB) checkPages(cause error) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.broken != nil {
		return db.broken
	}
	reason := "reading it failed"
	if f, err := os.Open(db.path); err == nil {
		_, r, err := inspect(f)
		f.Close()
		if err == nil {
			reason = r
		}
	}
	if reason == "" {
		return nil
	}
	now := time.Now().UTC().Truncate(time.Second)
	db.broken = &CorruptError{Path: db.path, Reason: reason, Err: cause, Found: now, Pending: true}
	_ = writePending(db.dir, pending{Path: db.path, Reason: reason, Found: now})
	return db.broken
}

// noteDamage adds a damaged record to what Damaged lists.
func (db *DB) noteDamage(d DamagedRecord) {
	db.dmu.Lock()
	db.damage[d.Kind+"\x00"+d.Session+"\x00"+d.Key] = d
	db.dmu.Unlock()
}

// forgetDamage drops what Damaged says of a record that was replaced or
// deleted.
func (db *DB) forgetDamage(kind, sessionID, key string) {
	db.dmu.Lock()
	delete(db.damage, kind+"\x00"+sessionID+"\x00"+key)
	db.dmu.Unlock()
}

// Damaged lists the records of the data file that could not be read, found
// when it was opened or since: each is left out of every list and the rest
// reads as usual. The interface tells the trainer (DamagedRecord.MessageID)
// and offers Repair, or a backup.
func (db *DB) Damaged() []DamagedRecord {
	db.dmu.Lock()
	out := make([]DamagedRecord, 0, len(db.damage))
	for _, d := range db.damage {
		out = append(out, d)
	}
	db.dmu.Unlock()
	sortDamage(out)
	return out
}

// reporter is what records report damage to.
func (db *DB) reporter() func(DamagedRecord) { return db.noteDamage }

// Dir is the data folder.
func (db *DB) Dir() string { return db.dir }

// Path is the data file's path.
func (db *DB) Path() string { return db.path }

// Close closes the data file.
func (db *DB) Close() error {
	db.mu.Lock()
	defer db.mu.Unlock()
	return db.bolt.Close()
}
