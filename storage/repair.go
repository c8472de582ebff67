package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/socialtech/trainerkit/course/session"
)

// Repair removes the records that cannot be read (Damaged) from the data
// file, so that it verifies in full again and the trainer stops being told
// about them: a new file is written without them (compact.go) and takes the
// old one's place, which is kept as trainerkit.db.before-repair-YYYYMMDD-HHMMSS
// (returned in aside; it follows the retention period like every copy). It
// returns what was removed.
func (db *DB) Repair() (removed []DamagedRecord, aside string, err error) {
	var found []DamagedRecord
	report := func(d DamagedRecord) { found = append(found, d) }
	keep := func(path [][]byte, k, v []byte) bool {
		if len(path) == 0 || bytes.Equal(path[0], bucketMeta) {
			return true
		}
		kd := kindOf(path[0])
		r := &records{k: kd, path: string(path[0]), sealed: true, report: report}
		switch {
		case len(path) == 1 && kd.nested:
			if v != nil { // a record where a session's bucket should be
				r.session = string(k)
				r.damaged(nil, "the list is not a bucket")
				return false
			}
			return true
		case len(path) == 2 && kd.nested:
			r.session, r.path = string(path[1]), string(path[0])+"/"+string(path[1])
		case len(path) != 1:
			return true
		}
		if v == nil {
			r.damaged(k, "a bucket stands where a record should be")
			return false
		}
		p, ok := r.payload(k, v)
		if !ok {
			return false
		}
		if err := kd.check(k, p); err != nil {
			r.damaged(k, err.Error())
			return false
		}
		return true
	}
	aside, err = db.rewrite(keep, "before-repair")
	if err != nil {
		return nil, aside, fmt.Errorf("repair the data file: %w", err)
	}
	if err := db.update(recoverSessions); err != nil {
		return nil, aside, fmt.Errorf("repair the data file: %w", err)
	}
	db.dmu.Lock()
	db.damage = map[string]DamagedRecord{}
	db.dmu.Unlock()
	err = db.view(func(tx *bolt.Tx) error {
		for _, d := range verifyRecords(tx, readVersion(tx), false) {
			db.noteDamage(d)
		}
		return nil
	})
	sortDamage(found)
	return found, aside, err
}

// RecoveredTitle starts the title of a session Repair made up for
// participants or attendance whose session record was lost.
const RecoveredTitle = "Recovered session"

// recoverSessions gives participants and attendance left without their
// session (its record was damaged) a session again, so that the trainer sees
// them, can rename it, and can forget them: a plan of as many days as the
// attendance covers, starting today.
func recoverSessions(tx *bolt.Tx) error {
	sessions := &records{b: tx.Bucket(bucketSessions), k: kindOf(bucketSessions), path: string(bucketSessions), sealed: true}
	days := map[string]int{}
	for _, name := range [][]byte{bucketParticipants, bucketAttendance} {
		err := tx.Bucket(name).ForEachBucket(func(sid []byte) error {
			if sessions.has(string(sid)) {
				return nil
			}
			days[string(sid)] = max(days[string(sid)], 1)
			return tx.Bucket(name).Bucket(sid).ForEach(func(k, _ []byte) error {
				days[string(sid)] = max(days[string(sid)], markDay(k)+1)
				return nil
			})
		})
		if err != nil {
			return err
		}
	}
	for sid, n := range days {
		s := &session.Session{ID: sid, Title: RecoveredTitle + " " + sid, Start: time.Now().Format(session.DateLayout), Lang: "en",
			Created: time.Now().UTC(), Updated: time.Now().UTC()}
		s.SetDays(min(n, 366))
		v, err := json.Marshal(s)
		if err != nil {
			return err
		}
		if err := sessions.put(sid, v); err != nil {
			return err
		}
	}
	return nil
}
