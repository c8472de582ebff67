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
	must(t, kit.ExportModule(mod, lib, 4, "es", []string{course.Theory, course.Case}, pdf.A4))
	if text := pdfText(t, mod); !strings.Contains(text, "Proteger los datos personales") {
		t.Error("the module handout lacks the module's Spanish title")
	}
	if err := kit.ExportModule(mod, lib, 150, "es", nil, pdf.A4); err == nil || !strings.Contains(err.Error(), "no module of your own") {
		t.Errorf("an own module that is not there: %v", err)
	}

	s, _ := session.New("Émargement test", "2026-12-07", 1, "fr")
	must(t, db.SaveSession(s))
	cert := filepath.Join(dir, "cert.pdf")
	if err := kit.ExportSession(cert, kit.Certificates, lib, db, s.ID, pdf.A4); err == nil || !strings.Contains(err.Error(), "no participants yet") {
		t.Errorf("certificates without participants: %v", err)
	}
	if _, err := os.Stat(cert); !errors.Is(err, os.ErrNotExist) {
		t.Error("a refused export left a file")
	}
	must(t, db.SaveParticipants(s.ID, []session.Participant{{FirstName: "Łucja", LastName: "Núñez"}}))
	att := filepath.Join(dir, "att.pdf")
	must(t, kit.ExportSession(att, kit.Attendance, nil, db, s.ID, pdf.A4)) // no library needed
	if text := pdfText(t, att); !strings.Contains(text, "Núñez") || !strings.Contains(text, "Émargement test") {
		t.Errorf("attendance sheet text:\n%s", text)
	}
	// The agenda and the report print through the same path as the rest.
	wall := filepath.Join(dir, "wall.pdf")
	must(t, kit.ExportSession(wall, kit.AgendaWall, lib, db, s.ID, pdf.A4))
	if text := pdfText(t, wall); !strings.Contains(text, "Émargement test") || !strings.Contains(text, "Jour 1") {
		t.Errorf("wall agenda text:\n%s", text)
	}
	csvPath := filepath.Join(dir, "report.csv")
	must(t, kit.ExportSession(csvPath, kit.ReportCSV, nil, db, s.ID, pdf.A4))
	if b, _ := os.ReadFile(csvPath); !strings.Contains(string(b), "Núñez;Łucja;;420;0;0;0;") {
		t.Errorf("report CSV:\n%s", b)
	}
	if err := kit.ExportSession(att, kit.Guide, lib, db, "nosuchid", pdf.A4); !errors.Is(err, datafile.ErrNotFound) ||
		!strings.HasPrefix(err.Error(), "export the trainer's guide: ") {
		t.Errorf("an unknown session: %v", err)
	}
}
