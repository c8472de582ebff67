package storage

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"sort"

	bolt "go.etcd.io/bbolt"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/course/session"
)

// Since schema 4 every record ends with a CRC-32C of its bucket, its key and
// its contents: bbolt keeps no checksum of its pages, and a byte changed by
// damage would otherwise read as data. A record whose checksum fails is
// reported (DamagedRecord) and left out; the others read as usual.

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// sealVersion is the first schema whose records carry a checksum.
const sealVersion = 4

var zero = []byte{0}

func recordSum(path string, key, payload []byte) uint32 {
	sum := crc32.Update(0, castagnoli, []byte(path))
	sum = crc32.Update(sum, castagnoli, zero)
	sum = crc32.Update(sum, castagnoli, key)
	sum = crc32.Update(sum, castagnoli, zero)
	return crc32.Update(sum, castagnoli, payload)
}

// seal is the stored form of a record: payload, then its checksum.
func seal(path string, key, payload []byte) []byte {
	out := make([]byte, len(payload)+4)
	copy(out, payload)
	binary.BigEndian.PutUint32(out[len(payload):], recordSum(path, key, payload))
	return out
}

// unseal checks a stored record and returns its payload.
func unseal(path string, key, v []byte) ([]byte, bool) {
	if len(v) < 4 {
		return nil, false
	}
	p := v[:len(v)-4]
	return p, binary.BigEndian.Uint32(v[len(p):]) == recordSum(path, key, p)
}

// Kinds of DamagedRecord (see datafile).
const (
	RecordSession       = datafile.RecordSession
	RecordParticipant   = datafile.RecordParticipant
	RecordAttendance    = datafile.RecordAttendance
	RecordTemplate      = datafile.RecordTemplate
	RecordCustomisation = datafile.RecordCustomisation
	RecordOwnModule     = datafile.RecordOwnModule
	RecordSetting       = datafile.RecordSetting
	RecordMeta          = datafile.RecordMeta
	RecordHeader        = datafile.RecordHeader
	RecordResult        = "quiz result"
	RecordAppreciation  = "questionnaire"
)

// DamagedRecord is a record of the data file that could not be read: it is
// left out of every list, and the rest reads as usual. DB.Damaged lists
// them; DB.Repair removes them; a backup holds them back.
type DamagedRecord = datafile.DamagedRecord

// errDamagedRecord is what reading one damaged record returns; it wraps
// ErrCorrupt.
var errDamagedRecord = fmt.Errorf("%w: a record is damaged", ErrCorrupt)

// kind describes the records of one top-level bucket.
type kind struct {
	bucket []byte
	name   string // the DamagedRecord kind
	nested bool   // one nested bucket per session
	// check decodes a record's payload and checks it is the record its
	// key names.
	check func(key, payload []byte) error
}

// kinds are the kit's buckets of records, in the order verification walks.
var kinds = []kind{
	{bucketSettings, RecordSetting, false, func(k, p []byte) error {
		if bytes.Equal(k, keyOrg) {
			_, err := decodeOrg(p)
			return err
		}
		return nil
	}},
	{bucketSessions, RecordSession, false, func(k, p []byte) error { _, err := decodeSession(k, p); return err }},
	{bucketParticipants, RecordParticipant, true, func(k, p []byte) error {
		pt, err := decodeParticipant(p)
		if err == nil && pt.ID != string(k) {
			err = fmt.Errorf("the record of %q is under key %q", pt.ID, k)
		}
		return err
	}},
	{bucketAttendance, RecordAttendance, true, func(k, p []byte) error { _, err := decodeMark(k, p); return err }},
	{bucketTemplates, RecordTemplate, false, func(k, p []byte) error { _, err := decodeTemplate(k, p); return err }},
	{bucketOverlays, RecordCustomisation, false, func(k, p []byte) error { _, err := decodeOverlay(k, p); return err }},
	{bucketOwnModules, RecordOwnModule, false, func(k, p []byte) error { _, err := decodeOwnModule(k, p); return err }},
	{bucketResults, RecordResult, true, func(k, p []byte) error { _, err := decodeResult(k, p); return err }},
	{bucketAppreciation, RecordAppreciation, true, func(k, p []byte) error { _, err := decodeAppreciation(k, p); return err }},
}

