package session

// Absence is a half-day a participant did not attend in full: absent,
// excused, late (with the minutes late), or not recorded at all (Status "").
type Absence struct {
	Day         int // 0-based
	Half        Half
	Status      Status
	LateMinutes int
	Remark      string
}

// ReportRow is one participant's line of the attendance report a funder
// asks for: the hours planned and attended (less the minutes late), the
// rate, and every half-day not attended in full with its reason.
type ReportRow struct {
	Participant Participant
	Hours       Hours
	Absences    []Absence
}

// Report is the attendance report of a session: a row per participant, in
// the order given.
func Report(s *Session, ps []Participant, marks []Mark) []ReportRow {
	x := NewIndex(marks)
	out := make([]ReportRow, 0, len(ps))
	for _, p := range ps {
		row := ReportRow{Participant: p, Hours: Attended(s, p.ID, marks)}
		for d := range s.Days {
			for _, h := range Halves {
				m, ok := x.Get(p.ID, d, h)
				if ok && m.Status == Present {
					continue
				}
				a := Absence{Day: d, Half: h}
				if ok {
					a.Status, a.Remark = m.Status, m.Remark
					if m.Status == Late {
						a.LateMinutes = m.LateMinutes
					}
				}
				row.Absences = append(row.Absences, a)
			}
		}
		out = append(out, row)
	}
	return out
}

// HalfAttendance is the time attended in one half-day by all the
// participants together against the time they would have attended had
// everyone come for all of it: Rate() is the half-day's attendance rate.
func HalfAttendance(s *Session, ps []Participant, x Index, day int, h Half) Hours {
	var out Hours
	if day < 0 || day >= len(s.Days) {
		return out
	}
	planned := s.Days[day].HalfMinutes(h)
	for _, p := range ps {
		out.PlannedMinutes += planned
		m, ok := x.Get(p.ID, day, h)
		if !ok || !m.Status.Attended() {
			continue
		}
		late := m.Missed(planned)
		out.AttendedMinutes += planned - late
		out.LateMinutes += late
		out.HalfDays++
	}
	return out
}
