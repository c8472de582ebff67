package storage

import (
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/socialtech/trainerkit/course"
)

// keyOrg is where the organisation profile lives in the settings bucket:
// one JSON record (the logo, a small PNG, inside it), so no migration.
var keyOrg = []byte("org.profile")

// Org reads the training body's profile; an empty profile when none was
// saved.
func (db *DB) Org() (course.Org, error) {
	var o course.Org
	err := db.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSettings).Get(keyOrg)
		if b == nil {
			return nil
		}
		return json.Unmarshal(b, &o)
	})
	if err != nil {
		return course.Org{}, fmt.Errorf("read the organisation profile: %w", err)
	}
	return o, nil
}

// SaveOrg normalises and checks the profile (course.Org.Normalise), then
// stores it; an empty profile removes it. A logo must have gone through
// course.NormaliseLogo.
func (db *DB) SaveOrg(o course.Org) error {
	if err := o.Normalise(); err != nil {
		return fmt.Errorf("save the organisation profile: %w", err)
	}
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSettings)
		if o.Empty() {
			return b.Delete(keyOrg)
		}
		v, err := json.Marshal(o)
		if err != nil {
			return err
		}
		return b.Put(keyOrg, v)
	})
	if err != nil {
		return fmt.Errorf("save the organisation profile: %w", err)
	}
	return nil
}
