package storage

import (
	"encoding/json"
	"fmt"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/course/session"
)

// ErrNotFound means no session (or participant) has that id.
var ErrNotFound = datafile.ErrNotFound

// SessionSummary is a session with its participant count, for lists.
type SessionSummary = session.Summary

// SaveSession creates or updates a session.
func (db *DB) SaveSession(s *session.Session) error {
	if err := s.Validate(); err != nil {
		return fmt.Errorf("save session %q: %w", s.Title, err)
	}
	s.Updated = time.Now().UTC()
	if s.Created.IsZero() {
		s.Created = s.Updated
	}
	b, err := json.Marshal(s)
	if err != nil {
		return fmt.Errorf("save session %q: %w", s.Title, err)
	}
	err = db.bolt.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSessions).Put([]byte(s.ID), b)
	})
	if err != nil {
		return fmt.Errorf("save session %q: %w", s.Title, err)
	}
	return nil
}

// Session reads one session.
func (db *DB) Session(id string) (*session.Session, error) {
	var s session.Session
	err := db.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSessions).Get([]byte(id))
		if b == nil {
			return ErrNotFound
		}
		return json.Unmarshal(b, &s)
	})
	if err != nil {
		return nil, fmt.Errorf("read session %s: %w", id, err)
	}
	return &s, nil
}

// Sessions lists every session, the most recent start first, with its
// number of participants.
func (db *DB) Sessions() ([]SessionSummary, error) {
	var out []SessionSummary
	err := db.bolt.View(func(tx *bolt.Tx) error {
		parts := tx.Bucket(bucketParticipants)
		return tx.Bucket(bucketSessions).ForEach(func(k, v []byte) error {
			var s session.Session
			if err := json.Unmarshal(v, &s); err != nil {
				return fmt.Errorf("session %s: %w", k, err)
			}
			n := 0
			if pb := parts.Bucket(k); pb != nil {
				n = pb.Stats().KeyN
			}
			out = append(out, SessionSummary{Session: &s, Participants: n})
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list sessions: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start > out[j].Start
		}
		return out[i].Title < out[j].Title
	})
	return out, nil
}

// DeleteSession deletes a session with its participants and attendance.
func (db *DB) DeleteSession(id string) error {
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketSessions).Get([]byte(id)) == nil {
			return ErrNotFound
		}
		if err := tx.Bucket(bucketSessions).Delete([]byte(id)); err != nil {
			return err
		}
		if err := deleteSub(tx, bucketAppreciation, id); err != nil {
			return err
		}
		return deleteSessionPeople(tx, id)
	})
	if err != nil {
		return fmt.Errorf("delete session %s: %w", id, err)
	}
	return nil
}

// deleteSessionPeople removes a session's participants, their attendance
// and their quiz results (the anonymous questionnaires stay with the
// session).
func deleteSessionPeople(tx *bolt.Tx, id string) error {
	for _, name := range [][]byte{bucketParticipants, bucketAttendance, bucketResults} {
		if err := deleteSub(tx, name, id); err != nil {
			return err
		}
	}
	return nil
}

// deleteSub removes a session's sub-bucket of a top-level bucket.
func deleteSub(tx *bolt.Tx, top []byte, id string) error {
	b := tx.Bucket(top)
	if b.Bucket([]byte(id)) != nil {
		return b.DeleteBucket([]byte(id))
	}
	return nil
}

// Participants lists a session's participants by last then first name,
// accents and case ignored.
func (db *DB) Participants(sessionID string) ([]session.Participant, error) {
	var out []session.Participant
	err := db.bolt.View(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketSessions).Get([]byte(sessionID)) == nil {
			return ErrNotFound
		}
		var err error
		out, err = participantsIn(tx, sessionID)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("list participants of session %s: %w", sessionID, err)
	}
	return out, nil
}

// participantsIn reads a session's participants, sorted as lists show them.
func participantsIn(tx *bolt.Tx, sessionID string) ([]session.Participant, error) {
	b := tx.Bucket(bucketParticipants).Bucket([]byte(sessionID))
	if b == nil {
		return nil, nil
	}
	out := make([]session.Participant, 0, b.Stats().KeyN)
	err := b.ForEach(func(k, v []byte) error {
		p, err := decodeParticipant(v)
		if err != nil {
			return fmt.Errorf("participant %s: %w", k, err)
		}
		out = append(out, p)
		return nil
	})
	SortParticipants(out)
	return out, err
}