// checkIf is check when decode is set.
func (k kind) checkIf(decode bool, key, payload []byte) error {
	if !decode {
		return nil
	}
	return k.check(key, payload)
}

func kindOf(bucket []byte) kind {
	for _, k := range kinds {
		if bytes.Equal(k.bucket, bucket) {
			return k
		}
	}
	return kind{bucket: bucket, name: RecordMeta, check: func(k, p []byte) error { return nil }}
}

func decodeSession(k, p []byte) (*session.Session, error) {
	var s session.Session
	if err := json.Unmarshal(p, &s); err != nil {
		return nil, err
	}
	if s.ID != string(k) {
		return nil, fmt.Errorf("the session %q is under key %q", s.ID, k)
	}
	return &s, nil
}

func decodeMark(k, p []byte) (session.Mark, error) {
	var m session.Mark
	if err := json.Unmarshal(p, &m); err != nil {
		return m, err
	}
	if !bytes.Equal(markKey(m), k) {
		return m, fmt.Errorf("the mark %s is under key %q", markKey(m), k)
	}
	return m, nil
}

func decodeTemplate(k, p []byte) (Template, error) {
	var t Template
	if err := json.Unmarshal(p, &t); err != nil {
		return t, err
	}
	if t.Name != string(k) {
		return t, fmt.Errorf("the template %q is under key %q", t.Name, k)
	}
	return t, nil
}

func decodeOverlay(k, p []byte) (course.Overlay, error) {
	var o course.Overlay
	if err := json.Unmarshal(p, &o); err != nil {
		return o, err
	}
	if o.Key() != string(k) {
		return o, fmt.Errorf("the customisation %s is under key %q", o.Key(), k)
	}
	return o, nil
}

func decodeOwnModule(k, p []byte) (*course.Module, error) {
	var m course.Module
	if err := json.Unmarshal(p, &m); err != nil {
		return nil, err
	}
	if m.UID != string(k) {
		return nil, fmt.Errorf("the module %q is under key %q", m.UID, k)
	}
	return &m, nil
}

// records is one bucket of records inside a transaction.
type records struct {
	b       *bolt.Bucket // nil: the bucket does not exist (reads find nothing)
	k       kind
	session string // the nested bucket's session, for nested kinds
	path    string // what the checksums cover: "sessions", "participants/ID"
	sealed  bool   // the records carry a checksum (schema 4 and later)
	report  func(DamagedRecord)
}

