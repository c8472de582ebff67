package storage

import (
	"errors"
	"testing"

	"github.com/socialtech/trainerkit/course/session"
)

func TestResultsStoredForgottenPurged(t *testing.T) {
	db := openTemp(t)
	s := newSession(t, db, "Atelier", "2026-12-01")
	ps := []session.Participant{{ID: "p1", FirstName: "Inès", LastName: "Núñez"}, {ID: "p2", FirstName: "Jan", LastName: "Nowak"}}
	if err := db.SaveParticipants(s.ID, ps); err != nil {
		t.Fatal(err)
	}
	r := session.Result{Participant: "p1", Module: 3, When: session.Pre, Score: 4, Of: 10}
	for _, res := range []session.Result{r,
		{Participant: "p1", Module: 3, When: session.Post, Score: 8, Of: 10},
		{Participant: "p2", Module: 3, When: session.Post, Score: 7, Of: 10}} {
		if err := db.SaveResult(s.ID, res); err != nil {
			t.Fatal(err)
		}
	}
	// Entering again replaces.
	r.Score = 5
	if err := db.SaveResult(s.ID, r); err != nil {
		t.Fatal(err)
	}
	got, err := db.Results(s.ID)
	if err != nil || len(got) != 3 || got[0].Score != 5 || got[0].Updated.IsZero() {
		t.Fatalf("results %+v, %v", got, err)
	}
	if err := db.SaveResult(s.ID, session.Result{Participant: "nobody", Module: 3, When: session.Pre, Score: 1, Of: 10}); !errors.Is(err, ErrNotFound) {
		t.Errorf("result of an unknown participant: %v", err)
	}
	if err := db.SaveResult(s.ID, session.Result{Participant: "p1", Module: 3, When: session.Pre, Score: 11, Of: 10}); err == nil {
		t.Error("score above the questions")
	}
	if err := db.DeleteResult(s.ID, "p2", 3, session.Post); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Results(s.ID); len(got) != 2 {
		t.Errorf("after delete: %+v", got)
	}
	// Forgetting a participant forgets their results.
	if err := db.ForgetParticipant(s.ID, "p1"); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Results(s.ID); len(got) != 0 {
		t.Errorf("forgotten participant's results remain: %+v", got)
	}
	// Purging the participants purges results, keeps the questionnaires.
	if err := db.SaveResult(s.ID, session.Result{Participant: "p2", Module: 1, When: session.Pre, Score: 1, Of: 8}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveAppreciation(s.ID, session.Appreciation{Ratings: map[string]int{session.RateOverall: 4}}); err != nil {
		t.Fatal(err)
	}
	if err := db.PurgeParticipants(s.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Results(s.ID); len(got) != 0 {
		t.Errorf("purged session's results remain: %+v", got)
	}
	if as, _ := db.Appreciations(s.ID); len(as) != 1 {
		t.Errorf("purge removed the anonymous questionnaires: %+v", as)
	}
	// Deleting the session deletes its questionnaires.
	if err := db.DeleteSession(s.ID); err != nil {
		t.Fatal(err)
	}
	if as, _ := db.Appreciations(s.ID); len(as) != 0 {
		t.Errorf("deleted session's questionnaires remain: %+v", as)
	}
}

func TestAppreciations(t *testing.T) {
	db := openTemp(t)
	s := newSession(t, db, "Atelier", "2026-12-01")
	a, err := db.SaveAppreciation(s.ID, session.Appreciation{Ratings: map[string]int{session.RateOverall: 3, session.RatePace: 0}, Liked: "  Les exercices "})
	if err != nil || a.ID == "" || a.Liked != "Les exercices" {
		t.Fatalf("%+v, %v", a, err)
	}
	a.Improve = "Plus de temps"
	if _, err := db.SaveAppreciation(s.ID, a); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveAppreciation(s.ID, session.Appreciation{Ratings: map[string]int{session.RateOverall: 5}}); err == nil {
		t.Error("a rating of 5")
	}
	if _, err := db.SaveAppreciation("nosuch", session.Appreciation{Liked: "x"}); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown session: %v", err)
	}
	as, err := db.Appreciations(s.ID)
	if err != nil || len(as) != 1 || as[0].Improve != "Plus de temps" || len(as[0].Ratings) != 1 {
		t.Fatalf("%+v, %v", as, err)
	}
	if err := db.DeleteAppreciation(s.ID, a.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteAppreciation(s.ID, a.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting twice: %v", err)
	}
}
