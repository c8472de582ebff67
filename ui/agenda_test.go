package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/locales"
)

func TestEditAgenda(t *testing.T) {
	mw, db := newSessionWindow(t)
	s, _ := mw.sessions.Create("Agenda", "2026-12-07", 1, "fr", "")
	ag := mw.sessions.Editor().Agenda()
	ag.Add(0, session.Block{Kind: session.BlockPart, Module: 1, Part: course.Theory, Minutes: 60})
	ag.Add(0, session.Block{Kind: session.BlockBreak, Minutes: 15})
	ag.Add(0, session.Block{Kind: session.BlockCustom, Title: "Tour de table", Minutes: 30})
	// Tap the "up" button of the third block (the custom one).
	ups := buttonsWithIcon(ag.Content(), "arrow-up")
	if len(ups) != 3 {
		t.Fatalf("%d up buttons for 3 blocks", len(ups))
	}
	test.Tap(ups[2])
	stored, _ := db.Session(s.ID)
	got := []session.BlockKind{stored.Agenda[0][0].Kind, stored.Agenda[0][1].Kind, stored.Agenda[0][2].Kind}
	if got[1] != session.BlockCustom || got[2] != session.BlockBreak {
		t.Errorf("after moving up: %v", got)
	}
	// Start times follow the blocks: the custom block now starts at 10:00.
	if !strings.Contains(allText(ag.Content()), "10:00–10:30") {
		t.Error("the moved block's time is not shown")
	}
	ag.SetMinutes(0, 0, "90")
	if stored, _ = db.Session(s.ID); stored.Agenda[0][0].Minutes != 90 {
		t.Errorf("minutes %d", stored.Agenda[0][0].Minutes)
	}
	// A module's ready half-day runs past the morning: the agenda warns.
	if err := ag.AddModuleHalfDay(0, 1); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(allText(ag.Content()), "déjeuner") {
		t.Error("no warning about the lunch break")
	}
	ag.Remove(0, 0)
	if stored, _ = db.Session(s.ID); stored.Agenda[0][0].Kind != session.BlockCustom {
		t.Errorf("remove: first block is %v", stored.Agenda[0][0].Kind)
	}
	// Templates: save, then start a new session from it.
	if err := ag.SaveTemplate("Ma journée"); err != nil {
		t.Fatal(err)
	}
	s2, err := mw.sessions.Create("Depuis modèle", "2027-01-11", 1, "fr", "Ma journée")
	if err != nil {
		t.Fatal(err)
	}
	if len(s2.Agenda[0]) != len(stored.Agenda[0]) {
		t.Errorf("template gave %d blocks, want %d", len(s2.Agenda[0]), len(stored.Agenda[0]))
	}
}

// memTemplates keeps templates in memory.
type memTemplates struct{ ts []session.Template }

func (m *memTemplates) Templates() ([]session.Template, error) { return m.ts, nil }
func (m *memTemplates) SaveTemplate(t session.Template) error {
	m.ts = append(m.ts, t)
	return nil
}

// The agenda as drawn: a day with its date and total, a warning, blocks
// with their times, and the add buttons (ui/testdata/agenda/*.xml).
func TestAgendaRendersToMarkup(t *testing.T) {
	a := test.NewTempApp(t)
	s, _ := session.New("Atelier", "2026-12-07", 1, "fr")
	s.Agenda[0] = []session.Block{
		{Kind: session.BlockCustom, Title: "Tour de table", Minutes: 30},
		{Kind: session.BlockPart, Module: 1, Part: course.Theory, Minutes: 150},
		{Kind: session.BlockBreak, Minutes: 15},
		{Kind: session.BlockPart, Module: 2, Part: course.Case, Minutes: 45},
	}
	saves := 0
	w := a.NewWindow("agenda")
	presented := false
	ag := newAgendaView(env{app: a, win: w, tr: locales.New("fr")}, s, testLib(t), &memTemplates{},
		func() bool { saves++; return true }, func() { presented = true })
	w.SetContent(ag.Content())
	w.Resize(fyne.NewSize(1000, 560))
	if !strings.Contains(allText(ag.Content()), "déjeuner") {
		t.Error("a morning of 240 minutes does not warn about lunch")
	}
	test.AssertRendersToMarkup(t, "agenda/day_fr.xml", w.Canvas())
	ag.Remove(0, 1)
	if saves != 1 || len(s.Agenda[0]) != 3 || s.Agenda[0][1].Kind != session.BlockBreak {
		t.Errorf("after removing the theory: %d saves, agenda %+v", saves, s.Agenda[0])
	}
	test.Tap(buttonWithText(t, ag.Content(), "Projeter le programme"))
	if !presented {
		t.Error("the Present button does not present the agenda")
	}
}
