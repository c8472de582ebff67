package storage

import (
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// Setting returns a stored preference ("" when unset, or when its record
// is damaged: then Damaged lists it).
func (db *DB) Setting(key string) string {
	var v string
	_ = db.view(func(tx *bolt.Tx) error {
		p, err := db.bucket(tx, bucketSettings).get(key)
		if err == nil {
			v = string(p)
		}
		return nil
	})
	return v
}

// SetSetting stores a preference.
func (db *DB) SetSetting(key, value string) error {
	err := db.update(func(tx *bolt.Tx) error {
		return db.bucket(tx, bucketSettings).put(key, []byte(value))
	})
	if err != nil {
		return fmt.Errorf("save setting %s: %w", key, err)
	}
	db.forgetDamage(RecordSetting, "", key)
	return nil
}
