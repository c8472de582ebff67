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
	bucketSessions     = []byte("sessions")      // session id -> JSON
	bucketParticipants = []byte("participants")  // session id -> {participant id -> JSON}
	bucketAttendance   = []byte("attendance")    // session id -> {participant|day|half -> JSON}
	bucketTemplates    = []byte("templates")     // template name -> JSON agenda
	bucketOverlays     = []byte("overlays")      // module/lang/part -> JSON course.Overlay
	bucketOwnModules   = []byte("own_modules")   // own module UID -> JSON course.Module
	bucketResults      = []byte("results")       // session id -> {participant|module|when -> JSON}
	bucketAppreciation = []byte("appreciations") // session id -> {id -> JSON}
	keySchema          = []byte("schema")
	keyErase           = []byte("erase") // participants forgotten but maybe not yet erased everywhere (erase.go)
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
	{4, "a checksum on every record", sealAll},
	{5, "half-days: every agenda block in the morning or the afternoon", anchorHalfDays},
	{6, "quiz results and appreciation questionnaires", func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketResults, bucketAppreciation} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	}},
}

// sealAll adds its checksum to every record (records.go). A record that
// already ends with a valid checksum is left as it is, so that running it
// twice (a schema number damaged back to 3) changes nothing.
func sealAll(tx *bolt.Tx) error {
	for _, k := range kinds {
		top := tx.Bucket(k.bucket)
		if top == nil {
			continue
		}
		if !k.nested {
			if err := sealBucket(top, string(k.bucket)); err != nil {
				return err
			}
			continue
		}
		var ids [][]byte
		err := top.ForEachBucket(func(id []byte) error {
			ids = append(ids, append([]byte(nil), id...))
			return nil
		})
		if err != nil {
			return err
		}
		for _, id := range ids {
			if err := sealBucket(top.Bucket(id), string(k.bucket)+"/"+string(id)); err != nil {
				return err
			}
		}
	}
	return nil
}

func sealBucket(b *bolt.Bucket, path string) error {
	type kv struct{ k, v []byte }
	var todo []kv
	err := b.ForEach(func(k, v []byte) error {
		if v == nil {
			return nil
		}
		if _, ok := unseal(path, k, v); !ok {
			todo = append(todo, kv{append([]byte(nil), k...), seal(path, k, v)})
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, r := range todo {
		if err := b.Put(r.k, r.v); err != nil {
			return err
		}
	}
	return nil
}

// ErrNewerFile is datafile.ErrNewerFile: a file from a newer kit, left as it is.
var ErrNewerFile = datafile.ErrNewerFile

// SchemaVersion is the version this build of the kit writes.
func SchemaVersion() uint64 { return migrations[len(migrations)-1].To }

// Version reads the data file's schema version (0 for a file from before
// versioning or a new one).
func (db *DB) Version() (uint64, error) {
	var v uint64
	err := db.view(func(tx *bolt.Tx) error {
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
		err := db.update(func(tx *bolt.Tx) error {
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
// none, with the defaults). Only the records that change are written, with
// their checksum; a damaged record is left for the check to report.
func anchorHalfDays(tx *bolt.Tx) error {
	type kv struct {
		k string
		v []byte
	}
	anchor := func(bucket []byte, fn func(p []byte) ([]byte, error)) error {
		r, err := recordsIn(tx, bucket, "", false, nil)
		if err != nil || r.b == nil {
			return err
		}
		var changed []kv
		err = r.each(func(k, p []byte) error {
			nv, err := fn(p)
			if err != nil {
				return skip(err)
			}
			if nv != nil {
				changed = append(changed, kv{string(k), nv})
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("%s: %w", bucket, err)
		}
		// Written after the walk: bbolt forbids writing under a cursor.
		for _, c := range changed {
			if err := r.put(c.k, c.v); err != nil {
				return fmt.Errorf("%s %s: %w", bucket, c.k, err)
			}
		}
		return nil
	}
	err := anchor(bucketSessions, func(p []byte) ([]byte, error) {
		var s session.Session
		if err := json.Unmarshal(p, &s); err != nil || !s.AnchorAll() {
			return nil, err
		}
		return json.Marshal(&s)
	})
	if err != nil {
		return err
	}
	return anchor(bucketTemplates, func(p []byte) ([]byte, error) {
		var t session.Template
		if err := json.Unmarshal(p, &t); err != nil {
			return nil, err
		}
		s := session.Session{Agenda: t.Agenda}
		if !s.AnchorAll() {
			return nil, nil
		}
		return json.Marshal(t)
	})
}