// recordsIn opens the top-level bucket name, or the nested bucket of
// session when it is a kind with one bucket per session. create makes a
// missing nested bucket.
func recordsIn(tx *bolt.Tx, name []byte, sessionID string, create bool, report func(DamagedRecord)) (*records, error) {
	r := &records{k: kindOf(name), session: sessionID, path: string(name), sealed: true, report: report}
	r.b = tx.Bucket(name)
	if sessionID != "" {
		r.path += "/" + sessionID
		if r.b != nil {
			var err error
			switch {
			case create:
				r.b, err = r.b.CreateBucketIfNotExists([]byte(sessionID))
			case r.b.Get([]byte(sessionID)) != nil:
				// A value where the session's bucket should be.
				r.damaged(nil, "the list is not a bucket")
				r.b = nil
			default:
				r.b = r.b.Bucket([]byte(sessionID))
			}
			if err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

func (r *records) damaged(key []byte, reason string) {
	if r.report != nil {
		r.report(DamagedRecord{Kind: r.k.name, Session: r.session, Key: string(key), Reason: reason})
	}
}

// payload checks a stored value and returns its contents.
func (r *records) payload(key, v []byte) ([]byte, bool) {
	if !r.sealed {
		return v, true
	}
	p, ok := unseal(r.path, key, v)
	if !ok {
		r.damaged(key, "its checksum does not match its contents")
	}
	return p, ok
}

// get reads one record: nil, nil when there is none; errDamagedRecord when
// it is damaged (reported).
func (r *records) get(key string) ([]byte, error) {
	if r.b == nil {
		return nil, nil
	}
	v := r.b.Get([]byte(key))
	if v == nil {
		if r.b.Bucket([]byte(key)) != nil {
			r.damaged([]byte(key), "a bucket stands where the record should be")
			return nil, errDamagedRecord
		}
		return nil, nil
	}
	p, ok := r.payload([]byte(key), v)
	if !ok {
		return nil, errDamagedRecord
	}
	return p, nil
}

// has reports whether a record (damaged or not) is under key.
func (r *records) has(key string) bool {
	return r.b != nil && (r.b.Get([]byte(key)) != nil || r.b.Bucket([]byte(key)) != nil)
}

// each calls fn with each sound record; damaged ones, and buckets where
// records should be, are reported and skipped. An error of fn that is
// errSkip reports the record as damaged (fn could not decode it) and goes
// on; any other error stops.
func (r *records) each(fn func(key, payload []byte) error) error {
	if r.b == nil {
		return nil
	}
	return r.b.ForEach(func(k, v []byte) error {
		if v == nil {
			r.damaged(k, "a bucket stands where a record should be")
			return nil
		}
		p, ok := r.payload(k, v)
		if !ok {
			return nil
		}
		err := fn(k, p)
		var skip *skipError
		if errors.As(err, &skip) {
			r.damaged(k, skip.err.Error())
			return nil
		}
		return err
	})
}

// skipError marks a record fn could not decode.
type skipError struct{ err error }

func (e *skipError) Error() string { return e.err.Error() }

func skip(err error) error {
	if err == nil {
		return nil
	}
	return &skipError{err}
}

// put writes a record.
func (r *records) put(key string, payload []byte) error {
	v := payload
	if r.sealed {
		v = seal(r.path, []byte(key), payload)
	}
	return r.b.Put([]byte(key), v)
}

// del deletes a record (or a bucket damage left where it should be).
func (r *records) del(key string) error {
	if r.b == nil {
		return nil
	}
	if r.b.Bucket([]byte(key)) != nil {
		return r.b.DeleteBucket([]byte(key))
	}
	return r.b.Delete([]byte(key))
}

// verifyRecords reads every record of every kind in tx, as a file of schema
// version writes them, and lists those that cannot be read. A record whose
// checksum matches is as the kit wrote it; decode also decodes each one
// and checks it is the record its key names (what a file without
// checksums needs, and what a backup gets before it is kept).
func verifyRecords(tx *bolt.Tx, version uint64, decode bool) []DamagedRecord {
	decode = decode || version < sealVersion
	var out []DamagedRecord
	report := func(d DamagedRecord) { out = append(out, d) }
	for _, k := range kinds {
		top := tx.Bucket(k.bucket)
		if top == nil {
			continue
		}
		if !k.nested {
			r := &records{b: top, k: k, path: string(k.bucket), sealed: version >= sealVersion, report: report}
			_ = r.each(func(key, p []byte) error { return skip(k.checkIf(decode, key, p)) })
			continue
		}
		sessions := tx.Bucket(bucketSessions)
		_ = top.ForEach(func(sid, v []byte) error {
			r := &records{k: k, session: string(sid), path: string(k.bucket) + "/" + string(sid), sealed: version >= sealVersion, report: report}
			if v != nil {
				r.damaged(nil, "the list is not a bucket")
				return nil
			}
			if sessions == nil || sessions.Get(sid) == nil {
				r.damaged(nil, "these records belong to no session")
			}
			r.b = top.Bucket(sid)
			return r.each(func(key, p []byte) error { return skip(k.checkIf(decode, key, p)) })
		})
	}
	if meta := tx.Bucket(bucketMeta); meta != nil && version >= sealVersion {
		r := &records{b: meta, k: kindOf(bucketMeta), path: string(bucketMeta), sealed: true, report: report}
		if v := meta.Get(keyErase); v != nil {
			if p, ok := r.payload(keyErase, v); ok {
				if _, err := decodeErasures(p); err != nil {
					r.damaged(keyErase, err.Error())
				}
			}
		}
	}
	sortDamage(out)
	return out
}

func sortDamage(ds []DamagedRecord) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		if a.Session != b.Session {
			return a.Session < b.Session
		}
		return a.Key < b.Key
	})
}
