package roster

import (
	"errors"
	"fmt"
	"strings"

	"github.com/socialtech/trainerkit/course/session"
)

// Reason says why a row was skipped or what was noticed about it. The
// interface translates the code; Detail carries the data concerned.
type Reason string

// Reasons.
const (
	NoLastName        Reason = "no_last_name"       // skipped
	DuplicateInFile   Reason = "duplicate_in_file"  // skipped: same person earlier in the file
	DuplicateExisting Reason = "duplicate_existing" // skipped: already in the session
	ExtraFields       Reason = "extra_fields"       // imported; the extra values are listed
)

// Messages are the English texts of the reasons, for the command line.
var Messages = map[Reason]string{
	NoLastName:        "no last name",
	DuplicateInFile:   "same person as line %s",
	DuplicateExisting: "already registered: %s",
	ExtraFields:       "more fields than the header; not imported: %s",
}

// Issue is a remark about one row.
type Issue struct {
	Line   int
	Reason Reason
	Detail string
}

// String is the issue in English: "line 4: no last name".
func (i Issue) String() string {
	msg := Messages[i.Reason]
	if strings.Contains(msg, "%s") {
		msg = fmt.Sprintf(msg, i.Detail)
	}
	return fmt.Sprintf("line %d: %s", i.Line, msg)
}

// Entry is a participant to import and the line it came from.
type Entry struct {
	Line        int
	Participant session.Participant
}

// Preview is what an import would do; nothing is written until the trainer
// confirms it.
type Preview struct {
	Import  []Entry
	Skipped []Issue
	Notes   []Issue // rows imported with a remark
}

// ErrNoLastNameColumn means no column holds the last name: the mapping step
// must say which one does.
var ErrNoLastNameColumn = errors.New("no column holds the last name")

// Plan applies a mapping to the table and sorts the rows into those to
// import and those skipped, with reasons, against the participants already
// in the session.
func Plan(t *Table, m Mapping, existing []session.Participant) (*Preview, error) {
	if !m.CanImport() {
		return nil, ErrNoLastNameColumn
	}
	seen := map[string]string{} // duplicate key -> line or name
	for _, p := range existing {
		seen[p.DuplicateKey()] = "existing:" + p.FullName()
	}
	pv := &Preview{}
	for _, row := range t.Rows {
		p := participantFrom(row.Fields, m)
		if err := p.Normalise(); err != nil {
			pv.Skipped = append(pv.Skipped, Issue{Line: row.Line, Reason: NoLastName})
			continue
		}
		key := p.DuplicateKey()
		if prev, dup := seen[key]; dup {
			if who, ok := strings.CutPrefix(prev, "existing:"); ok {
				pv.Skipped = append(pv.Skipped, Issue{Line: row.Line, Reason: DuplicateExisting, Detail: who})
			} else {
				pv.Skipped = append(pv.Skipped, Issue{Line: row.Line, Reason: DuplicateInFile, Detail: prev})
			}
			continue
		}
		seen[key] = fmt.Sprint(row.Line)
		if len(row.Fields) > len(m) {
			extra := strings.Join(nonEmpty(row.Fields[len(m):]), " | ")
			if extra != "" {
				pv.Notes = append(pv.Notes, Issue{Line: row.Line, Reason: ExtraFields, Detail: extra})
			}
		}
		p.ID = session.NewID()
		pv.Import = append(pv.Import, Entry{Line: row.Line, Participant: p})
	}
	return pv, nil
}

// participantFrom fills a participant from a row by the mapping; a row
// shorter than the header leaves the missing fields empty.
func participantFrom(fields []string, m Mapping) session.Participant {
	var p session.Participant
	for i, f := range m {
		if i >= len(fields) {
			break
		}
		v := fields[i]
		switch f {
		case FirstName:
			p.FirstName = v
		case LastName:
			p.LastName = v
		case FullName:
			first, last := splitFullName(v)
			if p.FirstName == "" {
				p.FirstName = first
			}
			if p.LastName == "" {
				p.LastName = last
			}
		case Email:
			p.Email = v
		case Organisation:
			p.Organisation = v
		case Role:
			p.Role = v
		}
	}
	return p
}

// splitFullName splits "Ada Okafor" into first and last name at the first
// space; "OKAFOR, Ada" at the comma. A single word is a last name.
func splitFullName(s string) (string, string) {
	s = strings.TrimSpace(s)
	if last, first, ok := strings.Cut(s, ","); ok {
		return strings.TrimSpace(first), strings.TrimSpace(last)
	}
	if first, last, ok := strings.Cut(s, " "); ok {
		return first, strings.TrimSpace(last)
	}
	return "", s
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