// putParticipants writes normalised participants, with their IDs, into
// their session's bucket, adding or replacing by ID.
func putParticipants(tx *bolt.Tx, sessionID string, ps []session.Participant) error {
	b, err := tx.Bucket(bucketParticipants).CreateBucketIfNotExists([]byte(sessionID))
	if err != nil {
		return err
	}
	for _, p := range ps {
		if err := b.Put([]byte(p.ID), encodeParticipant(p)); err != nil {
			return err
		}
	}
	return nil
}

// SortParticipants orders participants as lists and attendance sheets show
// them: last name, then first name, accents and case ignored.
func SortParticipants(ps []session.Participant) {
	// Fold each name once, not at every comparison.
	keys := make(map[string]string, len(ps))
	for _, p := range ps {
		keys[p.ID] = course.Fold(p.LastName) + "\x00" + course.Fold(p.FirstName)
	}
	sort.SliceStable(ps, func(i, j int) bool { return keys[ps[i].ID] < keys[ps[j].ID] })
}

// SaveParticipants adds or updates participants of a session in one
// transaction: all are written, or none.
func (db *DB) SaveParticipants(sessionID string, ps []session.Participant) error {
	for i := range ps {
		if err := ps[i].Normalise(); err != nil {
			return fmt.Errorf("save participants: %w", err)
		}
		if ps[i].ID == "" {
			ps[i].ID = session.NewID()
		}
	}
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketSessions).Get([]byte(sessionID)) == nil {
			return ErrNotFound
		}
		return putParticipants(tx, sessionID, ps)
	})
	if err != nil {
		return fmt.Errorf("save participants of session %s: %w", sessionID, err)
	}
	return nil
}

// ForgetParticipant deletes a participant, every attendance record and
// every quiz result of theirs: the right to be forgotten.
func (db *DB) ForgetParticipant(sessionID, participantID string) error {
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketParticipants).Bucket([]byte(sessionID))
		if b == nil || b.Get([]byte(participantID)) == nil {
			return ErrNotFound
		}
		if err := b.Delete([]byte(participantID)); err != nil {
			return err
		}
		for _, top := range [][]byte{bucketAttendance, bucketResults} {
			if err := deletePrefixed(tx.Bucket(top).Bucket([]byte(sessionID)), participantID+"|"); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("forget participant %s: %w", participantID, err)
	}
	return nil
}

// deletePrefixed deletes the keys of b (nil: nothing) that start with
// prefix.
func deletePrefixed(b *bolt.Bucket, prefix string) error {
	if b == nil {
		return nil
	}
	var keys [][]byte
	p := []byte(prefix)
	c := b.Cursor()
	for k, _ := c.Seek(p); k != nil && hasPrefix(k, p); k, _ = c.Next() {
		keys = append(keys, append([]byte(nil), k...))
	}
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

func hasPrefix(b, prefix []byte) bool {
	return len(b) >= len(prefix) && string(b[:len(prefix)]) == string(prefix)
}

// markKey is participant|day|half.
func markKey(m session.Mark) []byte {
	return []byte(fmt.Sprintf("%s|%03d|%s", m.Participant, m.Day, m.Half))
}

// SetMark records a participant's attendance for a half-day; an empty
// status removes the record.
func (db *DB) SetMark(sessionID string, m session.Mark) error {
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		pb := tx.Bucket(bucketParticipants).Bucket([]byte(sessionID))
		if pb == nil || pb.Get([]byte(m.Participant)) == nil {
			return fmt.Errorf("participant %s: %w", m.Participant, ErrNotFound)
		}
		ab, err := tx.Bucket(bucketAttendance).CreateBucketIfNotExists([]byte(sessionID))
		if err != nil {
			return err
		}
		if m.Status == "" {
			return ab.Delete(markKey(m))
		}
		v, err := json.Marshal(m)
		if err != nil {
			return err
		}
		return ab.Put(markKey(m), v)
	})
	if err != nil {
		return fmt.Errorf("record attendance: %w", err)
	}
	return nil
}

// Marks lists the attendance records of a session.
func (db *DB) Marks(sessionID string) ([]session.Mark, error) {
	var out []session.Mark
	err := db.bolt.View(func(tx *bolt.Tx) error {
		ab := tx.Bucket(bucketAttendance).Bucket([]byte(sessionID))
		if ab == nil {
			return nil
		}
		return ab.ForEach(func(k, v []byte) error {
			var m session.Mark
			if err := json.Unmarshal(v, &m); err != nil {
				return fmt.Errorf("attendance %s: %w", k, err)
			}
			out = append(out, m)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read attendance of session %s: %w", sessionID, err)
	}
	return out, nil
}
