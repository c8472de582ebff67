package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/session"
)

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

// The retention prompt: sessions that ended long ago and still hold
// participants are offered for purging, once per run.
func TestPurgePromptOncePerRun(t *testing.T) {
	mw, db := newTestMainWindow(t, func(st *State) { st.UILang = "fr" })
	old, _ := session.New("Formation 2020", "2020-03-02", 1, "fr")
	if err := db.SaveSession(old); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveParticipants(old.ID, []session.Participant{{LastName: "Durand"}}); err != nil {
		t.Fatal(err)
	}
	mw.ShowView(viewSessions)
	if p := mw.sessions.purge; p == nil || len(p.checks) != 1 || !strings.Contains(p.checks[0].Text, "Formation 2020") {
		t.Fatalf("no purge prompt: %q", topText(mw.win))
	}
	confirmTopDialog(t, mw.win)
	mw.busy.Wait()
	if ps, _ := db.Participants(old.ID); len(ps) != 0 {
		t.Error("the participants were not purged")
	}
	mw.ShowView(viewModules)
	mw.ShowView(viewSessions)
	if mw.win.Canvas().Overlays().Top() != nil {
		t.Error("the prompt came back in the same run")
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

// The purge prompt lists many sessions in a list that scrolls, oldest end
// first, and leaves alone the ones the trainer unticks.
func TestPurgePromptUntick(t *testing.T) {
	mw, db := newTestMainWindow(t, func(st *State) { st.UILang = "fr" })
	var ids []string
	for i, start := range []string{"2020-03-02", "2019-05-06", "2021-01-04"} {
		s, _ := session.New([]string{"Mars 2020", "Mai 2019", "Janvier 2021"}[i], start, 1, "fr")
		db.SaveSession(s)
		db.SaveParticipants(s.ID, []session.Participant{{LastName: "Durand"}})
		ids = append(ids, s.ID)
	}
	mw.ShowView(viewSessions)
	p := mw.sessions.purge
	if p == nil || len(p.checks) != 3 {
		t.Fatal("no purge prompt with three sessions")
	}
	if !strings.HasPrefix(p.checks[0].Text, "Mai 2019") || !strings.HasPrefix(p.checks[2].Text, "Janvier 2021") {
		t.Errorf("not by end date: %q, %q", p.checks[0].Text, p.checks[2].Text)
	}
	if len(deepCollect[*container.Scroll](mw.win.Canvas().Overlays().Top())) == 0 {
		t.Error("the list does not scroll")
	}
	test.Tap(p.checks[1]) // keep Mars 2020
	tapInTopOverlay(t, mw.win, "Effacer celles cochées")
	mw.busy.Wait()
	for i, id := range ids {
		ps, _ := db.Participants(id)
		if kept := len(ps) == 1; kept != (i == 0) {
			t.Errorf("session %d kept its participants: %v", i, kept)
		}
	}
}

// New session with modules: each module's half-day in the next free
// half-day; duplicate; templates renamed and deleted.
func TestNewSessionModulesDuplicateTemplates(t *testing.T) {
	mw, db := newSessionWindow(t)
	f := mw.sessions.newSessionForm()
	f.modules.SetSelected(f.modules.Options[:2])
	if f.days.Text != "1" || len(f.chosen()) != 2 {
		t.Errorf("two modules: %s days, %v", f.days.Text, f.chosen())
	}
	s, err := mw.sessions.CreateWith("Deux modules", "2027-01-11", 1, "fr", "", f.chosen())
	if err != nil {
		t.Fatal(err)
	}
	am, pm := s.HalfBlocks(0, session.AM), s.HalfBlocks(0, session.PM)
	if len(am) == 0 || len(pm) == 0 || am[0].Module != f.nums[0] || pm[0].Module != f.nums[1] {
		t.Errorf("morning %+v, afternoon %+v", am, pm)
	}
	c, err := mw.sessions.Duplicate("Deux modules (copie)")
	if err != nil {
		t.Fatal(err)
	}
	if stored, _ := db.Session(c.ID); stored == nil || len(stored.Agenda[0]) != len(s.Agenda[0]) || mw.sessions.Editor().Session().ID != c.ID {
		t.Error("the copy is not stored with the agenda, or not open")
	}
	ag := mw.sessions.Editor().Agenda()
	if err := ag.SaveTemplate("Ma journée"); err != nil {
		t.Fatal(err)
	}
	if err := db.RenameTemplate("Ma journée", "Journée type"); err != nil {
		t.Fatal(err)
	}
	ag.confirmDeleteTemplate("Journée type")
	confirmTopDialog(t, mw.win)
	if tpls, _ := db.Templates(); len(tpls) != 0 {
		t.Errorf("templates left: %+v", tpls)
	}
}

// Dates are typed and shown in the interface language's format.
func TestDateField(t *testing.T) {
	for _, c := range []struct{ lang, typed, iso string }{
		{"fr", "11/01/2027", "2027-01-11"}, {"fr", "2027-01-11", "2027-01-11"}, {"en", "11 Jan 2027", "2027-01-11"}, {"it", "", ""},
	} {
		got, err := parseDate(c.lang, c.typed)
		if err != nil || (c.iso != "" && got.Format(session.DateLayout) != c.iso) {
			t.Errorf("%s %q: %v %v", c.lang, c.typed, got, err)
		}
	}
	if _, err := parseDate("fr", "onze janvier"); err == nil {
		t.Error("a date in words was read")
	}
	a := test.NewTempApp(t)
	w := a.NewWindow("date")
	f := newDateField("fr", w, "2027-01-11")
	w.SetContent(f.root)
	if f.entry.Text != "11/01/2027" {
		t.Errorf("shown %q", f.entry.Text)
	}
	test.Tap(f.pick)
	if w.Canvas().Overlays().Top() == nil || len(deepCollect[*widget.Calendar](w.Canvas().Overlays().Top())) != 1 {
		t.Error("no calendar")
	}
}

// A mistake in the New session dialog keeps it open with what was typed:
// a day that does not exist, then no title, each said in plain French with
// its field focused; corrected, the session is created.
func TestNewSessionMistakeKeepsTheDialog(t *testing.T) {
	mw, db := newSessionWindow(t)
	mw.sessions.showNew()
	form := mw.win.Canvas().Overlays().Top()
	fields := deepCollect[*field](form)   // the title, the days
	date := deepCollect[*formEntry](form) // the first day
	checks := deepCollect[*widget.CheckGroup](form)
	if len(fields) < 2 || len(date) != 1 || len(checks) != 1 {
		t.Fatalf("%d fields, %d date entries, %d module lists", len(fields), len(date), len(checks))
	}
	title := fields[0]
	test.Type(title, "Atelier Lyon")
	test.Type(date[0], "31/02/2026")
	checks[0].SetSelected(checks[0].Options[:1])
	tapInTopOverlay(t, mw.win, "Créer")
	checkRefused(t, mw.win, form, "Écrivez la date du premier jour", date[0])
	if title.Text != "Atelier Lyon" || date[0].Text != "31/02/2026" || len(checks[0].Selected) != 1 {
		t.Errorf("what was typed is lost: %q %q %v", title.Text, date[0].Text, checks[0].Selected)
	}

	date[0].SetText("07/12/2026")
	title.SetText("")
	mw.win.Canvas().Focus(date[0])
	date[0].TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	checkRefused(t, mw.win, form, "Donnez un intitulé à la session.", title)

	typeFocused(mw.win.Canvas(), "Atelier Lyon")
	tapInTopOverlay(t, mw.win, "Créer")
	if list, _ := db.Sessions(); len(list) != 1 || list[0].Title != "Atelier Lyon" || list[0].Start != "2026-12-07" {
		t.Fatalf("stored %+v", list)
	}
	if mw.win.Canvas().Overlays().Top() != nil {
		t.Error("the dialog stays open after the session is created")
	}
}

// Escape in the New session dialog's first day cancels it, as in its other
// fields (the day is a form entry that lets the window's keys through).
func TestNewSessionEscapeInTheDate(t *testing.T) {
	mw, _ := newSessionWindow(t)
	mw.sessions.showNew()
	date := deepCollect[*formEntry](mw.win.Canvas().Overlays().Top())
	if len(date) != 1 {
		t.Fatalf("%d date entries", len(date))
	}
	mw.win.Canvas().Focus(date[0])
	date[0].TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if mw.win.Canvas().Overlays().Top() != nil {
		t.Error("Escape in the first day left the dialog open")
	}
}
