package kit

import (
	"fmt"
	"io"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/course/pdf"
	"github.com/socialtech/trainerkit/course/session"
)

// Doc is one of a session's printed documents.
type Doc int

// The session documents, in the order the interface offers them.
const (
	Handout Doc = iota
	Guide
	Attendance
	Certificates
	// AgendaSheet is the agenda alone for participants (one or two pages),
	// AgendaWall a page per day for the wall (ExportAgenda).
	AgendaSheet
	AgendaWall
	// Report and ReportCSV are the attendance report (ExportAttendanceReport).
	Report
	ReportCSV
)

var docNames = []string{"handout", "guide", "attendance", "certificates", "agenda", "agenda-wall", "attendance-report", "attendance-report-csv"}

// docWhat names each document in messages.
var docWhat = []string{"the handout", "the trainer's guide", "the attendance sheets", "the certificates",
	"the agenda", "the agenda for the wall", "the attendance report", "the attendance report"}

// Docs are the session documents, in order.
var Docs = []Doc{Handout, Guide, Attendance, Certificates, AgendaSheet, AgendaWall, Report, ReportCSV}

// ParseDoc reads a document's name: handout, guide, attendance or certificates.
func ParseDoc(name string) (Doc, bool) {
	for i, n := range docNames {
		if n == name {
			return Doc(i), true
		}
	}
	return 0, false
}

// String is the document's name, as the command line writes it.
func (d Doc) String() string { return docNames[d] }

// What names the document in a sentence: "the trainer's guide".
func (d Doc) What() string { return docWhat[d] }

// NeedsLibrary reports whether the document prints module content: every
// one but the attendance sheets and report.
func (d Doc) NeedsLibrary() bool { return d != Attendance && d != Report && d != ReportCSV }

// Ext is the document's file extension: .csv for the report's CSV, else .pdf.
func (d Doc) Ext() string {
	if d == ReportCSV {
		return ".csv"
	}
	return ".pdf"
}

// ExportSession prints a session's document into path, through a temporary
// file so that a failure leaves no half PDF. lib is the library the trainer
// sees (customised parts, own modules); the attendance sheets do not need it.
func ExportSession(path string, doc Doc, lib *course.Library, st SessionReader, id string, paper pdf.Paper) error {
	switch doc {
	case AgendaSheet, AgendaWall:
		o := pdf.AgendaOptions{Options: pdf.Options{Paper: paper}, Layout: pdf.AgendaParticipants}
		if doc == AgendaWall {
			o.Layout = pdf.AgendaWall
		}
		return ExportAgenda(path, lib, st, id, o)
	case Report, ReportCSV:
		return ExportAttendanceReport(path, st, id, paper)
	}
	s, err := st.Session(id)
	if err != nil {
		return fmt.Errorf("export %s: %w", doc.What(), err)
	}
	var (
		people []session.Participant
		marks  []session.Mark
	)
	if doc == Attendance || doc == Certificates {
		if people, err = st.Participants(id); err != nil {
			return fmt.Errorf("export %s: %w", doc.What(), err)
		}
	}
	if doc == Certificates {
		if marks, err = st.Marks(id); err != nil {
			return fmt.Errorf("export %s: %w", doc.What(), err)
		}
		if len(people) == 0 {
			return fmt.Errorf("export %s of session %s: the session has no participants yet", doc.What(), id)
		}
	}
	opts := pdf.Options{Paper: paper}
	if rr, ok := st.(ResultReader); ok && doc == Certificates {
		// A certificate states the final test's result where there is one.
		if opts.Results, err = rr.Results(id); err != nil {
			return fmt.Errorf("export %s: %w", doc.What(), err)
		}
	}
	err = datafile.WriteFileAtomic(path, func(w io.Writer) error {
		switch doc {
		case Handout:
			return pdf.SessionHandout(w, lib, s, opts)
		case Guide:
			return pdf.TrainerGuide(w, lib, s, opts)
		case Attendance:
			return pdf.AttendanceSheet(w, s, people, opts)
		}
		return pdf.Certificates(w, lib, s, people, marks, opts)
	})
	if err != nil {
		return fmt.Errorf("export %s of session %s: %w", doc.What(), id, err)
	}
	return nil
}

// ExportModule prints a module handout (the parts asked for, in lang; the
// four handout parts when none are named) into path, through a temporary
// file.
func ExportModule(path string, lib *course.Library, module int, lang string, parts []string, paper pdf.Paper) error {
	if lib.Module(module) == nil {
		if module >= course.FirstOwnNumber {
			return fmt.Errorf("export module %d: you have no module of your own with this number", module)
		}
		return fmt.Errorf("export module %d: the module is not in the kit yet", module)
	}
	err := datafile.WriteFileAtomic(path, func(w io.Writer) error {
		return pdf.ModuleHandout(w, lib, module, lang, parts, pdf.Options{Paper: paper})
	})
	if err != nil {
		return fmt.Errorf("export module %d (%s): %w", module, lang, err)
	}
	return nil
}
