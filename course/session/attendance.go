package session

import "fmt"

// Half is a half-day: morning or afternoon.
type Half string

// The two half-days.
const (
	AM Half = "am"
	PM Half = "pm"
)

// ParseHalf reads "am" or "pm".
func ParseHalf(s string) (Half, error) {
	switch Half(s) {
	case AM, PM:
		return Half(s), nil
	}
	return "", fmt.Errorf("half-day %q is neither am nor pm", s)
}

// Status is a participant's attendance for a half-day.
type Status string

// Attendance statuses. Unmarked half-days have no record.
const (
	Present Status = "present"
	Absent  Status = "absent"
	Excused Status = "excused"
	Late    Status = "late"
)

// Statuses in the order the interface offers them.
var Statuses = []Status{Present, Late, Absent, Excused}

// ParseStatus reads a status name.
func ParseStatus(s string) (Status, error) {
	for _, st := range Statuses {
		if string(st) == s {
			return st, nil
		}
	}
	return "", fmt.Errorf("status %q is not present, absent, excused or late", s)
}

// Attended reports whether the half-day counts as attended: a late arrival
// attended; an excused absence did not.
func (s Status) Attended() bool { return s == Present || s == Late }

// Mark is a participant's attendance for one half-day.
type Mark struct {
	Participant string `json:"participant"`
	Day         int    `json:"day"` // 0-based
	Half        Half   `json:"half"`
	Status      Status `json:"status"`
	Remark      string `json:"remark,omitempty"`
	// LateMinutes is how late a participant marked Late arrived (or how
	// early they left): deducted from the hours attended. 0 on a late mark
	// means the trainer did not say; it is ignored on other statuses.
	LateMinutes int `json:"late_minutes,omitempty"`
}

// Missed is the time of the half-day the mark's participant missed, in
// minutes, for a half-day of planned minutes: all of it when absent or
// excused, the minutes late when late (never more than the half-day).
func (m Mark) Missed(planned int) int {
	switch m.Status {
	case Present:
		return 0
	case Late:
		return min(max(m.LateMinutes, 0), planned)
	}
	return planned
}

// Hours is a participant's attended time against the planned time.
type Hours struct {
	AttendedMinutes int
	PlannedMinutes  int
	// LateMinutes is the time deducted for late arrivals, already taken out
	// of AttendedMinutes.
	LateMinutes int
	// HalfDays counts the half-days attended (present or late).
	HalfDays int
}

// Rate is the share of the planned time attended, in percent from 0 to
// 100; 0 when nothing was planned. It is the one attendance rate of the kit:
// the attendance grid, the attendance report (PDF and CSV), the session
// report and the certificates all print it.
//
// The rule: rounded down, deliberately. A rate is read against a threshold
// (a funder pays for trainees who attended 80 % or 70 % of the time; a
// certificate says "100 %" only of full attendance): 79.6 % must not read
// as 80 %, nor 99.6 % as a full 100 %. So 17.6 % is 17 % and 16.7 % is 16 %,
// on screen and on paper alike.
func (h Hours) Rate() int {
	if h.PlannedMinutes <= 0 {
		return 0
	}
	return min(100, h.AttendedMinutes*100/h.PlannedMinutes)
}

// Attended sums the half-days a participant attended, in minutes, less
// the minutes late, against the session's planned minutes: the figures on
// the certificate. Unmarked half-days count as not attended.
func Attended(s *Session, participant string, marks []Mark) Hours {
	h := Hours{PlannedMinutes: s.PlannedMinutes()}
	for _, m := range marks {
		if m.Participant != participant || m.Day < 0 || m.Day >= len(s.Days) {
			continue
		}
		if m.Status.Attended() {
			planned := s.Days[m.Day].HalfMinutes(m.Half)
			late := m.Missed(planned)
			h.AttendedMinutes += planned - late
			h.LateMinutes += late
			h.HalfDays++
		}
	}
	return h
}

// Index is the marks of a session by participant, day and half-day, for
// looking up many (an attendance sheet of hundreds of rows).
type Index map[string]Mark

// NewIndex indexes marks.
func NewIndex(marks []Mark) Index {
	x := make(Index, len(marks))
	for _, m := range marks {
		x[indexKey(m.Participant, m.Day, m.Half)] = m
	}
	return x
}

// Get returns the mark of a participant for a half-day, if any.
func (x Index) Get(participant string, day int, half Half) (Mark, bool) {
	m, ok := x[indexKey(participant, day, half)]
	return m, ok
}

func indexKey(p string, day int, half Half) string {
	return fmt.Sprintf("%s|%d|%s", p, day, half)
}

// FormatHours writes minutes as hours and minutes: 7 h 30.
func FormatHours(minutes int) string {
	if minutes%60 == 0 {
		return fmt.Sprintf("%d h", minutes/60)
	}
	return fmt.Sprintf("%d h %02d", minutes/60, minutes%60)
}
