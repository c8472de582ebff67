package ui

import (
	"testing"

	"github.com/socialtech/trainerkit/course/session"
)

func TestMarkAttendance(t *testing.T) {
	mw, db := newSessionWindow(t)
	s, _ := mw.sessions.Create("Présences", "2026-12-07", 2, "fr", "")
	if err := db.SaveParticipants(s.ID, []session.Participant{{FirstName: "Léa", LastName: "Rémy"}, {LastName: "Côté"}}); err != nil {
		t.Fatal(err)
	}
	ed := mw.sessions.Editor()
	ed.tabs.SelectIndex(3) // the attendance tab reads the participants again
	att := ed.Attendance()
	if len(att.ps) != 2 {
		t.Fatalf("%d participants in the grid", len(att.ps))
	}
	lea := att.ps[1].ID // Rémy, Léa
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
	if len(marks) != 3 {
		t.Errorf("%d marks stored, want 3", len(marks))
	}
	// Forgetting Léa removes her marks.
	ed.Participants().Forget(lea)
	ed.Participants().busy.Wait()
	if marks, _ = db.Marks(s.ID); len(marks) != 1 {
		t.Errorf("%d marks after forgetting, want 1", len(marks))
	}
}
