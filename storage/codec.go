package storage

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/socialtech/trainerkit/course/session"
)

// Participants are stored in a compact record rather than JSON: a session
// list with thousands of people decodes several times faster. The record is
// a version byte, then the six fields separated by the ASCII unit separator.
const (
	participantV1 = 1
	unitSep       = '\x1f'
)

func encodeParticipant(p session.Participant) []byte {
	fields := []string{p.ID, p.FirstName, p.LastName, p.Email, p.Organisation, p.Role}
	var b bytes.Buffer
	b.Grow(1 + len(fields) + len(p.ID) + len(p.FirstName) + len(p.LastName) + len(p.Email) + len(p.Organisation) + len(p.Role))
	b.WriteByte(participantV1)
	for i, f := range fields {
		if i > 0 {
			b.WriteByte(unitSep)
		}
		// The separator is a control character no spreadsheet or form
		// produces; drop it rather than corrupt the record.
		if strings.IndexByte(f, unitSep) >= 0 {
			f = strings.ReplaceAll(f, string(unitSep), "")
		}
		b.WriteString(f)
	}
	return b.Bytes()
}

func decodeParticipant(v []byte) (session.Participant, error) {
	if len(v) == 0 || v[0] != participantV1 {
		return session.Participant{}, fmt.Errorf("unknown record format")
	}
	f := strings.Split(string(v[1:]), string(unitSep))
	if len(f) != 6 {
		return session.Participant{}, fmt.Errorf("record has %d fields, want 6", len(f))
	}
	return session.Participant{ID: f[0], FirstName: f[1], LastName: f[2], Email: f[3], Organisation: f[4], Role: f[5]}, nil
}
