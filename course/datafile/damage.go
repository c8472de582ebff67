package datafile

import "errors"

// ErrNotErased means people were deleted from the data file, but erasing
// them from the file's free pages, the backups or the copies kept aside
// could not be finished; the kit tries again at the next start. The
// deletion itself succeeded.
var ErrNotErased = errors.New("deleted, but not yet erased from every copy: the kit will try again at the next start")

// Kinds of DamagedRecord.
const (
	RecordSession       = "session"
	RecordParticipant   = "participant"
	RecordAttendance    = "attendance"
	RecordTemplate      = "template"
	RecordCustomisation = "customisation"
	RecordOwnModule     = "own module"
	RecordSetting       = "setting"
	RecordMeta          = "file information"
	// RecordHeader: the newest header page was damaged; the file reads as
	// it was one save earlier, so the last change saved may be missing.
	RecordHeader = "header"
)

// DamagedRecord is a record of the data file that could not be read: it is
// left out of every list, and the rest reads as usual. storage's DB.Damaged
// lists them; DB.Repair removes them; a backup holds them back.
type DamagedRecord struct {
	Kind    string // RecordSession, RecordParticipant…
	Session string // the session of a participant or attendance record
	Key     string // the record's key ("" for a whole list)
	Reason  string // what is wrong, in English
}

func (d DamagedRecord) String() string {
	where := d.Kind
	if d.Session != "" {
		where += " of session " + d.Session
	}
	if d.Key != "" {
		where += " " + d.Key
	}
	return where + ": " + d.Reason
}

// MessageID is the message (locales/safety.*.toml) that tells a trainer
// about damaged records of this kind: plural, it takes {{.N}}, how many
// (locales.Localizer.Tn).
func (d DamagedRecord) MessageID() string {
	switch d.Kind {
	case RecordSession:
		return "safety_damaged_sessions"
	case RecordParticipant:
		return "safety_damaged_participants"
	case RecordAttendance:
		return "safety_damaged_attendance"
	case RecordCustomisation, RecordOwnModule:
		return "safety_damaged_customisations"
	case RecordHeader:
		return "safety_damaged_header"
	}
	return "safety_damaged_other"
}
