package storage

import (
	"encoding/json"
	"fmt"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/socialtech/trainerkit/course/session"
)

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
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		pb := tx.Bucket(bucketParticipants).Bucket([]byte(sessionID))
		if pb == nil || pb.Get([]byte(r.Participant)) == nil {
			return fmt.Errorf("participant %s: %w", r.Participant, ErrNotFound)
		}
		return putResult(tx, sessionID, r)
	})
	if err != nil {
		return fmt.Errorf("save result of %s in session %s: %w", r.Participant, sessionID, err)
	}
	return nil
}

func putResult(tx *bolt.Tx, sessionID string, r session.Result) error {
	b, err := tx.Bucket(bucketResults).CreateBucketIfNotExists([]byte(sessionID))
	if err != nil {
		return err
	}
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return b.Put([]byte(r.Key()), v)
}

// DeleteResult removes a participant's result of a module and moment; a
// missing one is not an error.
func (db *DB) DeleteResult(sessionID, participantID string, module int, when session.When) error {
	key := session.Result{Participant: participantID, Module: module, When: when}.Key()
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketResults).Bucket([]byte(sessionID))
		if b == nil {
			return nil
		}
		return b.Delete([]byte(key))
	})
	if err != nil {
		return fmt.Errorf("delete result of %s in session %s: %w", participantID, sessionID, err)
	}
	return nil
}

// Results lists a session's quiz results by participant, module, moment.
func (db *DB) Results(sessionID string) ([]session.Result, error) {
	var out []session.Result
	err := db.bolt.View(func(tx *bolt.Tx) error {
		var err error
		out, err = resultsIn(tx, sessionID)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read results of session %s: %w", sessionID, err)
	}
	return out, nil
}

func resultsIn(tx *bolt.Tx, sessionID string) ([]session.Result, error) {
	var out []session.Result
	b := tx.Bucket(bucketResults).Bucket([]byte(sessionID))
	if b == nil {
		return nil, nil
	}
	err := b.ForEach(func(k, v []byte) error {
		var r session.Result
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("result %s: %w", k, err)
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
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketSessions).Get([]byte(sessionID)) == nil {
			return ErrNotFound
		}
		return putAppreciation(tx, sessionID, a)
	})
	if err != nil {
		return a, fmt.Errorf("save questionnaire in session %s: %w", sessionID, err)
	}
	return a, nil
}

func putAppreciation(tx *bolt.Tx, sessionID string, a session.Appreciation) error {
	b, err := tx.Bucket(bucketAppreciation).CreateBucketIfNotExists([]byte(sessionID))
	if err != nil {
		return err
	}
	v, err := json.Marshal(a)
	if err != nil {
		return err
	}
	return b.Put([]byte(a.ID), v)
}

// DeleteAppreciation removes a questionnaire.
func (db *DB) DeleteAppreciation(sessionID, id string) error {
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketAppreciation).Bucket([]byte(sessionID))
		if b == nil || b.Get([]byte(id)) == nil {
			return ErrNotFound
		}
		return b.Delete([]byte(id))
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
	err := db.bolt.View(func(tx *bolt.Tx) error {
		var err error
		out, err = appreciationsIn(tx, sessionID)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read questionnaires of session %s: %w", sessionID, err)
	}
	return out, nil
}

func appreciationsIn(tx *bolt.Tx, sessionID string) ([]session.Appreciation, error) {
	var out []session.Appreciation
	b := tx.Bucket(bucketAppreciation).Bucket([]byte(sessionID))
	if b == nil {
		return nil, nil
	}
	err := b.ForEach(func(k, v []byte) error {
		var a session.Appreciation
		if err := json.Unmarshal(v, &a); err != nil {
			return fmt.Errorf("questionnaire %s: %w", k, err)
		}
		out = append(out, a)
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Entered.Before(out[j].Entered) })
	return out, err
}
