package ui

import (
	"time"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

// Store is what the session screens need from the data file. storage.DB
// implements it; the interface keeps ui away from how data is kept.
type Store interface {
	Prefs
	Sessions() ([]session.Summary, error)
	Session(id string) (*session.Session, error)
	SaveSession(s *session.Session) error
	DeleteSession(id string) error
	Participants(sessionID string) ([]session.Participant, error)
	SaveParticipants(sessionID string, ps []session.Participant) error
	ForgetParticipant(sessionID, participantID string) error
	Marks(sessionID string) ([]session.Mark, error)
	SetMark(sessionID string, m session.Mark) error
	Templates() ([]session.Template, error)
	SaveTemplate(t session.Template) error
	ExpiredSessions(now time.Time) ([]session.Summary, error)
	PurgeParticipants(sessionID string) error
	RetentionMonths() int
	SetRetentionMonths(n int) error

	// Customisations and own modules (course.Overlay, course.Module.UID).
	SaveOverlay(o course.Overlay) error
	DeleteOverlay(module, lang, part string) error
	SaveOwnModule(m *course.Module) error
	DeleteOwnModule(uid string) error
}
