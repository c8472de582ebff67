package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"time"

	"github.com/socialtech/trainerkit/course/datafile"
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
// period before now and still hold participants, by end date, the oldest
// first.
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
	// The oldest first: the order the purge prompt lists them in.
	sort.SliceStable(out, func(i, j int) bool { return out[i].End().Before(out[j].End()) })
	return out, nil
}

// PurgeParticipants deletes a session's participants, attendance and quiz
// results but keeps the session, its agenda and its anonymous
// questionnaires, then erases them from the data file
// and the backups (erase.go).
func (db *DB) PurgeParticipants(sessionID string) error {
	err := db.update(func(tx *bolt.Tx) error {
		if !db.bucket(tx, bucketSessions).has(sessionID) {
			return ErrNotFound
		}
		return deleteSessionPeople(tx, sessionID)
	})
	if err != nil {
		return fmt.Errorf("purge participants of session %s: %w", sessionID, err)
	}
	return db.eraseNow(fmt.Sprintf("purge participants of session %s", sessionID))
}

// copyPattern matches the copies of the data file the kit keeps aside:
// damaged files set aside, files a restore or a fresh start replaced, files
// before a repair.
var copyPattern = regexp.MustCompile(`^` + regexp.QuoteMeta(FileName) + `\.(corrupt|before-restore|replaced|before-repair)-(\d{8}-\d{6})(?:-\d{1,3})?$`)

// keptCopies lists the copies of the data file kept aside in dir, with the
// time in their names.
func keptCopies(dir string) (map[string]time.Time, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	out := map[string]time.Time{}
	for _, e := range entries {
		m := copyPattern.FindStringSubmatch(e.Name())
		if m == nil || !e.Type().IsRegular() {
			continue
		}
		t, err := time.Parse(stampLayout, m[2])
		if err != nil {
			continue
		}
		out[filepath.Join(dir, e.Name())] = t
	}
	return out, nil
}

// pruneCopies deletes the copies of the data file kept aside for longer
// than the retention period: they hold participants' data too. A copy
// whose date lies ahead (the clock was wrong) waits until then. A copy a
// decision awaits is never deleted (Open does not get this far then).
func pruneCopies(dir string, months int, now time.Time) error {
	copies, err := keptCopies(dir)
	if err != nil {
		return err
	}
	cutoff := now.AddDate(0, -months, 0)
	var errs []error
	for p, t := range copies {
		if t.Before(cutoff) {
			if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
				errs = append(errs, fmt.Errorf("delete %s: %w", p, datafile.Classify(err)))
			}
		}
	}
	return errors.Join(errs...)
}
