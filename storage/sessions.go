package storage

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
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

// bucket opens a top-level bucket of records in tx.
func (db *DB) bucket(tx *bolt.Tx, name []byte) *records {
	r, _ := recordsIn(tx, name, "", false, db.reporter())
	return r
}

// nested opens the bucket of a session inside participants or attendance;
// create makes it when missing.
func (db *DB) nested(tx *bolt.Tx, name []byte, sessionID string, create bool) (*records, error) {
	return recordsIn(tx, name, sessionID, create, db.reporter())
}

// SaveSession creates or updates a session.
func (db *DB) SaveSession(s *session.Session) error {
	if err := s.Validate(); err != nil {
		return fmt.Errorf("save session %q: %w", s.Title, err)
	}
	s.AnchorAll() // every block stored in a half-day
	s.Updated = time.Now().UTC()
	if s.Created.IsZero() {
		s.Created = s.Updated
	}
	b, err := json.Marshal(s)
	if err != nil {
		return fmt.Errorf("save session %q: %w", s.Title, err)
	}
	err = db.update(func(tx *bolt.Tx) error {
		return db.bucket(tx, bucketSessions).put(s.ID, b)
	})
	if err != nil {
		return fmt.Errorf("save session %q: %w", s.Title, err)
	}
	db.forgetDamage(RecordSession, "", s.ID)
	return nil
}

