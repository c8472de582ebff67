package storage

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/socialtech/trainerkit/course/datafile"
	bolt "go.etcd.io/bbolt"
)

// bbolt never overwrites a page in place: a deleted record stays in the
// file's free pages until they are reused, and tx.WriteTo copies free pages
// into backups. Erasing therefore means writing a new file that holds only
// what is kept (the same walk as bbolt.Compact, with a filter), and putting
// it in place of the old one.

// copyChunk is how many bytes of records one transaction of a copy writes.
const copyChunk = 8 << 20

// keepFunc says whether a record (value non-nil) or a nested bucket (value
// nil) under the buckets path is copied.
type keepFunc func(path [][]byte, key, value []byte) bool

// copier writes the copy, committing every copyChunk bytes.
type copier struct {
	dst  *bolt.DB
	tx   *bolt.Tx
	size int
	keep keepFunc
}

// copyTree copies every bucket and record of src that keep accepts (all
// when keep is nil) into dst, an empty bbolt file.
func copyTree(dst *bolt.DB, src *bolt.Tx, keep keepFunc) (err error) {
	c := &copier{dst: dst, keep: keep}
	if c.tx, err = dst.Begin(true); err != nil {
		return err
	}
	defer func() {
		if c.tx != nil {
			_ = c.tx.Rollback()
		}
	}()
	err = src.ForEach(func(name []byte, b *bolt.Bucket) error {
		nb, err := c.tx.CreateBucket(name)
		if err != nil {
			return err
		}
		if err := nb.SetSequence(b.Sequence()); err != nil {
			return err
		}
		return c.walk([][]byte{name}, b)
	})
	if err != nil {
		return err
	}
	err = c.tx.Commit()
	c.tx = nil
	return err
}

// walk copies the contents of the bucket at path.
func (c *copier) walk(path [][]byte, b *bolt.Bucket) error {
	return b.ForEach(func(k, v []byte) error {
		if c.keep != nil && !c.keep(path, k, v) {
			return nil
		}
		if v != nil {
			return c.put(path, k, v)
		}
		child := b.Bucket(k)
		if child == nil {
			return nil
		}
		nb, err := c.bucket(path)
		if err != nil {
			return err
		}
		cb, err := nb.CreateBucket(k)
		if err != nil {
			return err
		}
		if err := cb.SetSequence(child.Sequence()); err != nil {
			return err
		}
		return c.walk(append(path[:len(path):len(path)], k), child)
	})
}

// bucket is the copy's bucket at path, in the current transaction.
func (c *copier) bucket(path [][]byte) (*bolt.Bucket, error) {
	b := c.tx.Bucket(path[0])
	for _, k := range path[1:] {
		if b == nil {
			break
		}
		b = b.Bucket(k)
	}
	if b == nil {
		return nil, fmt.Errorf("copy: bucket %q vanished", path)
	}
	b.FillPercent = 1.0 // nothing will be inserted in between: fill the pages
	return b, nil
}

func (c *copier) put(path [][]byte, k, v []byte) error {
	if c.size += len(k) + len(v); c.size > copyChunk {
		if err := c.tx.Commit(); err != nil {
			c.tx = nil
			return err
		}
		var err error
		if c.tx, err = c.dst.Begin(true); err != nil {
			return err
		}
		c.size = len(k) + len(v)
	}
	b, err := c.bucket(path)
	if err != nil {
		return err
	}
	return b.Put(k, v)
}

// openTempBolt opens a new bbolt file in tmp (a file without a name where
// the system allows).
func openTempBolt(tmp *tempFile) (*bolt.DB, error) {
	return boltOpen(tmp.Name(), &bolt.Options{Timeout: lockTimeout, OpenFile: func(string, int, os.FileMode) (*os.File, error) {
		return tmp.File, nil
	}})
}

// copyVerified copies src (a read transaction of the file at srcPath) into
// a new file next to dstPath, checks the copy's structure, and returns it
// open, not yet in place.
func copyVerified(view func(func(*bolt.Tx) error) error, dstPath string, keep keepFunc) (*bolt.DB, *tempFile, error) {
	tmp, err := newTempFile(dstPath)
	if err != nil {
		return nil, nil, datafile.Classify(err)
	}
	dst, err := openTempBolt(tmp)
	if err != nil {
		tmp.Discard()
		return nil, nil, datafile.Classify(err)
	}
	fail := func(err error) (*bolt.DB, *tempFile, error) {
		dst.Close()
		tmp.Discard()
		return nil, nil, err
	}
	if err := view(func(tx *bolt.Tx) error { return copyTree(dst, tx, keep) }); err != nil {
		return fail(datafile.Classify(err))
	}
	if _, reason, err := inspect(tmp.File); err != nil || reason != "" {
		return fail(fmt.Errorf("the copy does not verify: %s %v", reason, err))
	}
	return dst, tmp, nil
}

