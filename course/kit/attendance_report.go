package kit

import (
	"encoding/csv"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/course/pdf"
	"github.com/socialtech/trainerkit/course/roster"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/locales"
)

// ExportAgenda prints a session's agenda alone (pdf.Agenda) into path,
// through a temporary file: what the Print dialog and `trainerkit export
// agenda` both run.
func ExportAgenda(path string, lib *course.Library, st SessionReader, id string, o pdf.AgendaOptions) error {
	s, err := st.Session(id)
	if err != nil {
		return fmt.Errorf("export the agenda: %w", err)
	}
	err = datafile.WriteFileAtomic(path, func(w io.Writer) error { return pdf.Agenda(w, lib, s, o) })
	if err != nil {
		return fmt.Errorf("export the agenda of session %s: %w", id, err)
	}
	return nil
}

// ExportAttendanceReport writes a session's attendance report into path:
// a CSV when the name ends in .csv (for a spreadsheet), else a PDF on
// p.Paper naming the training body as every document does (p.Org).
func ExportAttendanceReport(path string, st SessionReader, id string, p Print) error {
	s, err := st.Session(id)
	if err != nil {
		return fmt.Errorf("export the attendance report: %w", err)
	}
	people, err := st.Participants(id)
	if err != nil {
		return fmt.Errorf("export the attendance report: %w", err)
	}
	marks, err := st.Marks(id)
	if err != nil {
		return fmt.Errorf("export the attendance report: %w", err)
	}
	err = datafile.WriteFileAtomic(path, func(w io.Writer) error {
		if strings.EqualFold(filepath.Ext(path), ".csv") {
			return AttendanceReportCSV(w, s, people, marks)
		}
		return pdf.AttendanceReport(w, s, people, marks, p.options(nil))
	})
	if err != nil {
		return fmt.Errorf("export the attendance report of session %s: %w", id, err)
	}
	return nil
}

// AttendanceReportCSV writes the attendance report as CSV, headed in the
// session's language, with a byte order mark for Excel: a row per
// participant with the minutes planned, attended (less the minutes late)
// and late, the rate in per cent and the half-days not attended in full
// with their reasons. Every cell is neutralised (roster.Neutralise).
func AttendanceReportCSV(w io.Writer, s *session.Session, ps []session.Participant, marks []session.Mark) error {
	l := locales.New(s.Lang)
	if _, err := w.Write([]byte{0xEF, 0xBB, 0xBF}); err != nil {
		return err
	}
	// Excel opens it with a double click, as the participants export:
	// the language's list separator and CRLF line ends.
	cw := csv.NewWriter(w)
	cw.Comma = roster.ExcelDelimiter(s.Lang)
	cw.UseCRLF = true
	row := func(cells ...string) {
		for i := range cells {
			cells[i] = roster.Neutralise(cells[i])
		}
		cw.Write(cells) // errors come back from cw.Error
	}
	row(l.T("csv_report_last_name"), l.T("csv_report_first_name"), l.T("csv_report_organisation"),
		l.T("csv_report_planned"), l.T("csv_report_attended"), l.T("csv_report_late"), l.T("csv_report_rate"), l.T("csv_report_absences"))
	for _, r := range session.Report(s, ps, marks) {
		var abs []string
		for _, a := range r.Absences {
			abs = append(abs, absenceText(l, s, a))
		}
		h := r.Hours
		row(r.Participant.LastName, r.Participant.FirstName, r.Participant.Organisation,
			strconv.Itoa(h.PlannedMinutes), strconv.Itoa(h.AttendedMinutes), strconv.Itoa(h.LateMinutes),
			strconv.Itoa(h.Rate()), strings.Join(abs, "; "))
	}
	cw.Flush()
	return cw.Error()
}

// absenceText is "2027-01-11 pm: Absent — excused (doctor)".
func absenceText(l *locales.Localizer, s *session.Session, a session.Absence) string {
	st := l.T("pdf_report_unrecorded")
	switch a.Status {
	case session.Absent:
		st = l.T("pdf_mark_absent")
	case session.Excused:
		st = l.T("pdf_mark_excused")
	case session.Late:
		st = l.T("pdf_mark_late")
		if a.LateMinutes > 0 {
			st = l.Tn("pdf_mark_late_minutes", a.LateMinutes, nil)
		}
	}
	out := fmt.Sprintf("%s %s: %s", s.Date(a.Day).Format(session.DateLayout), a.Half, st)
	if a.Remark != "" {
		out += " (" + a.Remark + ")"
	}
	return out
}
