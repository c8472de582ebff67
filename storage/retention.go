package storage

import (
	"fmt"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"
)

// SettingRetention is the number of months after a session ends before the
// kit offers to purge its participants.
const SettingRetention = "privacy.retention_months"

// DefaultRetentionMonths is the retention when the trainer chose none.
const DefaultRetentionMonths = 12

// RetentionMonths reads the retention setting.
func (db *DB) RetentionMonths() int {
	if n, err := strconv.Atoi(db.Setting(SettingRetention)); err == nil && n > 0 {
		return n
	}
	return DefaultRetentionMonths
}

// SetRetentionMonths changes the retention setting (months, at least one).
func (db *DB) SetRetentionMonths(n int) error {
	if n < 1 {
		return fmt.Errorf("retention of %d months: it must be at least one", n)
	}
	return db.SetSetting(SettingRetention, strconv.Itoa(n))
}

// ExpiredSessions lists the sessions that ended more than the retention
// period before now and still hold participants.
func (db *DB) ExpiredSessions(now time.Time) ([]SessionSummary, error) {
	all, err := db.Sessions()
	if err != nil {
		return nil, err
	}
	cutoff := now.AddDate(0, -db.RetentionMonths(), 0)
	var out []SessionSummary
	for _, s := range all {
		if s.Participants > 0 && s.End().Before(cutoff) {
			out = append(out, s)
		}
	}
	return out, nil
}

// PurgeParticipants deletes a session's participants, attendance and quiz
// results but keeps the session, its agenda and its anonymous
// questionnaires.
func (db *DB) PurgeParticipants(sessionID string) error {
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketSessions).Get([]byte(sessionID)) == nil {
			return ErrNotFound
		}
		return deleteSessionPeople(tx, sessionID)
	})
	if err != nil {
		return fmt.Errorf("purge participants of session %s: %w", sessionID, err)
	}
	return nil
}