// rewrite replaces the open data file by a copy holding what keep accepts
// (everything when keep is nil): free pages, and what deleted records left
// in them, are gone. With asideKind, the old file is kept under that name
// (p.KIND-YYYYMMDD-HHMMSS, returned). The copy is checked before it takes
// the old file's place; at every moment trainerkit.db is the old file or
// the whole copy.
func (db *DB) rewrite(keep keepFunc, asideKind string) (aside string, err error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.broken != nil {
		return "", db.broken
	}
	view := func(fn func(*bolt.Tx) error) error {
		c, err := guard(func() error { return db.bolt.View(fn) })
		if c != nil {
			return fmt.Errorf("%w: reading it failed: %v", ErrCorrupt, c.value)
		}
		return err
	}
	dst, tmp, err := copyVerified(view, db.path, keep)
	if err != nil {
		return "", err
	}
	if asideKind != "" {
		if aside, err = keepAside(db.path, asideKind, time.Now()); err != nil {
			dst.Close()
			tmp.Discard()
			return "", err
		}
	}
	if canRenameLocked {
		// The copy takes the file's name while both are open and locked:
		// no other instance can slip in between.
		if err := tmp.Publish(db.path, 0o600); err != nil {
			dst.Close()
			tmp.Discard()
			return aside, datafile.Classify(err)
		}
		old := db.bolt
		if !samePublished(tmp, db.path) {
			// The copy was published as a copy of itself (the system could
			// not name it): bbolt must open the file now in place.
			dst.Close()
			old.Close()
			return aside, db.reopen()
		}
		db.bolt = dst
		return aside, old.Close()
	}
	if err := tmp.GiveName(db.path); err != nil {
		dst.Close()
		tmp.Discard()
		return aside, datafile.Classify(err)
	}
	dst.Close()
	db.bolt.Close()
	err = os.Rename(tmp.Named(), db.path)
	if err != nil {
		os.Remove(tmp.Named())
	}
	datafile.SyncDir(filepath.Dir(db.path))
	return aside, errors.Join(datafile.Classify(err), db.reopen())
}

// samePublished reports whether path is now the very file tmp wrote.
func samePublished(tmp *tempFile, path string) bool {
	a, errA := tmp.Stat()
	b, errB := os.Stat(path)
	return errA == nil && errB == nil && os.SameFile(a, b)
}

// reopen opens the data file again after rewrite closed it. When it cannot,
// every call returns the error (the data file is on disk, whole).
func (db *DB) reopen() error {
	b, err := boltOpen(db.path, &bolt.Options{Timeout: lockTimeout})
	if err != nil {
		db.broken = fmt.Errorf("open %s again after compacting it (close the kit and open it again): %w", db.path, datafile.Classify(err))
		return db.broken
	}
	db.bolt = b
	return nil
}

// rewriteFile replaces the data file copy at path (a backup, a copy kept
// aside; closed) by a copy holding what keep accepts, with its permissions.
func rewriteFile(path string, keep keepFunc) error {
	info, err := os.Stat(path)
	if err != nil {
		return datafile.Classify(err)
	}
	src, err := boltOpen(path, &bolt.Options{ReadOnly: true, Timeout: lockTimeout})
	if err != nil {
		return datafile.Classify(err)
	}
	view := func(fn func(*bolt.Tx) error) error {
		c, err := guard(func() error { return src.View(fn) })
		if c != nil {
			return fmt.Errorf("%w: reading it failed: %v", ErrCorrupt, c.value)
		}
		return err
	}
	dst, tmp, err := copyVerified(view, path, keep)
	src.Close()
	if err != nil {
		return err
	}
	defer dst.Close()
	if err := tmp.Publish(path, info.Mode().Perm()); err != nil {
		tmp.Discard()
		return datafile.Classify(err)
	}
	return nil
}
