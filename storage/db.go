// Package storage keeps the trainer's data in one bbolt file in the data
// folder. It is the only package that knows bbolt and its buckets.
package storage

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// FileName is the name of the database file in the data folder.
const FileName = "trainerkit.db"

// ErrAlreadyOpen means another instance of the kit holds the data file.
var ErrAlreadyOpen = errors.New("the Trainer Kit is already open (another window or process uses its data file)")

// lockTimeout is how long Open waits for another instance to let go of the
// file before saying so, instead of hanging.
const lockTimeout = time.Second

// DB is the kit's open data file.
type DB struct {
	bolt *bolt.DB
	dir  string
}

// DefaultDir is the data folder: $TRAINERKIT_DATA if set, else the user's
// configuration folder + "trainerkit".
func DefaultDir() (string, error) {
	if d := os.Getenv("TRAINERKIT_DATA"); d != "" {
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
func Open(dir string) (*DB, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create data folder %s: %w", dir, err)
	}
	p := filepath.Join(dir, FileName)
	b, err := bolt.Open(p, 0o600, &bolt.Options{Timeout: lockTimeout})
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, fmt.Errorf("open %s: %w", p, ErrAlreadyOpen)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", p, err)
	}
	db := &DB{bolt: b, dir: dir}
	if err := db.migrate(); err != nil {
		b.Close()
		return nil, fmt.Errorf("update data file %s: %w", p, err)
	}
	return db, nil
}

// Dir is the data folder.
func (db *DB) Dir() string { return db.dir }

// Path is the data file's path.
func (db *DB) Path() string { return db.bolt.Path() }

// Close closes the data file.
func (db *DB) Close() error { return db.bolt.Close() }
