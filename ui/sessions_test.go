package ui

import (
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
