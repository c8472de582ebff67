package ui

import (
	"strings"
	"testing"

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
	if !strings.Contains(topText(mw.win), "Formation 2020") {
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
