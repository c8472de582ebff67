package kit

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/course/pdf"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/locales"
)

// Doc is one of a session's printed documents.
type Doc int

// The session documents, in the order the interface offers them.
const (
	Handout Doc = iota
	Guide
	Attendance
	Certificates
	// AgendaSheet is the agenda alone for participants (to hand out),
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

// Print is how a document prints, besides which one: the paper, the
// training body's profile, and for certificates whether everyone gets one.
type Print struct {
	Paper pdf.Paper
	// Org is the organisation profile of the settings; nil or empty prints
	// none of it.
	Org *course.Org
	// Body is the training body a module handout or a quiz names in its
	// footer (export module --org; a session's quiz, its session's body):
	// alone when it is not the profile's organisation. Sessions print
	// their own.
	Body string
	// AllParticipants prints a certificate for every participant, even
	// those who attended nothing.
	AllParticipants bool
}

// options are the PDF options for p, reporting into rep.
func (p Print) options(rep *pdf.Report) pdf.Options {
	o := pdf.Options{Paper: p.Paper, Body: p.Body, AllParticipants: p.AllParticipants, Report: rep}
	if p.Org != nil && !p.Org.Empty() {
		o.Org = p.Org
	}
	return o
}

// otherBody puts first in r the warning that the training body a document
// names (a session's, or the footer's: field pdf.FieldBody or
// pdf.FieldFooter) is not the profile's organisation, whose identifiers
// it therefore prints without (pdf.OtherBody); who is the session's or
// the module's title.
func (p Print) otherBody(r ExportReport, who, field, name string) ExportReport {
	if w, ok := pdf.OtherBody(who, field, name, p.options(nil).Org); ok {
		r.Warnings = append([]pdf.Warning{w}, r.Warnings...)
	}
	return r
}

// moduleWho names a module in a warning: "10 · Digital communication…".
func moduleWho(lib *course.Library, module int, lang string) string {
	if m := lib.Module(module); m != nil {
		return fmt.Sprintf("%02d · %s", module, m.TitleIn(lang))
	}
	return fmt.Sprintf("%02d", module)
}

// ExportReport is what an export found worth telling the trainer once the file
// is saved: the names printed otherwise than typed, and the participants
// left without a certificate.
type ExportReport struct {
	Warnings []pdf.Warning
	// Skipped are the names of the participants who got no certificate
	// because they attended nothing.
	Skipped []string
	Pages   int
}

// Lines are the report as sentences in tr's language: each warning, then
// who got no certificate; none when all went as typed.
func (r ExportReport) Lines(tr *locales.Localizer) []string {
	var out []string
	for _, w := range r.Warnings {
		out = append(out, w.Message(tr.Lang()))
	}
	if len(r.Skipped) > 0 {
		out = append(out, tr.Tn("org_report_skipped", len(r.Skipped), map[string]any{"Names": strings.Join(r.Skipped, ", ")}))
	}
	return out
}

// report turns what the PDF writer reported into an ExportReport, naming the
// participants it skipped.
func report(rep pdf.Report, people []session.Participant) ExportReport {
	out := ExportReport{Warnings: rep.Warnings, Pages: rep.Pages}
	for _, id := range rep.Skipped {
		for _, p := range people {
			if p.ID == id {
				out.Skipped = append(out.Skipped, strings.TrimSpace(p.FirstName+" "+p.LastName))
			}
		}
	}
	return out
}

// ErrNobodyAttended is returned (wrapped) for certificates when no
// participant attended a half-day: there is nobody to certify unless the
// trainer asks for a certificate for everyone (Print.AllParticipants).
var ErrNobodyAttended = errors.New("no participant has attended a half-day yet")

// ExportSession prints a session's document into path, through a temporary
// file so that a failure leaves no half PDF. lib is the library the trainer
// sees (customised parts, own modules); the attendance sheets do not need it.
func ExportSession(path string, doc Doc, lib *course.Library, st SessionReader, id string, p Print) (ExportReport, error) {
	s, err := st.Session(id)
	if err != nil {
		return ExportReport{}, fmt.Errorf("export %s: %w", doc.What(), err)
	}
	switch doc {
	case AgendaSheet, AgendaWall:
		o := pdf.AgendaOptions{Options: p.options(nil), Layout: pdf.AgendaParticipants}
		if doc == AgendaWall {
			o.Layout = pdf.AgendaWall
		}
		if err := ExportAgenda(path, lib, st, id, o); err != nil {
			return ExportReport{}, err
		}
		if doc == AgendaWall {
			return ExportReport{}, nil // a poster: it names no body
		}
		return p.otherBody(ExportReport{}, s.Title, pdf.FieldBody, s.Body.Name), nil
	case Report, ReportCSV:
		if err := ExportAttendanceReport(path, st, id, p); err != nil {
			return ExportReport{}, err
		}
		if doc == ReportCSV {
			return ExportReport{}, nil // names no body
		}
		return p.otherBody(ExportReport{}, s.Title, pdf.FieldBody, s.Body.Name), nil
	}
	var (
		people []session.Participant
		marks  []session.Mark
	)
	if doc == Attendance || doc == Certificates {
		if people, err = st.Participants(id); err != nil {
			return ExportReport{}, fmt.Errorf("export %s: %w", doc.What(), err)
		}
		// The sheets print recorded absences; certificates count hours.
		if marks, err = st.Marks(id); err != nil {
			return ExportReport{}, fmt.Errorf("export %s: %w", doc.What(), err)
		}
	}
	if doc == Certificates && len(people) == 0 {
		return ExportReport{}, fmt.Errorf("export %s of session %s: the session has no participants yet", doc.What(), id)
	}
	var rep pdf.Report
	opts := p.options(&rep)
	opts.Marks = marks
	if rr, ok := st.(ResultReader); ok && doc == Certificates {
		// A certificate states the final test's result where there is one.
		if opts.Results, err = rr.Results(id); err != nil {
			return ExportReport{}, fmt.Errorf("export %s: %w", doc.What(), err)
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
	if doc == Certificates && errors.Is(err, pdf.ErrNothingToPrint) {
		err = fmt.Errorf("%w: %w", ErrNobodyAttended, err)
	}
	if err != nil {
		return ExportReport{}, fmt.Errorf("export %s of session %s: %w", doc.What(), id, err)
	}
	return p.otherBody(report(rep, people), s.Title, pdf.FieldBody, s.Body.Name), nil
}

// ExportModule prints a module handout (the parts asked for, in lang; the
// four handout parts when none are named) into path, through a temporary
// file.
func ExportModule(path string, lib *course.Library, module int, lang string, parts []string, p Print) (ExportReport, error) {
	if err := hasModule(lib, module); err != nil {
		return ExportReport{}, err
	}
	var rep pdf.Report
	err := datafile.WriteFileAtomic(path, func(w io.Writer) error {
		return pdf.ModuleHandout(w, lib, module, lang, parts, p.options(&rep))
	})
	if err != nil {
		return ExportReport{}, fmt.Errorf("export module %d (%s): %w", module, lang, err)
	}
	return p.otherBody(report(rep, nil), moduleWho(lib, module, lang), pdf.FieldFooter, p.Body), nil
}

// ExportSection prints one section of a part (the heading named, and what
// it holds: an activity, the cards it needs) into path, through a temporary
// file. Sections lists the headings a part offers.
func ExportSection(path string, lib *course.Library, module int, lang, part, heading string, p Print) (ExportReport, error) {
	if err := hasModule(lib, module); err != nil {
		return ExportReport{}, err
	}
	var rep pdf.Report
	err := datafile.WriteFileAtomic(path, func(w io.Writer) error {
		return pdf.Section(w, lib, module, lang, part, heading, p.options(&rep))
	})
	if err != nil {
		return ExportReport{}, fmt.Errorf("export module %d (%s), %s, section %q: %w", module, lang, part, heading, err)
	}
	return p.otherBody(report(rep, nil), moduleWho(lib, module, lang), pdf.FieldFooter, p.Body), nil
}

// Sections are the headings of a module's part in lang, as the reader
// shows them: what ExportSection can print.
func Sections(m *course.Module, lang, part string) []string {
	var out []string
	for _, h := range course.ParseString(m.Text(lang, part)).Headings() {
		out = append(out, course.PlainText(h.Inlines))
	}
	return out
}

func hasModule(lib *course.Library, module int) error {
	if lib.Module(module) == nil {
		if module >= course.FirstOwnNumber {
			return fmt.Errorf("export module %d: you have no module of your own with this number", module)
		}
		return fmt.Errorf("export module %d: the module is not in the kit yet", module)
	}
	return nil
}
