package storage

import (
	"encoding/json"
	"fmt"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/socialtech/trainerkit/course/session"
)

func decodeResult(k, p []byte) (session.Result, error) {
	var r session.Result
	if err := json.Unmarshal(p, &r); err != nil {
		return r, err
	}
	if r.Key() != string(k) {
		return r, fmt.Errorf("the result %s is under key %q", r.Key(), k)
	}
	return r, nil
}

func decodeAppreciation(k, p []byte) (session.Appreciation, error) {
	var a session.Appreciation
	if err := json.Unmarshal(p, &a); err != nil {
		return a, err
	}
	if a.ID != string(k) {
		return a, fmt.Errorf("the questionnaire %q is under key %q", a.ID, k)
	}
	return a, nil
}

// SaveResult records a participant's quiz result, replacing the one of
// the same module and moment. The participant must be registered in the
// session: a result is their personal data and goes with them.
func (db *DB) SaveResult(sessionID string, r session.Result) error {
	if err := r.Validate(); err != nil {
		return fmt.Errorf("save result: %w", err)
	}
	if r.Updated.IsZero() {
		r.Updated = time.Now().UTC().Truncate(time.Second)
	}
	err := db.update(func(tx *bolt.Tx) error {
		pr, err := db.nested(tx, bucketParticipants, sessionID, false)
		if err != nil {
			return err
		}
		if !pr.has(r.Participant) {
			return fmt.Errorf("participant %s: %w", r.Participant, ErrNotFound)
		}
		return db.putResult(tx, sessionID, r)
	})
	if err != nil {
		return fmt.Errorf("save result of %s in session %s: %w", r.Participant, sessionID, err)
	}
	db.forgetDamage(RecordResult, sessionID, r.Key())
	return nil
}

func (db *DB) putResult(tx *bolt.Tx, sessionID string, r session.Result) error {
	rr, err := db.nested(tx, bucketResults, sessionID, true)
	if err != nil {
		return err
	}
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return rr.put(r.Key(), v)
}

// DeleteResult removes a participant's result of a module and moment; a
// missing one is not an error.
func (db *DB) DeleteResult(sessionID, participantID string, module int, when session.When) error {
	key := session.Result{Participant: participantID, Module: module, When: when}.Key()
	err := db.update(func(tx *bolt.Tx) error {
		rr, err := db.nested(tx, bucketResults, sessionID, false)
		if err != nil {
			return err
		}
		return rr.del(key)
	})
	if err != nil {
		return fmt.Errorf("delete result of %s in session %s: %w", participantID, sessionID, err)
	}
	return nil
}

// Results lists a session's quiz results by participant, module, moment.
func (db *DB) Results(sessionID string) ([]session.Result, error) {
	var out []session.Result
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		out, err = db.resultsIn(tx, sessionID)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read results of session %s: %w", sessionID, err)
	}
	return out, nil
}

func (db *DB) resultsIn(tx *bolt.Tx, sessionID string) ([]session.Result, error) {
	var out []session.Result
	rr, err := db.nested(tx, bucketResults, sessionID, false)
	if err != nil {
		return nil, err
	}
	err = rr.each(func(k, v []byte) error {
		r, err := decodeResult(k, v)
		if err != nil {
			return skip(err)
		}
		out = append(out, r)
		return nil
	})
	// Keys sort "post" before "pre": put the positioning first.
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Participant != b.Participant {
			return a.Participant < b.Participant
		}
		if a.Module != b.Module {
			return a.Module < b.Module
		}
		return a.When == session.Pre && b.When == session.Post
	})
	return out, err
}

// SaveAppreciation records a questionnaire typed from a sheet (a new one
// when it has no ID yet, else replacing it).
func (db *DB) SaveAppreciation(sessionID string, a session.Appreciation) (session.Appreciation, error) {
	if err := a.Normalise(); err != nil {
		return a, fmt.Errorf("save questionnaire: %w", err)
	}
	a.Updated = time.Now().UTC()
	if a.Entered.IsZero() {
		a.Entered = a.Updated
	}
	err := db.update(func(tx *bolt.Tx) error {
		if !db.bucket(tx, bucketSessions).has(sessionID) {
			return ErrNotFound
		}
		return db.putAppreciation(tx, sessionID, a)
	})
	if err != nil {
		return a, fmt.Errorf("save questionnaire in session %s: %w", sessionID, err)
	}
	db.forgetDamage(RecordAppreciation, sessionID, a.ID)
	return a, nil
}

func (db *DB) putAppreciation(tx *bolt.Tx, sessionID string, a session.Appreciation) error {
	ar, err := db.nested(tx, bucketAppreciation, sessionID, true)
	if err != nil {
		return err
	}
	v, err := json.Marshal(a)
	if err != nil {
		return err
	}
	return ar.put(a.ID, v)
}

// DeleteAppreciation removes a questionnaire.
func (db *DB) DeleteAppreciation(sessionID, id string) error {
	err := db.update(func(tx *bolt.Tx) error {
		ar, err := db.nested(tx, bucketAppreciation, sessionID, false)
		if err != nil {
			return err
		}
		if !ar.has(id) {
			return ErrNotFound
		}
		return ar.del(id)
	})
	if err != nil {
		return fmt.Errorf("delete questionnaire %s: %w", id, err)
	}
	return nil
}

// Appreciations lists a session's questionnaires in the order they were
// first entered.
func (db *DB) Appreciations(sessionID string) ([]session.Appreciation, error) {
	var out []session.Appreciation
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		out, err = db.appreciationsIn(tx, sessionID)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read questionnaires of session %s: %w", sessionID, err)
	}
	return out, nil
}

func (db *DB) appreciationsIn(tx *bolt.Tx, sessionID string) ([]session.Appreciation, error) {
	var out []session.Appreciation
	ar, err := db.nested(tx, bucketAppreciation, sessionID, false)
	if err != nil {
		return nil, err
	}
	err = ar.each(func(k, v []byte) error {
		a, err := decodeAppreciation(k, v)
		if err != nil {
			return skip(err)
		}
		out = append(out, a)
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Entered.Before(out[j].Entered) })
	return out, err
}
