package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/roster"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/storage"
)

// newTestMainWindow opens the main window with a real data file in a
// temporary folder, in the state set changes.
func newTestMainWindow(t *testing.T, set func(st *State)) (*MainWindow, *storage.DB) {
	t.Helper()
	db, err := storage.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	st := defaultState()
	set(&st)
	mw := NewMainWindow(a, w, loadLib(t), db, db, st)
	w.Resize(fyne.NewSize(1280, 800))
	return mw, db
}

// newSessionWindow opens the main window with a real data file and shows
// the sessions screen.
func newSessionWindow(t *testing.T) (*MainWindow, *storage.DB) {
	t.Helper()
	mw, db := newTestMainWindow(t, func(st *State) { st.UILang = "fr" })
	test.Tap(mw.toolbar.viewButtons[viewSessions])
	return mw, db
}

func TestCreateSessionFromTheScreen(t *testing.T) {
	mw, db := newSessionWindow(t)
	if mw.view != viewSessions || !mw.sessions.Content().Visible() {
		t.Fatal("the Sessions button did not show the sessions screen")
	}
	s, err := mw.sessions.Create("Atelier données", "2026-12-07", 2, "fr", "")
	if err != nil {
		t.Fatal(err)
	}
	list, _ := db.Sessions()
	if len(list) != 1 || list[0].Title != "Atelier données" {
		t.Fatalf("stored %+v", list)
	}
	if mw.sessions.Editor() == nil || mw.sessions.Editor().Session().ID != s.ID {
		t.Fatal("the new session is not open in the editor")
	}
	if _, err := mw.sessions.Create("", "2026-12-07", 1, "fr", ""); err == nil {
		t.Error("a session without a title was created")
	}
}

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
	// Export for Excel in French: BOM, semicolons, CRLF; formulas neutralised, accents kept.
	out := filepath.Join(t.TempDir(), "liste.csv")
	if err := ed.Participants().ExportTo(out); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(out)
	if !strings.Contains(string(b), "Côté") || !strings.HasPrefix(string(b), "\ufeffPrénom;Nom") || !strings.Contains(string(b), "\r\n") {
		t.Errorf("export %q", b)
	}
}

func TestDeleteSession(t *testing.T) {
	mw, db := newSessionWindow(t)
	s, _ := mw.sessions.Create("À supprimer", "2026-12-07", 1, "fr", "")
	db.SaveParticipants(s.ID, []session.Participant{{LastName: "X"}})
	mw.sessions.Editor().changed(true) // as the confirm dialog does after DeleteSession
	if err := db.DeleteSession(s.ID); err != nil {
		t.Fatal(err)
	}
	mw.sessions.reload()
	if len(mw.sessions.items) != 0 || mw.sessions.Editor() != nil {
		t.Error("deleted session still listed or open")
	}
}

// buttonsWithIcon finds the buttons whose icon has that name.
func buttonsWithIcon(o fyne.CanvasObject, icon string) []*widget.Button {
	var out []*widget.Button
	for _, b := range collect[*widget.Button](o) {
		if b.Icon != nil && strings.Contains(b.Icon.Name(), icon) {
			out = append(out, b)
		}
	}
	return out
}

// allText joins the text of labels and rich texts under o.
func allText(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, l := range collect[*widget.Label](o) {
		b.WriteString(l.Text + "\n")
	}
	for _, r := range collect[*widget.RichText](o) {
		b.WriteString(r.String() + "\n")
	}
	return b.String()
}
