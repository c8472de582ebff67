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
}

// Hours is a participant's attended time against the planned time.
type Hours struct {
	AttendedMinutes int
	PlannedMinutes  int
}

// Attended sums the half-days a participant attended, in minutes, against
// the session's planned minutes: the figure on the certificate.
func Attended(s *Session, participant string, marks []Mark) Hours {
	h := Hours{PlannedMinutes: s.PlannedMinutes()}
	for _, m := range marks {
		if m.Participant != participant || m.Day < 0 || m.Day >= len(s.Days) {
			continue
		}
		if m.Status.Attended() {
			h.AttendedMinutes += s.Days[m.Day].HalfMinutes(m.Half)
		}
	}
	return h
}

// FormatHours writes minutes as hours and minutes: 7 h 30.
func FormatHours(minutes int) string {
	if minutes%60 == 0 {
		return fmt.Sprintf("%d h", minutes/60)
	}
	return fmt.Sprintf("%d h %02d", minutes/60, minutes%60)
}
