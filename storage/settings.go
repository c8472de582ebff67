package storage

import (
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// Setting returns a stored preference ("" when unset).
func (db *DB) Setting(key string) string {
	var v string
	_ = db.bolt.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketSettings); b != nil {
			v = string(b.Get([]byte(key)))
		}
		return nil
	})
	return v
}

// SetSetting stores a preference.
func (db *DB) SetSetting(key, value string) error {
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSettings).Put([]byte(key), []byte(value))
	})
	if err != nil {
		return fmt.Errorf("save setting %s: %w", key, err)
	}
	return nil
}
