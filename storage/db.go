// Package storage keeps the trainer's data in one bbolt file in the data
// folder. It is the only package that knows bbolt and its buckets.
package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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
	bolt *bolt.DB
	dir  string
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
// Errors: ErrAlreadyOpen when another instance holds the file; ErrNoPermission
// or ErrDiskFull (wrapped) when the folder cannot be written; a *CorruptError
// (errors.Is(err, ErrCorrupt)) when the file is damaged, truncated, empty
// while backups exist, or belongs to another program: the file has then been
// renamed aside (trainerkit.db.corrupt-YYYYMMDD-HHMMSS), never overwritten,
// and the caller offers RestoreLatest or StartFresh, then calls Open again.
func Open(dir string) (*DB, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create data folder %s: %w", dir, datafile.Classify(err))
	}
	p := filepath.Join(dir, FileName)
	for attempt := 1; ; attempt++ {
		db, replaced, err := open(dir, p)
		if !replaced || attempt == 3 {
			return db, err
		}
	}
}

// open is one attempt of Open; replaced says that a restore put another file
// in place while it waited for the lock, and that it is worth trying again.
func open(dir, p string) (db *DB, replaced bool, err error) {
	if err := precheck(dir, p); err != nil {
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
		return nil, false, refuse(p, "bbolt cannot read it", err)
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
		return nil, false, refuse(p, reason, nil)
	}
	db = &DB{bolt: b, dir: dir}
	if err := db.migrate(); err != nil {
		b.Close()
		return nil, false, fmt.Errorf("update data file %s: %w", p, datafile.Classify(err))
	}
	removeStaleTemps(dir, time.Hour)
	return db, false, nil
}

// errPanicked marks a panic of bbolt while opening a damaged file.
var errPanicked = errors.New("bbolt panicked")

func boltOpen(p string, opts *bolt.Options) (b *bolt.DB, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, err = nil, fmt.Errorf("%w: %v", errPanicked, r)
		}
	}()
	return bolt.Open(p, 0o600, opts)
}

// precheck looks at an existing data file before bbolt maps it: it must not
// be held by another instance, and must be a whole bbolt file. A file that
// is not is moved aside and reported as a *CorruptError.
func precheck(dir, p string) error {
	f, err := os.OpenFile(p, os.O_RDWR, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("open %s: %w", p, datafile.Classify(err))
	}
	defer f.Close()
	if err := lockFile(f, lockTimeout); err != nil {
		if errors.Is(err, errLocked) {
			return fmt.Errorf("open %s: %w", p, ErrAlreadyOpen)
		}
		return fmt.Errorf("lock %s: %w", p, err)
	}
	reason, err := inspect(f)
	if err != nil {
		return fmt.Errorf("read %s: %w", p, err)
	}
	if reason == "" {
		return nil
	}
	// An empty file is what a crash while creating the very first file leaves:
	// nothing was lost and bbolt starts it afresh. With backups around, it
	// means the trainer's data vanished: say so and offer to restore.
	if reason == reasonEmpty {
		if bs, err := ListBackups(dir); err == nil && len(bs) == 0 {
			return nil
		}
	}
	if !canRenameLocked {
		f.Close()
	}
	return refuse(p, reason, nil)
}

// refuse moves a bad data file aside and describes it.
func refuse(p, reason string, cause error) error {
	aside, err := moveAside(p, "corrupt", time.Now())
	if err != nil {
		cause = errors.Join(cause, err)
	}
	return &CorruptError{Path: p, Aside: aside, Reason: reason, Err: cause}
}

// Dir is the data folder.
func (db *DB) Dir() string { return db.dir }

// Path is the data file's path.
func (db *DB) Path() string { return db.bolt.Path() }

// Close closes the data file.
func (db *DB) Close() error { return db.bolt.Close() }
