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
	err := db.update(func(tx *bolt.Tx) error { return db.putOverlay(tx, o) })
	if err != nil {
		return fmt.Errorf("save customisation of %s: %w", o.Key(), err)
	}
	db.forgetDamage(RecordCustomisation, "", o.Key())
	return nil
}

func (db *DB) putOverlay(tx *bolt.Tx, o course.Overlay) error {
	r := db.bucket(tx, bucketOverlays)
	if o.Empty() {
		return r.del(o.Key())
	}
	v, err := json.Marshal(o)
	if err != nil {
		return err
	}
	return r.put(o.Key(), v)
}

// DeleteOverlay drops every customisation of a part: "reset to original".
func (db *DB) DeleteOverlay(module, lang, part string) error {
	key := course.OverlayKey(module, lang, part)
	err := db.update(func(tx *bolt.Tx) error { return db.bucket(tx, bucketOverlays).del(key) })
	if err != nil {
		return fmt.Errorf("reset %s: %w", key, err)
	}
	db.forgetDamage(RecordCustomisation, "", key)
	return nil
}

// Overlays lists every customisation, by module, language and part. One
// that cannot be read is left out and listed by Damaged.
func (db *DB) Overlays() ([]course.Overlay, error) {
	var out []course.Overlay
	err := db.view(func(tx *bolt.Tx) (err error) {
		out, err = db.readOverlays(tx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("list customisations: %w", err)
	}
	return out, nil
}

func (db *DB) readOverlays(tx *bolt.Tx) ([]course.Overlay, error) {
	var out []course.Overlay
	err := db.bucket(tx, bucketOverlays).each(func(k, v []byte) error {
		o, err := decodeOverlay(k, v)
		if err != nil {
			return skip(err)
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
	err := db.update(func(tx *bolt.Tx) error { return db.putOwnModule(tx, m) })
	if err != nil {
		return fmt.Errorf("save module %q: %w", m.TitleIn("en"), err)
	}
	db.forgetDamage(RecordOwnModule, "", m.UID)
	return nil
}

func (db *DB) putOwnModule(tx *bolt.Tx, m *course.Module) error {
	v, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return db.bucket(tx, bucketOwnModules).put(m.UID, v)
}

// DeleteOwnModule removes an own module and its customisations (notes,
// hidden sections).
func (db *DB) DeleteOwnModule(uid string) error {
	err := db.update(func(tx *bolt.Tx) error {
		if err := db.bucket(tx, bucketOwnModules).del(uid); err != nil {
			return err
		}
		return deletePrefix(tx.Bucket(bucketOverlays), []byte(uid+"/"))
	})
	if err != nil {
		return fmt.Errorf("delete module %s: %w", uid, err)
	}
	db.forgetDamage(RecordOwnModule, "", uid)
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

// OwnModules lists the trainer's own modules by number. One that cannot be
// read is left out and listed by Damaged.
func (db *DB) OwnModules() ([]*course.Module, error) {
	var out []*course.Module
	err := db.view(func(tx *bolt.Tx) (err error) {
		out, err = db.readOwnModules(tx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("list own modules: %w", err)
	}
	return out, nil
}

func (db *DB) readOwnModules(tx *bolt.Tx) ([]*course.Module, error) {
	var out []*course.Module
	err := db.bucket(tx, bucketOwnModules).each(func(k, v []byte) error {
		m, err := decodeOwnModule(k, v)
		if err != nil {
			return skip(err)
		}
		out = append(out, m)
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

// UnknownCustomisations lists the customisations stored for modules that are
// neither in lib (the bundled library, or the one the trainer sees) nor
// among the own modules: an earlier kit imported them from packs, and
// nothing shows them. DeleteCustomisations removes them.
func (db *DB) UnknownCustomisations(lib *course.Library) ([]string, error) {
	var keys []string
	err := db.view(func(tx *bolt.Tx) error {
		own := db.bucket(tx, bucketOwnModules)
		return db.bucket(tx, bucketOverlays).each(func(k, v []byte) error {
			o, err := decodeOverlay(k, v)
			if err != nil {
				return skip(err)
			}
			if !own.has(o.Module) && (lib == nil || lib.ByKey(o.Module) == nil) {
				keys = append(keys, o.Key())
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list customisations: %w", err)
	}
	return keys, nil
}

// DeleteCustomisations deletes the customisations with these keys
// (course.OverlayKey) in one transaction.
func (db *DB) DeleteCustomisations(keys []string) error {
	err := db.update(func(tx *bolt.Tx) error {
		r := db.bucket(tx, bucketOverlays)
		for _, k := range keys {
			if err := r.del(k); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("delete customisations: %w", err)
	}
	for _, k := range keys {
		db.forgetDamage(RecordCustomisation, "", k)
	}
	return nil
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
