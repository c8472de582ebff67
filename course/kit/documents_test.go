package kit_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/assets"
	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/pdf"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/locales"
)

func TestDocNames(t *testing.T) {
	for _, d := range kit.Docs {
		if got, ok := kit.ParseDoc(d.String()); !ok || got != d || d.What() == "" {
			t.Errorf("%v does not read back", d)
		}
	}
	if _, ok := kit.ParseDoc("poster"); ok {
		t.Error("an unknown document was accepted")
	}
	if kit.Attendance.NeedsLibrary() || !kit.Handout.NeedsLibrary() || kit.ReportCSV.NeedsLibrary() || !kit.AgendaWall.NeedsLibrary() {
		t.Error("which documents need the library")
	}
	if kit.ReportCSV.Ext() != ".csv" || kit.Report.Ext() != ".pdf" {
		t.Error("file extensions")
	}
}

func TestExportDocuments(t *testing.T) {
	lib, err := course.Load(assets.Course())
	must(t, err)
	db := openDB(t)
	dir := t.TempDir()
	mod := filepath.Join(dir, "module.pdf")
	_, err = kit.ExportModule(mod, lib, 4, "es", []string{course.Theory, course.Case}, kit.Print{Paper: pdf.A4})
	must(t, err)
	if text := pdfText(t, mod); !strings.Contains(text, "Proteger los datos personales") {
		t.Error("the module handout lacks the module's Spanish title")
	}
	if _, err := kit.ExportModule(mod, lib, 150, "es", nil, kit.Print{}); err == nil || !strings.Contains(err.Error(), "no module of your own") {
		t.Errorf("an own module that is not there: %v", err)
	}

	s, _ := session.New("Émargement test", "2026-12-07", 1, "fr")
	must(t, db.SaveSession(s))
	cert := filepath.Join(dir, "cert.pdf")
	if _, err := kit.ExportSession(cert, kit.Certificates, lib, db, s.ID, kit.Print{}); err == nil || !strings.Contains(err.Error(), "no participants yet") {
		t.Errorf("certificates without participants: %v", err)
	}
	if _, err := os.Stat(cert); !errors.Is(err, os.ErrNotExist) {
		t.Error("a refused export left a file")
	}
	must(t, db.SaveParticipants(s.ID, []session.Participant{{FirstName: "Łucja", LastName: "Núñez"}}))
	att := filepath.Join(dir, "att.pdf")
	_, err = kit.ExportSession(att, kit.Attendance, nil, db, s.ID, kit.Print{}) // no library needed
	must(t, err)
	if text := pdfText(t, att); !strings.Contains(text, "Núñez") || !strings.Contains(text, "Émargement test") {
		t.Errorf("attendance sheet text:\n%s", text)
	}
	// The agenda and the report print through the same path as the rest.
	wall := filepath.Join(dir, "wall.pdf")
	_, err = kit.ExportSession(wall, kit.AgendaWall, lib, db, s.ID, kit.Print{Paper: pdf.A4})
	must(t, err)
	if text := pdfText(t, wall); !strings.Contains(text, "Émargement test") || !strings.Contains(text, "Jour 1") {
		t.Errorf("wall agenda text:\n%s", text)
	}
	csvPath := filepath.Join(dir, "report.csv")
	_, err = kit.ExportSession(csvPath, kit.ReportCSV, nil, db, s.ID, kit.Print{Paper: pdf.A4})
	must(t, err)
	if b, _ := os.ReadFile(csvPath); !strings.Contains(string(b), "Núñez;Łucja;;420;0;0;0;") {
		t.Errorf("report CSV:\n%s", b)
	}
	if _, err := kit.ExportSession(att, kit.Guide, lib, db, "nosuchid", kit.Print{}); !errors.Is(err, datafile.ErrNotFound) ||
		!strings.HasPrefix(err.Error(), "export the trainer's guide: ") {
		t.Errorf("an unknown session: %v", err)
	}
}

