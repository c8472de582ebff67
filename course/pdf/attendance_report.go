package pdf

import (
	"fmt"
	"io"
	"strings"

	"github.com/johnfercher/maroto/v2/pkg/components/row"

	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/locales"
)

// AttendanceReport prints the attendance report a funder asks for, in
// landscape: the session and the training body, then for each participant
// the hours planned and attended (less the minutes late), the rate, and
// every half-day not attended in full with its reason; then each
// half-day's attendance rate. Participants print in the order given.
func AttendanceReport(w io.Writer, s *session.Session, ps []session.Participant, marks []session.Mark, opts Options) error {
	if err := checkSession(s); err != nil {
		return err
	}
	paper, err := opts.paper()
	if err != nil {
		return err
	}
	d, err := newDoc(paper, true, sessionLang(s))
	if err != nil {
		return err
	}
	l := d.l
	body := bodyOf(s, opts.Org)
	d.title, d.kind, d.report = s.Title, l.T("pdf_report_title"), opts.Report
	d.footer = d.footerText(body)
	r := &renderer{doc: d}
	r.para(plain(d.kind, bold, &colorAccent), fontH[1], 0, left)
	r.para(plain(r.detail(s.Title, FieldTitle), bold, nil), fontSubtitle, 0, left)
	var facts []string
	facts = append(facts, sessionDates(l, s), sessionTimes(l, s))
	if b := orgLine(body); b != "" {
		facts = append(facts, labelValue(l, l.T("pdf_body"), r.detail(b, FieldBody)))
	}
	facts = append(facts, d.identity(body)...)
	if s.Funder != "" {
		facts = append(facts, labelValue(l, l.T("pdf_funder"), r.detail(s.Funder, FieldFunder)))
	}
	if s.Reference != "" {
		label := body.ReferenceLabel
		if label == "" {
			label = l.T("pdf_reference")
		}
		facts = append(facts, labelValue(l, label, r.detail(s.Reference, FieldReference)))
	}
	for _, f := range facts {
		r.para(plain(f, regular, &colorMuted), fontBody, 0, left)
	}
	r.add(4, row.New(4))
	rows := session.Report(s, ps, marks)
	if len(rows) == 0 {
		r.para(plain(l.T("pdf_report_nobody"), italic, &colorMuted), fontBody, 0, left)
		return d.write(w)
	}
	r.attendanceReportTable(s, rows)
	r.gap(6)
	r.ensure(fontH[3].height + 4*fontCell.height)
	r.para(plain(l.T("pdf_report_halves"), bold, &colorAccent), fontH[3], 0, left)
	r.add(1.5, row.New(1.5))
	r.attendanceHalfTable(s, ps, marks)
	return d.write(w)
}

// attendanceReportTable is a row per participant.
func (r *renderer) attendanceReportTable(s *session.Session, rows []session.ReportRow) {
	l := r.l
	header := [][]span{
		plain(l.T("pdf_col_number"), bold, nil),
		plain(l.T("pdf_report_participant"), bold, nil),
		plain(l.T("pdf_col_organisation"), bold, nil),
		plain(l.T("pdf_planned"), bold, nil),
		plain(l.T("pdf_attended"), bold, nil),
		plain(l.T("pdf_rate"), bold, nil),
		plain(l.T("pdf_report_absences"), bold, nil),
	}
	var body [][][]span
	var planned, attended int
	for i, row := range rows {
		p := row.Participant
		who := p.FullName()
		name := r.printable(p.LastName, p.ID, who, FieldLastName) + " " + r.printable(p.FirstName, p.ID, who, FieldFirstName)
		h := row.Hours
		planned += h.PlannedMinutes
		attended += h.AttendedMinutes
		att := []span{{text: session.FormatHours(h.AttendedMinutes), st: regular}}
		if h.LateMinutes > 0 {
			att = append(att, span{text: "\n"}, span{text: l.Tn("pdf_late_deducted", h.LateMinutes, nil), st: italic, color: &colorMuted})
		}
		body = append(body, [][]span{
			plain(fmt.Sprint(i+1), regular, &colorMuted),
			{nameSpan(strings.TrimSpace(name), bold, nil)},
			plain(r.printable(p.Organisation, p.ID, who, FieldOrganisation), regular, nil),
			plain(session.FormatHours(h.PlannedMinutes), regular, nil),
			att,
			plain(l.Tf("pdf_percent", map[string]any{"N": h.Rate()}), bold, nil),
			attendanceAbsences(l, s, row.Absences),
		})
	}
	total := session.Hours{PlannedMinutes: planned, AttendedMinutes: attended}
	body = append(body, [][]span{
		plain("", regular, nil),
		plain(l.T("pdf_report_total"), bold, nil),
		plain("", regular, nil),
		plain(session.FormatHours(planned), bold, nil),
		plain(session.FormatHours(attended), bold, nil),
		plain(l.Tf("pdf_percent", map[string]any{"N": total.Rate()}), bold, nil),
		plain("", regular, nil),
	})
	tb := r.layoutTable(header, body, []align{right, left, left, right, right, right, left}, 0, r.width(), fontCell)
	tb.place(r.doc)
}

