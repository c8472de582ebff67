// Package kit holds the flows the window and the command line both run on
// the trainer's data, so that each is written once: importing participants
// from a spreadsheet, printing a module's or a session's documents,
// exporting and importing packs, deciding what to offer when the data file
// does not open, and the plain message for every failure the kit knows.
//
// It declares the store it needs (ParticipantStore, SessionReader,
// PackStore); storage.DB implements them. It never imports storage, so the
// interface, which calls it, links no database.
package kit

import (
	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/pack"
	"github.com/socialtech/trainerkit/course/session"
)

// ParticipantStore is what importing participants needs from the data file.
type ParticipantStore interface {
	Participants(sessionID string) ([]session.Participant, error)
	SaveParticipants(sessionID string, ps []session.Participant) error
}

// SessionReader is what printing a session's documents reads.
type SessionReader interface {
	Session(id string) (*session.Session, error)
	Participants(sessionID string) ([]session.Participant, error)
	Marks(sessionID string) ([]session.Mark, error)
}

// PackStore is what exporting and importing packs needs: gathering what a
// selection names, previewing an import and importing in one transaction.
// lib is the library the trainer sees (bundled modules with their
// customisations, and own modules): a pack's customisation of a module it
// does not hold is left out.
type PackStore interface {
	PackContents(sel pack.Selection) (*pack.Contents, error)
	PreviewImport(c *pack.Contents, lib *course.Library) ([]pack.ImportItem, error)
	Import(c *pack.Contents, lib *course.Library) error
}