// Certificates: nobody attended gives ErrNobodyAttended (and its plain
// message); for all prints them; a name no font draws is reported.
func TestExportCertificatesReport(t *testing.T) {
	lib, err := course.Load(assets.Course())
	must(t, err)
	db := openDB(t)
	s, _ := session.New("Certificats", "2026-12-07", 1, "fr")
	must(t, db.SaveSession(s))
	must(t, db.SaveParticipants(s.ID, []session.Participant{{FirstName: "Ana", LastName: "Ruiz"}, {FirstName: "明", LastName: "王"}}))
	ps, err := db.Participants(s.ID)
	must(t, err)
	out := filepath.Join(t.TempDir(), "cert.pdf")
	_, err = kit.ExportSession(out, kit.Certificates, lib, db, s.ID, kit.Print{})
	if !errors.Is(err, kit.ErrNobodyAttended) || kit.ProblemOf(err) != kit.NobodyAttended {
		t.Fatalf("certificates for nobody: %v", err)
	}
	if msg := kit.PlainError(locales.New("en"), err); !strings.Contains(msg, "nobody") {
		t.Errorf("plain message: %q", msg)
	}
	var who string
	for _, p := range ps {
		if p.LastName == "Ruiz" {
			who = p.ID
		}
	}
	must(t, db.SetMark(s.ID, session.Mark{Participant: who, Day: 0, Half: session.AM, Status: session.Present}))
	rep, err := kit.ExportSession(out, kit.Certificates, lib, db, s.ID, kit.Print{})
	must(t, err)
	if len(rep.Skipped) != 1 || rep.Skipped[0] != "明 王" || rep.Pages != 1 {
		t.Errorf("skipped %q, %d page(s)", rep.Skipped, rep.Pages)
	}
	if lines := rep.Lines(locales.New("fr")); !strings.Contains(lines[len(lines)-1], "1 participant n'a suivi aucune demi-journée et n'a pas d'attestation\u00a0: 明 王.") {
		t.Errorf("the skipped line: %q", lines)
	}
	rep, err = kit.ExportSession(out, kit.Certificates, lib, db, s.ID, kit.Print{AllParticipants: true,
		Org: &course.Org{Name: "Coop Formation", Town: "Lyon"}})
	must(t, err)
	if len(rep.Skipped) != 0 || rep.Pages != 2 || len(rep.Warnings) == 0 {
		t.Errorf("for all: skipped %q, %d page(s), %d warning(s)", rep.Skipped, rep.Pages, len(rep.Warnings))
	}
	lines := rep.Lines(locales.New("fr"))
	if len(lines) == 0 || !strings.Contains(lines[0], "王") {
		t.Errorf("report lines: %q", lines)
	}
	if text := pdfText(t, out); !strings.Contains(text, "Fait à Lyon") {
		t.Errorf("the profile's town is not on the certificates:\n%s", text)
	}
}

// One section of a part prints alone; an unknown heading prints nothing.
func TestExportSection(t *testing.T) {
	lib, err := course.Load(assets.Course())
	must(t, err)
	heads := kit.Sections(lib.Module(4), "en", course.Toolbox)
	if len(heads) < 2 {
		t.Fatalf("module 4's toolbox has headings %q", heads)
	}
	out := filepath.Join(t.TempDir(), "section.pdf")
	_, err = kit.ExportSection(out, lib, 4, "en", course.Toolbox, heads[1], kit.Print{Paper: pdf.Letter})
	must(t, err)
	text := pdfText(t, out)
	last := heads[len(heads)-1]
	if !strings.Contains(text, heads[1]) || strings.Contains(text, last) {
		t.Errorf("section %q printed:\n%.600s", heads[1], text)
	}
	if _, err := kit.ExportSection(out, lib, 4, "en", course.Toolbox, "No such heading", kit.Print{}); kit.ProblemOf(err) != kit.NothingToPrint {
		t.Errorf("an unknown heading: %v", err)
	}
}
