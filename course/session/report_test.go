package session

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/course"
)

func TestAttendanceReport(t *testing.T) {
	s, _ := New("x", "2027-01-11", 2, "fr") // 4 half-days of 210 min
	ps := []Participant{{ID: "p1", LastName: "Rémy"}, {ID: "p2", LastName: "Côté"}}
	marks := []Mark{
		{Participant: "p1", Day: 0, Half: AM, Status: Present},
		{Participant: "p1", Day: 0, Half: PM, Status: Late, LateMinutes: 20, Remark: "train"},
		{Participant: "p1", Day: 1, Half: AM, Status: Excused, Remark: "malade"},
		{Participant: "p1", Day: 1, Half: PM, Status: Present},
		{Participant: "p2", Day: 0, Half: AM, Status: Absent},
		{Participant: "p2", Day: 0, Half: PM, Status: Present},
	}
	rows := Report(s, ps, marks)
	if len(rows) != 2 || rows[0].Participant.ID != "p1" {
		t.Fatalf("%+v", rows)
	}
	r := rows[0]
	if r.Hours.PlannedMinutes != 840 || r.Hours.AttendedMinutes != 210+190+210 || r.Hours.Rate() != 610*100/840 {
		t.Errorf("hours %+v", r.Hours)
	}
	want := []Absence{{Day: 0, Half: PM, Status: Late, LateMinutes: 20, Remark: "train"}, {Day: 1, Half: AM, Status: Excused, Remark: "malade"}}
	if len(r.Absences) != 2 || r.Absences[0] != want[0] || r.Absences[1] != want[1] {
		t.Errorf("absences %+v", r.Absences)
	}
	// Côté: absent, present, then nothing recorded on day 2.
	if a := rows[1].Absences; len(a) != 3 || a[0].Status != Absent || a[1].Status != "" || a[2].Day != 1 || a[2].Half != PM {
		t.Errorf("absences %+v", a)
	}
	// The first afternoon: 210 + 190 of 420 minutes.
	h := HalfAttendance(s, ps, NewIndex(marks), 0, PM)
	if h.PlannedMinutes != 420 || h.AttendedMinutes != 400 || h.Rate() != 95 || h.HalfDays != 2 || h.LateMinutes != 20 {
		t.Errorf("half-day %+v", h)
	}
	if h := HalfAttendance(s, ps, NewIndex(marks), 1, PM); h.Rate() != 50 {
		t.Errorf("day 2 pm %+v", h)
	}
	if h := HalfAttendance(s, ps, NewIndex(marks), 9, PM); h.PlannedMinutes != 0 {
		t.Errorf("a day that does not exist: %+v", h)
	}
}

// session show --json: the contract's keys in the contract's order, HH:MM
// strings, "am"/"pm", module and part only where the block has them.
func TestAgendaJSON(t *testing.T) {
	s, _ := New("Atelier", "2027-01-11", 1, "fr")
	s.ID = "abcd1234"
	s.Append(0, AM, Block{Kind: BlockCustom, Title: "Accueil", Minutes: 10})
	s.Append(0, AM, Block{Kind: BlockPart, Module: 1, Part: course.Theory, Minutes: 230})
	s.Append(0, PM, Block{Kind: BlockBreak, Minutes: 15})
	b, err := json.Marshal(ToJSON(s, func(b Block) string { return "untitled " + string(b.Kind) }))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":"abcd1234","title":"Atelier","lang":"fr","days":[{"day":1,"date":"2027-01-11","halves":[` +
		`{"half":"am","start":"09:00","end":"12:30","overflow_minutes":30,"blocks":[` +
		`{"start":"09:00","end":"09:10","minutes":10,"title":"Accueil"},` +
		`{"start":"09:10","end":"13:00","minutes":230,"title":"untitled part","module":1,"part":"theory"}]},` +
		`{"half":"pm","start":"13:30","end":"17:00","overflow_minutes":0,"blocks":[` +
		`{"start":"13:30","end":"13:45","minutes":15,"title":"untitled break"}]}]}]}`
	if string(b) != want {
		t.Errorf("got\n%s\nwant\n%s", b, want)
	}
	s.Agenda[0] = nil
	if b, _ := json.Marshal(ToJSON(s, nil)); !strings.Contains(string(b), `"blocks":[]`) {
		t.Errorf("an empty half-day: %s", b)
	}
}
