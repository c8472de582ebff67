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

// A session run under another body's name: every document names it alone,
// and the export warns first that the profile's identifiers were left out.
// The profile's own organisation, however written, prints the whole
// profile, on the report and the agenda too, without a warning.
func TestExportOtherBody(t *testing.T) {
	lib, err := course.Load(assets.Course())
	must(t, err)
	db := openDB(t)
	dir := t.TempDir()
	org := &course.Org{Name: "Coopérative Numérique Solidaire", Town: "Lille", NDA: "32591234559", Signatory: "Hélène Marchand"}
	must(t, org.Normalise())
	other, _ := session.New("Raccolta fondi", "2025-04-14", 1, "it")
	other.Body.Name = "Cooperativa Sociale La Fenice"
	same, _ := session.New("Transition numérique", "2025-03-10", 1, "fr")
	same.Body.Name = "COOPERATIVE numerique  solidaire"
	for _, s := range []*session.Session{other, same} {
		must(t, db.SaveSession(s))
		must(t, db.SaveParticipants(s.ID, []session.Participant{{FirstName: "Ana", LastName: "Ruiz"}}))
	}
	p := kit.Print{Org: org, AllParticipants: true}
	for _, doc := range kit.Docs {
		out := filepath.Join(dir, doc.String()+doc.Ext())
		rep, err := kit.ExportSession(out, doc, lib, db, other.ID, p)
		must(t, err)
		warned := len(rep.Warnings) > 0 && rep.Warnings[0].Profile == org.Name && rep.Warnings[0].Value == "Cooperativa Sociale La Fenice"
		names := doc != kit.ReportCSV && doc != kit.AgendaWall // the wall's poster names no body
		if warned != names {
			t.Errorf("%s for another body: warnings %+v", doc, rep.Warnings)
		}
		if !names {
			continue
		}
		if text := pdfText(t, out); strings.Contains(text, "32 59 12345 59") || strings.Contains(text, "Hélène") || !strings.Contains(text, "La Fenice") {
			t.Errorf("%s for another body prints the profile's identifiers:\n%s", doc, text)
		}
		rep, err = kit.ExportSession(out, doc, lib, db, same.ID, p)
		must(t, err)
		if len(rep.Warnings) != 0 {
			t.Errorf("%s for the profile's organisation: warnings %+v", doc, rep.Warnings)
		}
		if text := strings.Join(strings.Fields(pdfText(t, out)), " "); !strings.Contains(text, "32 59 12345 59") || !strings.Contains(text, "Coopérative Numérique Solidaire") {
			t.Errorf("%s for the profile's organisation lacks its name or NDA:\n%s", doc, text)
		}
	}
	if lines := (kit.ExportReport{Warnings: []pdf.Warning{{Who: "Raccolta fondi", Field: pdf.FieldBody, Value: "La Fenice", Profile: org.Name}}}).Lines(locales.New("fr")); len(lines) != 1 ||
		!strings.Contains(lines[0], "n'est pas celui de votre profil") {
		t.Errorf("the warning in French: %q", lines)
	}
	// The evaluation's documents name the body as the others do.
	form := filepath.Join(dir, "form.pdf")
	must(t, kit.ExportAppreciation(form, db, same.ID, 1, p))
	rep := filepath.Join(dir, "eval.pdf")
	must(t, kit.ExportSessionReport(rep, lib, db, same.ID, p))
	for _, f := range []string{form, rep} {
		if text := strings.Join(strings.Fields(pdfText(t, f)), " "); !strings.Contains(text, "NDA : 32 59 12345 59") {
			t.Errorf("%s lacks the profile's footer:\n%s", filepath.Base(f), text)
		}
	}
	// A module handout named for another body (--org) warns too.
	mod := filepath.Join(dir, "module.pdf")
	r, err := kit.ExportModule(mod, lib, 10, "es", []string{course.Theory}, kit.Print{Org: org, Body: "Red de Economía Solidaria"})
	must(t, err)
	if len(r.Warnings) != 1 || r.Warnings[0].Field != pdf.FieldFooter || !strings.HasPrefix(r.Warnings[0].Who, "10 · ") {
		t.Errorf("module for another body: %+v", r.Warnings)
	}
	if text := pdfText(t, mod); strings.Contains(text, "32 59 12345 59") || !strings.Contains(text, "Red de Economía Solidaria") {
		t.Errorf("module footer for another body:\n%s", text)
	}
	r, err = kit.ExportModule(mod, lib, 10, "es", []string{course.Theory}, kit.Print{Org: org, Body: "Coopérative Numérique Solidaire"})
	must(t, err)
	if len(r.Warnings) != 0 || !strings.Contains(pdfText(t, mod), "32 59 12345 59") {
		t.Errorf("module for the profile's organisation: %+v", r.Warnings)
	}
}
