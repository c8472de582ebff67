package ui

import (
	"time"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/storage"
)

// Store is what the session screens need from the data file. storage.DB
// implements it; the interface keeps ui away from how data is kept.
type Store interface {
	Prefs
	Sessions() ([]storage.SessionSummary, error)
	Session(id string) (*session.Session, error)
	SaveSession(s *session.Session) error
	DeleteSession(id string) error
	Participants(sessionID string) ([]session.Participant, error)
	SaveParticipants(sessionID string, ps []session.Participant) error
	ForgetParticipant(sessionID, participantID string) error
	Marks(sessionID string) ([]session.Mark, error)
	SetMark(sessionID string, m session.Mark) error
	Templates() ([]storage.Template, error)
	SaveTemplate(t storage.Template) error
	ExpiredSessions(now time.Time) ([]storage.SessionSummary, error)
	PurgeParticipants(sessionID string) error
	RetentionMonths() int

	// Customisations and own modules (course.Overlay, course.Module.UID).
	SaveOverlay(o course.Overlay) error
	DeleteOverlay(module, lang, part string) error
	SaveOwnModule(m *course.Module) error
	DeleteOwnModule(uid string) error
}

var _ Store = (*storage.DB)(nil)