// attendanceAbsences lists the half-days a participant did not attend in full,
// each with its reason: "Day 1 pm (11/01): absent — sick".
func attendanceAbsences(l *locales.Localizer, s *session.Session, as []session.Absence) []span {
	if len(as) == 0 {
		return plain(l.T("pdf_report_no_absence"), italic, &colorMuted)
	}
	var out []span
	for i, a := range as {
		if i > 0 {
			out = append(out, span{text: "\n"})
		}
		when := attendanceHalfName(l, s, a.Day, a.Half)
		out = append(out, span{text: when + " ", st: bold})
		out = append(out, span{text: attendanceStatusText(l, a), st: regular})
		if a.Remark != "" {
			out = append(out, span{text: " — " + a.Remark, st: italic, color: &colorMuted})
		}
	}
	return out
}

// attendanceStatusText is what a half-day not attended in full was.
func attendanceStatusText(l *locales.Localizer, a session.Absence) string {
	switch a.Status {
	case session.Absent:
		return l.T("pdf_mark_absent")
	case session.Excused:
		return l.T("pdf_mark_excused")
	case session.Late:
		if a.LateMinutes > 0 {
			return l.Tn("pdf_mark_late_minutes", a.LateMinutes, nil)
		}
		return l.T("pdf_mark_late")
	}
	return l.T("pdf_report_unrecorded")
}

// attendanceHalfName is "Day 1 am (11/01)".
func attendanceHalfName(l *locales.Localizer, s *session.Session, day int, h session.Half) string {
	key := "pdf_report_half_am"
	if h == session.PM {
		key = "pdf_report_half_pm"
	}
	return l.Tf(key, map[string]any{"N": day + 1, "Date": attendanceShortDate(l, s, day)})
}

// attendanceShortDate is day i's date as the report's lists write it: 11/01, or 1/11
// in English.
func attendanceShortDate(l *locales.Localizer, s *session.Session, day int) string {
	if l.Lang() == "en" {
		return s.Date(day).Format("1/2")
	}
	return s.Date(day).Format("02/01")
}

// attendanceHalfTable is a row per half-day: when, how many were present, late,
// absent, excused or not recorded, and the half-day's attendance rate.
func (r *renderer) attendanceHalfTable(s *session.Session, ps []session.Participant, marks []session.Mark) {
	l := r.l
	header := [][]span{
		plain(l.T("pdf_report_half_day"), bold, nil),
		plain(l.T("pdf_times"), bold, nil),
		plain(l.T("pdf_report_present"), bold, nil),
		plain(l.T("pdf_mark_late"), bold, nil),
		plain(l.T("pdf_mark_absent"), bold, nil),
		plain(l.T("pdf_mark_excused"), bold, nil),
		plain(l.T("pdf_report_unrecorded"), bold, nil),
		plain(l.T("pdf_rate"), bold, nil),
	}
	x := session.NewIndex(marks)
	var body [][][]span
	for d, t := range s.Days {
		for _, h := range session.Halves {
			count := map[session.Status]int{}
			for _, p := range ps {
				m, _ := x.Get(p.ID, d, h)
				count[m.Status]++
			}
			from, to := t.Bounds(h)
			rate := session.HalfAttendance(s, ps, x, d, h).Rate()
			when := attendanceHalfName(l, s, d, h)
			cells := [][]span{plain(when, bold, nil), plain(fmt.Sprintf("%s–%s", from, to), regular, nil)}
			for _, st := range []session.Status{session.Present, session.Late, session.Absent, session.Excused, ""} {
				cells = append(cells, plain(fmt.Sprint(count[st]), regular, nil))
			}
			body = append(body, append(cells, plain(l.Tf("pdf_percent", map[string]any{"N": rate}), bold, nil)))
		}
	}
	tb := r.layoutTable(header, body, []align{left, left, right, right, right, right, right, right}, 0, r.width(), fontCell)
	tb.place(r.doc)
}
