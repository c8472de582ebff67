package kit

import (
	"fmt"

	"github.com/socialtech/trainerkit/course/roster"
	"github.com/socialtech/trainerkit/course/session"
)

// ParticipantImport is a participant list being imported into a session:
// the file read, the column mapping (guessed, then checked by the trainer
// in the interface), and the preview of what will be imported and skipped.
// Nothing is written before Save, and Save writes everything in one
// transaction.
type ParticipantImport struct {
	Name    string // the file's name, for messages
	Table   *roster.Table
	Mapping roster.Mapping
	Unknown []int // the columns whose header was not recognised: ignored unless mapped
	Preview *roster.Preview
}

// ReadParticipants reads a spreadsheet's bytes (CSV, any delimiter, UTF-8
// or Windows-1252) and guesses which column holds what.
func ReadParticipants(name string, data []byte) (*ParticipantImport, error) {
	return ReadParticipantsWith(name, data, nil)
}

// ReadParticipantsWith is ReadParticipants telling progress (done of total
// lines, from the reading goroutine) how far it has got: the window reads
// a large file off its thread, behind a progress bar.
func ReadParticipantsWith(name string, data []byte, progress func(done, total int)) (*ParticipantImport, error) {
	t, err := roster.ReadWith(data, roster.Options{Progress: progress})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	m, unknown := roster.GuessMapping(t.Header)
	return &ParticipantImport{Name: name, Table: t, Mapping: m, Unknown: unknown}, nil
}

// Plan computes the preview with the current mapping, against the
// participants already in the session. roster.ErrNoLastNameColumn means
// no column is mapped to the last name.
func (im *ParticipantImport) Plan(st ParticipantStore, sessionID string) error {
	return im.PlanWith(st, sessionID, nil)
}

// PlanWith is Plan telling progress (done of total rows) how far it has got.
func (im *ParticipantImport) PlanWith(st ParticipantStore, sessionID string, progress func(done, total int)) error {
	existing, err := st.Participants(sessionID)
	if err != nil {
		return err
	}
	pv, err := roster.PlanWith(im.Table, im.Mapping, existing, progress)
	if err != nil {
		return err
	}
	im.Preview = pv
	return nil
}

// Save writes the participants of the preview (planned first if need be) in
// one transaction.
func (im *ParticipantImport) Save(st ParticipantStore, sessionID string) error {
	if im.Preview == nil {
		if err := im.Plan(st, sessionID); err != nil {
			return err
		}
	}
	ps := make([]session.Participant, len(im.Preview.Import))
	for i, e := range im.Preview.Import {
		ps[i] = e.Participant
	}
	return st.SaveParticipants(sessionID, ps)
}
