package roster

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"

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
	// MalformedQuote: a quote out of place (or never closed); the field was
	// read as written, quotes included, and the next lines as lines of
	// their own. Detail is the field.
	MalformedQuote Reason = "malformed_quote"
	// InvalidBytes: bytes that are not UTF-8 in a UTF-8 file were replaced
	// by U+FFFD. Detail is the line.
	InvalidBytes Reason = "invalid_bytes"
	// OtherEncoding: a line of UTF-8 in a file read as Windows-1252: its
	// accented letters show as two odd characters each.
	OtherEncoding Reason = "other_encoding"
)

// Messages are the English texts of the reasons, for the command line.
var Messages = map[Reason]string{
	NoLastName:        "no last name",
	DuplicateInFile:   "same person as line %s",
	DuplicateExisting: "already registered: %s",
	ExtraFields:       "more fields than the header; not imported: %s",
	MalformedQuote:    "a quote is out of place; the field was read as written: %s",
	InvalidBytes:      "some characters are not readable text and were replaced by �: %s",
	OtherEncoding:     "this line is in another encoding than the file (UTF-8 in a Windows-1252 file): check its accents",
}

// MsgReading is the interface's message while a file is read and planned
// (ReadWith's and PlanWith's progress).
const MsgReading = "import_reading"

// MessageID is the interface's message for the reason (locales), which
// takes {{.Line}} and {{.Detail}}.
func (r Reason) MessageID() string {
	switch r {
	case NoLastName:
		return "import_skip_no_last_name"
	case DuplicateInFile:
		return "import_skip_duplicate_file"
	case DuplicateExisting:
		return "import_skip_duplicate_existing"
	case ExtraFields:
		return "import_note_extra"
	case MalformedQuote:
		return "import_note_malformed_quote"
	case InvalidBytes:
		return "import_note_invalid_bytes"
	}
	return "import_note_other_encoding"
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
	Notes   []Issue // lines read or imported with a remark, by line
}

// ErrNoLastNameColumn means no column holds the last name: the mapping step
// must say which one does.
var ErrNoLastNameColumn = errors.New("no column holds the last name")

// Plan applies a mapping to the table and sorts the rows into those to
// import and those skipped, with reasons, against the participants already
// in the session. The table's reading issues come along as notes.
func Plan(t *Table, m Mapping, existing []session.Participant) (*Preview, error) {
	return PlanWith(t, m, existing, nil)
}

// PlanWith is Plan telling progress how many rows of how many it has
// planned, about a hundred times and once at the end.
func PlanWith(t *Table, m Mapping, existing []session.Participant, progress func(done, total int)) (*Preview, error) {
	if !m.CanImport() {
		return nil, ErrNoLastNameColumn
	}
	step := max(1, len(t.Rows)/100)
	seen := map[string]string{} // duplicate key -> line or name
	for _, p := range existing {
		seen[p.DuplicateKey()] = "existing:" + p.FullName()
	}
	pv := &Preview{Notes: append([]Issue(nil), t.Issues...)}
	for i, row := range t.Rows {
		if progress != nil && i%step == 0 {
			progress(i, len(t.Rows))
		}
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
	sortIssues(pv.Notes)
	if progress != nil {
		progress(len(t.Rows), len(t.Rows))
	}
	return pv, nil
}

// sortIssues orders issues by line, keeping the order of one line's.
func sortIssues(is []Issue) {
	sort.SliceStable(is, func(i, j int) bool { return is[i].Line < is[j].Line })
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

// splitFullName splits a name typed in one column: "OKAFOR, Ada" at the
// comma; else the words in capitals, at its start or its end, are the last
// name, as French, Italian and Spanish lists write it ("DUPONT Jean",
// "María José GARCÍA PEÑALVER", "Jean-Pierre DE LA FONTAINE"); else at the
// first space ("Ada Okafor"). A single word is a last name.
func splitFullName(s string) (string, string) {
	s = strings.TrimSpace(s)
	if last, first, ok := strings.Cut(s, ","); ok {
		return strings.TrimSpace(first), strings.TrimSpace(last)
	}
	words := strings.Fields(s)
	if first, last, ok := splitAtCapitals(words); ok {
		return first, last
	}
	if first, last, ok := strings.Cut(s, " "); ok {
		return first, strings.TrimSpace(last)
	}
	return "", s
}

// splitAtCapitals finds the last name as the run of words in capitals at
// the start or the end of words, the rest being the first name; ok is false
// when there is no such run, or nothing else (a name all in capitals).
func splitAtCapitals(words []string) (first, last string, ok bool) {
	n := 0
	for n < len(words) && inCapitals(words[n]) {
		n++
	}
	if n > 0 && n < len(words) {
		return strings.Join(words[n:], " "), strings.Join(words[:n], " "), true
	}
	n = len(words)
	for n > 0 && inCapitals(words[n-1]) {
		n--
	}
	if n > 0 && n < len(words) {
		return strings.Join(words[:n], " "), strings.Join(words[n:], " "), true
	}
	return "", "", false
}

// inCapitals reports a word of two letters or more, all capitals ("DUPONT",
// "D'ANGELO", "GARCÍA-PEÑALVER"); an initial ("J.") is not one.
func inCapitals(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
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
