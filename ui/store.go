package ui

import (
	"time"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/session"
)

// The data file as the screens see it: small interfaces, one per kind of
// screen, that storage.DB implements (store_test.go checks it). ui never
// imports storage, so it links no database.

// SessionStore is what the sessions screen and a session's tabs need.
type SessionStore interface {
	kit.SessionReader
	kit.ParticipantStore
	Sessions() ([]session.Summary, error)
	SaveSession(s *session.Session) error
	DeleteSession(id string) error
	ForgetParticipant(sessionID, participantID string) error
	SetMark(sessionID string, m session.Mark) error
	// MarksAfter counts the attendance marks on the days from days on:
	// those a session shortened to days loses.
	MarksAfter(sessionID string, days int) (int, error)
	Templates() ([]session.Template, error)
	SaveTemplate(t session.Template) error
	RenameTemplate(old, name string) error
	DeleteTemplate(name string) error
	ExpiredSessions(now time.Time) ([]session.Summary, error)
	PurgeParticipants(sessionID string) error
	RetentionMonths() int
	SetRetentionMonths(n int) error
	OrgStore
}

// OrgStore keeps the organisation profile: the settings edit it, every
// export prints it.
type OrgStore interface {
	Org() (course.Org, error)
	SaveOrg(o course.Org) error
}

// CustomStore keeps the trainer's customisations and own modules.
type CustomStore interface {
	SaveOverlay(o course.Overlay) error
	DeleteOverlay(module, lang, part string) error
	SaveOwnModule(m *course.Module) error
	DeleteOwnModule(uid string) error
}

// Store is the whole data file, as the main window takes it: preferences,
// sessions, customisations. Packs and backups are offered when the store
// also implements packStore and BackupStore.
type Store interface {
	Prefs
	SessionStore
	CustomStore
}
