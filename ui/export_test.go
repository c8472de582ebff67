package ui

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/pdf"
	"github.com/socialtech/trainerkit/course/session"
)

// pdfText reads a PDF back with pdftotext (poppler-utils).
func pdfText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

func TestExportFromTheScreens(t *testing.T) {
	mw, db := newSessionWindow(t)
	dir := t.TempDir()
	mod := filepath.Join(dir, "module.pdf")
	if err := mw.ExportModule(mod, 4, "es", []string{course.Theory, course.Case}, pdf.A4); err != nil {
		t.Fatal(err)
	}
	if text := pdfText(t, mod); !strings.Contains(text, "Proteger los datos personales") {
		t.Error("the module handout lacks the module's Spanish title")
	}
	s, _ := mw.sessions.Create("Émargement test", "2026-12-07", 1, "fr", "")
	db.SaveParticipants(s.ID, []session.Participant{{FirstName: "Łucja", LastName: "Núñez"}})
	att := filepath.Join(dir, "att.pdf")
	if err := mw.ExportSession(att, s, kit.Attendance, pdf.A4); err != nil {
		t.Fatal(err)
	}
	if text := pdfText(t, att); !strings.Contains(text, "Núñez") || !strings.Contains(text, "Émargement test") {
		t.Errorf("attendance sheet text:\n%s", text)
	}
}
