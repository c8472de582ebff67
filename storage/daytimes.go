package storage

import (
	"fmt"

	"github.com/socialtech/trainerkit/course/session"
)

// SettingDayTimes is the half-day times a new session's days start with,
// as session.DayTimes.String writes them: "09:00-12:30 13:30-17:00".
const SettingDayTimes = "agenda.day_times"

// DefaultDayTimes reads the trainer's default half-day times
// (session.DefaultDayTimes when unset or unreadable).
func (db *DB) DefaultDayTimes() session.DayTimes {
	if t, err := session.ParseDayTimes(db.Setting(SettingDayTimes)); err == nil {
		return t
	}
	return session.DefaultDayTimes
}

// SetDefaultDayTimes changes the default half-day times; they must be in
// order.
func (db *DB) SetDefaultDayTimes(t session.DayTimes) error {
	if err := t.Validate(); err != nil {
		return fmt.Errorf("default half-day times: %w", err)
	}
	return db.SetSetting(SettingDayTimes, t.String())
}
