package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/course/roster"
	"github.com/socialtech/trainerkit/course/session"
)

func TestImportAndMarkAttendance(t *testing.T) {
	mw, db := newSessionWindow(t)
	s, _ := mw.sessions.Create("Présences", "2026-12-07", 2, "fr", "")
	ed := mw.sessions.Editor()
	data, err := os.ReadFile(filepath.Join("..", "course", "roster", "testdata", "fr-semicolon-latin1.csv"))
	if err != nil {
		t.Fatal(err)
	}
	im := ed.Participants().StartImport("liste.csv", data)
	if im == nil || !im.Mapping.Has(roster.LastName) {
		t.Fatal("no mapping")
	}
	if ps, _ := db.Participants(s.ID); len(ps) != 0 {
		t.Fatal("written before the trainer confirmed")
	}
	if err := im.Confirm(); err != nil {
		t.Fatal(err)
	}
	ps := ed.Participants().Participants()
	if len(ps) != 3 || ps[0].LastName != "Benoît" {
		t.Fatalf("participants %+v", ps)
	}
	att := ed.Attendance()
	att.reload()
	lea := ps[2].ID // Rémy, Léa
	att.Cycle(lea, 0, session.AM)
	if att.Status(lea, 0, session.AM) != session.Present {
		t.Errorf("one tap: %q", att.Status(lea, 0, session.AM))
	}
	att.Cycle(lea, 0, session.AM)
	if att.Status(lea, 0, session.AM) != session.Late {
		t.Errorf("two taps: %q", att.Status(lea, 0, session.AM))
	}
	att.MarkAll(0, session.PM, session.Present)
	if h := att.Hours(lea); h.AttendedMinutes != 420 || h.PlannedMinutes != 840 {
		t.Errorf("hours %+v", h)
	}
	marks, _ := db.Marks(s.ID)
	if len(marks) != 4 {
		t.Errorf("%d marks stored, want 4", len(marks))
	}
	// Forgetting Léa removes her marks.
	if err := ed.Participants().Forget(lea); err != nil {
		t.Fatal(err)
	}
	if marks, _ = db.Marks(s.ID); len(marks) != 2 {
		t.Errorf("%d marks after forgetting, want 2", len(marks))
	}
	// Export: formulas neutralised, accents kept.
	out := filepath.Join(t.TempDir(), "liste.csv")
	if err := ed.Participants().ExportTo(out); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(out)
	if !strings.Contains(string(b), "Côté") || !strings.HasPrefix(string(b), "\ufeffPrénom,Nom") {
		t.Errorf("export %q", b)
	}
}