// Session reads one session.
func (db *DB) Session(id string) (*session.Session, error) {
	var s *session.Session
	err := db.view(func(tx *bolt.Tx) error {
		p, err := db.bucket(tx, bucketSessions).get(id)
		switch {
		case err != nil:
			return err
		case p == nil:
			return ErrNotFound
		}
		s, err = decodeSession([]byte(id), p)
		if err != nil {
			db.noteDamage(DamagedRecord{Kind: RecordSession, Key: id, Reason: err.Error()})
			return fmt.Errorf("%w (%v)", errDamagedRecord, err)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read session %s: %w", id, err)
	}
	return s, nil
}

// Sessions lists every session, the most recent start first, with its
// number of participants. A session that cannot be read is left out and
// listed by Damaged.
func (db *DB) Sessions() ([]SessionSummary, error) {
	var out []SessionSummary
	err := db.view(func(tx *bolt.Tx) error {
		parts := tx.Bucket(bucketParticipants)
		return db.bucket(tx, bucketSessions).each(func(k, v []byte) error {
			s, err := decodeSession(k, v)
			if err != nil {
				return skip(err)
			}
			n := 0
			if pb := parts.Bucket(k); pb != nil {
				n = pb.Stats().KeyN
			}
			out = append(out, SessionSummary{Session: s, Participants: n})
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

// DeleteSession deletes a session with its participants, attendance, quiz
// results and questionnaires,
// then erases them from the data file and the backups (erase.go). When the
// erasure fails the session is deleted all the same and the error says
// what is left: the next start (or erasure) tries again.
func (db *DB) DeleteSession(id string) error {
	err := db.update(func(tx *bolt.Tx) error {
		sessions := db.bucket(tx, bucketSessions)
		if !sessions.has(id) {
			return ErrNotFound
		}
		if err := sessions.del(id); err != nil {
			return err
		}
		if b := tx.Bucket(bucketAppreciation); b.Bucket([]byte(id)) != nil {
			if err := b.DeleteBucket([]byte(id)); err != nil {
				return err
			}
		}
		return deleteSessionPeople(tx, id)
	})
	if err != nil {
		return fmt.Errorf("delete session %s: %w", id, err)
	}
	db.forgetDamage(RecordSession, "", id)
	return db.eraseNow(fmt.Sprintf("delete session %s", id))
}

// deleteSessionPeople removes a session's participants, attendance and
// quiz results, and
// records them for erasure everywhere else.
func deleteSessionPeople(tx *bolt.Tx, id string) error {
	var gone []erasure
	seen := map[string]bool{}
	for _, name := range [][]byte{bucketParticipants, bucketAttendance, bucketResults} {
		b := tx.Bucket(name)
		if v := b.Get([]byte(id)); v != nil {
			if err := b.Delete([]byte(id)); err != nil { // damage left a value there
				return err
			}
			continue
		}
		nb := b.Bucket([]byte(id))
		if nb == nil {
			continue
		}
		err := nb.ForEach(func(k, _ []byte) error {
			pid, _, _ := strings.Cut(string(k), "|")
			if !seen[pid] {
				seen[pid] = true
				gone = append(gone, erasure{Session: id, Participant: pid})
			}
			return nil
		})
		if err != nil {
			return err
		}
		if err := b.DeleteBucket([]byte(id)); err != nil {
			return err
		}
	}
	return addErasures(tx, gone)
}

// Participants lists a session's participants by last then first name,
// accents and case ignored. A participant whose record cannot be read is
// left out and listed by Damaged.
func (db *DB) Participants(sessionID string) ([]session.Participant, error) {
	var out []session.Participant
	err := db.view(func(tx *bolt.Tx) error {
		if !db.bucket(tx, bucketSessions).has(sessionID) {
			return ErrNotFound
		}
		var err error
		out, err = db.participantsIn(tx, sessionID)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("list participants of session %s: %w", sessionID, err)
	}
	return out, nil
}

// participantsIn reads a session's participants, sorted as lists show them.
func (db *DB) participantsIn(tx *bolt.Tx, sessionID string) ([]session.Participant, error) {
	r, err := db.nested(tx, bucketParticipants, sessionID, false)
	if err != nil || r.b == nil {
		return nil, err
	}
	out := make([]session.Participant, 0, r.b.Stats().KeyN)
	err = r.each(func(k, v []byte) error {
		p, err := decodeParticipant(v)
		if err == nil && p.ID != string(k) {
			err = fmt.Errorf("the record of %q is under key %q", p.ID, k)
		}
		if err != nil {
			return skip(err)
		}
		out = append(out, p)
		return nil
	})
	SortParticipants(out)
	return out, err
}

// putParticipants writes normalised participants, with their IDs, into
// their session's bucket, adding or replacing by ID. They are written in
// the order of their IDs: bbolt keeps a transaction's new keys in one
// sorted slice per page until it commits, and random IDs in random order
// made each insertion shift the rest (100,000 participants took minutes).
func (db *DB) putParticipants(tx *bolt.Tx, sessionID string, ps []session.Participant) error {
	r, err := db.nested(tx, bucketParticipants, sessionID, true)
	if err != nil {
		return err
	}
	order := make([]int, len(ps))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool { return ps[order[i]].ID < ps[order[j]].ID })
	for _, i := range order {
		if err := r.put(ps[i].ID, encodeParticipant(ps[i])); err != nil {
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
// transaction: all are written, or none. A full disk is ErrDiskFull.
func (db *DB) SaveParticipants(sessionID string, ps []session.Participant) error {
	for i := range ps {
		if err := ps[i].Normalise(); err != nil {
			return fmt.Errorf("save participants: %w", err)
		}
		if ps[i].ID == "" {
			ps[i].ID = session.NewID()
		}
	}
	err := db.update(func(tx *bolt.Tx) error {
		if !db.bucket(tx, bucketSessions).has(sessionID) {
			return ErrNotFound
		}
		return db.putParticipants(tx, sessionID, ps)
	})
	if err != nil {
		return fmt.Errorf("save participants of session %s: %w", sessionID, err)
	}
	for _, p := range ps {
		db.forgetDamage(RecordParticipant, sessionID, p.ID)
	}
	return nil
}

// ForgetParticipant deletes a participant and every attendance record and
// quiz result of theirs, then erases them from the data file and the backups (erase.go):
// the right to be forgotten. When the erasure fails the participant is
// deleted all the same and the error says what is left to erase: the next
// start (or erasure) tries again.
func (db *DB) ForgetParticipant(sessionID, participantID string) error {
	err := db.update(func(tx *bolt.Tx) error {
		r, err := db.nested(tx, bucketParticipants, sessionID, false)
		if err != nil {
			return err
		}
		if !r.has(participantID) {
			return ErrNotFound
		}
		if err := r.del(participantID); err != nil {
			return err
		}
		if err := deleteMarksOf(tx, sessionID, participantID); err != nil {
			return err
		}
		if rb := tx.Bucket(bucketResults).Bucket([]byte(sessionID)); rb != nil {
			if err := deletePrefix(rb, []byte(participantID+"|")); err != nil {
				return err
			}
		}
		return addErasures(tx, []erasure{{Session: sessionID, Participant: participantID}})
	})
	if err != nil {
		return fmt.Errorf("forget participant %s: %w", participantID, err)
	}
	db.forgetDamage(RecordParticipant, sessionID, participantID)
	return db.eraseNow(fmt.Sprintf("forget participant %s", participantID))
}

// deleteMarksOf deletes every attendance record of a participant.
func deleteMarksOf(tx *bolt.Tx, sessionID, participantID string) error {
	ab := tx.Bucket(bucketAttendance).Bucket([]byte(sessionID))
	if ab == nil {
		return nil
	}
	return deletePrefix(ab, []byte(participantID+"|"))
}

// marksAfter lists the attendance keys of days a session of that many days
// does not have (it was shortened).
func marksAfter(tx *bolt.Tx, sessionID string, days int) ([][]byte, error) {
	ab := tx.Bucket(bucketAttendance).Bucket([]byte(sessionID))
	if ab == nil {
		return nil, nil
	}
	var keys [][]byte
	err := ab.ForEach(func(k, _ []byte) error {
		if markDay(k) >= days {
			keys = append(keys, append([]byte(nil), k...))
		}
		return nil
	})
	return keys, err
}

// dropMarksAfter deletes the attendance records of days a session no
// longer has.
func dropMarksAfter(tx *bolt.Tx, sessionID string, days int) error {
	keys, err := marksAfter(tx, sessionID, days)
	if err != nil {
		return err
	}
	ab := tx.Bucket(bucketAttendance).Bucket([]byte(sessionID))
	for _, k := range keys {
		if err := ab.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// MarksAfter counts a session's attendance records on days from day (0-based)
// on: what shortening it to that many days would leave on days it no longer
// has. The interface warns before saving such a session.
func (db *DB) MarksAfter(sessionID string, days int) (int, error) {
	var n int
	err := db.view(func(tx *bolt.Tx) error {
		keys, err := marksAfter(tx, sessionID, days)
		n = len(keys)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("count attendance of session %s: %w", sessionID, err)
	}
	return n, nil
}

// markDay is the day of an attendance key participant|day|half (-1 when
// it cannot be read: such a key is left alone).
func markDay(k []byte) int {
	parts := strings.Split(string(k), "|")
	if len(parts) != 3 {
		return -1
	}
	var d int
	if _, err := fmt.Sscanf(parts[1], "%d", &d); err != nil {
		return -1
	}
	return d
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
	err := db.update(func(tx *bolt.Tx) error {
		pr, err := db.nested(tx, bucketParticipants, sessionID, false)
		if err != nil {
			return err
		}
		if !pr.has(m.Participant) {
			return fmt.Errorf("participant %s: %w", m.Participant, ErrNotFound)
		}
		ar, err := db.nested(tx, bucketAttendance, sessionID, true)
		if err != nil {
			return err
		}
		if m.Status == "" {
			return ar.del(string(markKey(m)))
		}
		v, err := json.Marshal(m)
		if err != nil {
			return err
		}
		return ar.put(string(markKey(m)), v)
	})
	if err != nil {
		return fmt.Errorf("record attendance: %w", err)
	}
	db.forgetDamage(RecordAttendance, sessionID, string(markKey(m)))
	return nil
}

// Marks lists the attendance records of a session. A record that cannot be
// read is left out and listed by Damaged.
func (db *DB) Marks(sessionID string) ([]session.Mark, error) {
	var out []session.Mark
	err := db.view(func(tx *bolt.Tx) error {
		r, err := db.nested(tx, bucketAttendance, sessionID, false)
		if err != nil {
			return err
		}
		return r.each(func(k, v []byte) error {
			m, err := decodeMark(k, v)
			if err != nil {
				return skip(err)
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
