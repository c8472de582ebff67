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

// decodeOrg reads the profile's record.
func decodeOrg(p []byte) (course.Org, error) {
	var o course.Org
	if err := json.Unmarshal(p, &o); err != nil {
		return course.Org{}, fmt.Errorf("the organisation profile: %w", err)
	}
	return o, nil
}

// Org reads the training body's profile; an empty profile when none was
// saved, or when its record is damaged (Damaged then lists it, and saving
// the profile again replaces it).
func (db *DB) Org() (course.Org, error) {
	var o course.Org
	err := db.view(func(tx *bolt.Tx) error {
		p, err := db.bucket(tx, bucketSettings).get(string(keyOrg))
		if err != nil || p == nil {
			return nil // damaged (reported) or never saved
		}
		if o, err = decodeOrg(p); err != nil {
			db.noteDamage(DamagedRecord{Kind: RecordSetting, Key: string(keyOrg), Reason: err.Error()})
			o = course.Org{}
		}
		return nil
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
	err := db.update(func(tx *bolt.Tx) error {
		b := db.bucket(tx, bucketSettings)
		if o.Empty() {
			return b.del(string(keyOrg))
		}
		v, err := json.Marshal(o)
		if err != nil {
			return err
		}
		return b.put(string(keyOrg), v)
	})
	if err != nil {
		return fmt.Errorf("save the organisation profile: %w", err)
	}
	db.forgetDamage(RecordSetting, "", string(keyOrg))
	return nil
}
