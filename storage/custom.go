package storage

import (
	"encoding/json"
	"fmt"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/socialtech/trainerkit/course"
)

// SaveOverlay stores the trainer's customisation of a part, replacing the
// previous one; an overlay that changes nothing is deleted instead.
func (db *DB) SaveOverlay(o course.Overlay) error {
	if err := o.Check(); err != nil {
		return fmt.Errorf("save customisation: %w", err)
	}
	o.Updated = time.Now().UTC()
	err := db.bolt.Update(func(tx *bolt.Tx) error { return putOverlay(tx, o) })
	if err != nil {
		return fmt.Errorf("save customisation of %s: %w", o.Key(), err)
	}
	return nil
}

func putOverlay(tx *bolt.Tx, o course.Overlay) error {
	b := tx.Bucket(bucketOverlays)
	if o.Empty() {
		return b.Delete([]byte(o.Key()))
	}
	v, err := json.Marshal(o)
	if err != nil {
		return err
	}
	return b.Put([]byte(o.Key()), v)
}

// DeleteOverlay drops every customisation of a part: "reset to original".
func (db *DB) DeleteOverlay(module, lang, part string) error {
	key := course.OverlayKey(module, lang, part)
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketOverlays).Delete([]byte(key))
	})
	if err != nil {
		return fmt.Errorf("reset %s: %w", key, err)
	}
	return nil
}

// Overlays lists every customisation, by module, language and part.
func (db *DB) Overlays() ([]course.Overlay, error) {
	var out []course.Overlay
	err := db.bolt.View(func(tx *bolt.Tx) (err error) {
		out, err = readOverlays(tx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("list customisations: %w", err)
	}
	return out, nil
}

func readOverlays(tx *bolt.Tx) ([]course.Overlay, error) {
	var out []course.Overlay
	err := tx.Bucket(bucketOverlays).ForEach(func(k, v []byte) error {
		var o course.Overlay
		if err := json.Unmarshal(v, &o); err != nil {
			return fmt.Errorf("customisation %s: %w", k, err)
		}
		out = append(out, o)
		return nil
	})
	return out, err
}

// SaveOwnModule stores a module the trainer wrote, replacing the one with
// the same UID.
func (db *DB) SaveOwnModule(m *course.Module) error {
	if err := course.CheckOwn(m); err != nil {
		return fmt.Errorf("save module: %w", err)
	}
	err := db.bolt.Update(func(tx *bolt.Tx) error { return putOwnModule(tx, m) })
	if err != nil {
		return fmt.Errorf("save module %q: %w", m.TitleIn("en"), err)
	}
	return nil
}

func putOwnModule(tx *bolt.Tx, m *course.Module) error {
	v, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketOwnModules).Put([]byte(m.UID), v)
}

// DeleteOwnModule removes an own module and its customisations (notes,
// hidden sections).
func (db *DB) DeleteOwnModule(uid string) error {
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bucketOwnModules).Delete([]byte(uid)); err != nil {
			return err
		}
		return deletePrefix(tx.Bucket(bucketOverlays), []byte(uid+"/"))
	})
	if err != nil {
		return fmt.Errorf("delete module %s: %w", uid, err)
	}
	return nil
}

// deletePrefix removes every key of b that starts with prefix.
func deletePrefix(b *bolt.Bucket, prefix []byte) error {
	var keys [][]byte
	c := b.Cursor()
	for k, _ := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, _ = c.Next() {
		keys = append(keys, append([]byte(nil), k...))
	}
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// OwnModules lists the trainer's own modules by number.
func (db *DB) OwnModules() ([]*course.Module, error) {
	var out []*course.Module
	err := db.bolt.View(func(tx *bolt.Tx) (err error) {
		out, err = readOwnModules(tx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("list own modules: %w", err)
	}
	return out, nil
}

func readOwnModules(tx *bolt.Tx) ([]*course.Module, error) {
	var out []*course.Module
	err := tx.Bucket(bucketOwnModules).ForEach(func(k, v []byte) error {
		var m course.Module
		if err := json.Unmarshal(v, &m); err != nil {
			return fmt.Errorf("module %s: %w", k, err)
		}
		out = append(out, &m)
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Number < out[j].Number })
	return out, err
}

// Library is the library the trainer sees: the bundled modules with the
// stored customisations applied, then the own modules.
func (db *DB) Library(bundled *course.Library) (*course.Library, error) {
	ovs, err := db.Overlays()
	if err != nil {
		return nil, err
	}
	own, err := db.OwnModules()
	if err != nil {
		return nil, err
	}
	return course.Apply(bundled, ovs, own), nil
}

// Reload builds lib again, in place, from its bundled originals and the
// customisations and own modules the data file holds now (after a pack
// import, say), so that every screen holding lib sees them.
func (db *DB) Reload(lib *course.Library) error {
	fresh, err := db.Library(lib.Bundled())
	if err != nil {
		return fmt.Errorf("reload customisations: %w", err)
	}
	lib.Modules = fresh.Modules
	return nil
}
