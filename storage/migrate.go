package storage

import (
	"encoding/binary"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/course/session"
)

var (
	bucketMeta         = []byte("meta")
	bucketSettings     = []byte("settings")
	bucketSessions     = []byte("sessions")     // session id -> JSON
	bucketParticipants = []byte("participants") // session id -> {participant id -> JSON}
	bucketAttendance   = []byte("attendance")   // session id -> {participant|day|half -> JSON}
	bucketTemplates    = []byte("templates")    // template name -> JSON agenda
	bucketOverlays     = []byte("overlays")     // module/lang/part -> JSON course.Overlay
	bucketOwnModules   = []byte("own_modules")  // own module UID -> JSON course.Module
	keySchema          = []byte("schema")
)

// A migration brings the data file from version To-1 to To, in one
// transaction: it either fully happens or not at all.
type migration struct {
	To    uint64
	Name  string
	Apply func(tx *bolt.Tx) error
}

// migrations run in order; append new ones, never edit a released one.
var migrations = []migration{
	{1, "settings bucket", func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucketSettings)
		return err
	}},
	{2, "sessions, participants, attendance and agenda templates", func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketSessions, bucketParticipants, bucketAttendance, bucketTemplates} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	}},
	{3, "customisations and own modules", func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketOverlays, bucketOwnModules} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	}},
	{4, "half-days: every agenda block in the morning or the afternoon", anchorHalfDays},
}

// ErrNewerFile is datafile.ErrNewerFile: a file from a newer kit, left as it is.
var ErrNewerFile = datafile.ErrNewerFile

// SchemaVersion is the version this build of the kit writes.
func SchemaVersion() uint64 { return migrations[len(migrations)-1].To }

// Version reads the data file's schema version (0 for a file from before
// versioning or a new one).
func (db *DB) Version() (uint64, error) {
	var v uint64
	err := db.bolt.View(func(tx *bolt.Tx) error {
		v = readVersion(tx)
		return nil
	})
	return v, err
}

func readVersion(tx *bolt.Tx) uint64 {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return 0
	}
	b := meta.Get(keySchema)
	if len(b) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

func writeVersion(tx *bolt.Tx, v uint64) error {
	meta, err := tx.CreateBucketIfNotExists(bucketMeta)
	if err != nil {
		return err
	}
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return meta.Put(keySchema, b[:])
}

// migrate runs each migration the file lacks, one transaction each, so that
// an interruption leaves the file at the last completed version.
func (db *DB) migrate() error {
	cur, err := db.Version()
	if err != nil {
		return err
	}
	if cur > SchemaVersion() {
		return fmt.Errorf("%w (schema %d, this one knows %d)", ErrNewerFile, cur, SchemaVersion())
	}
	for _, m := range migrations {
		if m.To <= cur {
			continue
		}
		err := db.bolt.Update(func(tx *bolt.Tx) error {
			if err := m.Apply(tx); err != nil {
				return err
			}
			return writeVersion(tx, m.To)
		})
		if err != nil {
			return fmt.Errorf("migration %d (%s): %w", m.To, m.Name, err)
		}
	}
	return nil
}

// anchorHalfDays gives every block of the stored sessions and templates the
// half-day its time fell in under the old flowing schedule
// (session.Anchor), with each day's own times (a template's, which has
// none, with the defaults). Only the records that change are written.
func anchorHalfDays(tx *bolt.Tx) error {
	sessions := tx.Bucket(bucketSessions)
	err := rewrite(sessions, func(v []byte) ([]byte, error) {
		var s session.Session
		if err := json.Unmarshal(v, &s); err != nil || !s.AnchorAll() {
			return nil, err
		}
		return json.Marshal(&s)
	})
	if err != nil {
		return fmt.Errorf("sessions: %w", err)
	}
	err = rewrite(tx.Bucket(bucketTemplates), func(v []byte) ([]byte, error) {
		var t session.Template
		if err := json.Unmarshal(v, &t); err != nil {
			return nil, err
		}
		s := session.Session{Agenda: t.Agenda}
		if !s.AnchorAll() {
			return nil, nil
		}
		return json.Marshal(t)
	})
	if err != nil {
		return fmt.Errorf("templates: %w", err)
	}
	return nil
}

// rewrite replaces each value of b that fn changes (fn returns nil for a
// value to keep). Keys are gathered first: bbolt forbids writing while a
// cursor walks the bucket.
func rewrite(b *bolt.Bucket, fn func(v []byte) ([]byte, error)) error {
	if b == nil {
		return nil
	}
	type kv struct{ k, v []byte }
	var changed []kv
	err := b.ForEach(func(k, v []byte) error {
		nv, err := fn(v)
		if err != nil {
			return fmt.Errorf("%s: %w", k, err)
		}
		if nv != nil {
			changed = append(changed, kv{append([]byte(nil), k...), nv})
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, c := range changed {
		if err := b.Put(c.k, c.v); err != nil {
			return err
		}
	}
	return nil
}
