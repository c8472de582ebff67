package kit_test

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/roster"
	"github.com/socialtech/trainerkit/course/session"
)

func TestImportParticipants(t *testing.T) {
	db := openDB(t)
	s, _ := session.New("Présences", "2026-12-07", 2, "fr")
	must(t, db.SaveSession(s))
	must(t, db.SaveParticipants(s.ID, []session.Participant{{FirstName: "Léa", LastName: "Rémy", Email: "lea.remy@exemple.fr"}}))
	data := readFile(t, filepath.Join("..", "roster", "testdata", "fr-semicolon-latin1.csv"))
	im, err := kit.ReadParticipants("liste.csv", data)
	must(t, err)
	if !im.Mapping.Has(roster.LastName) || len(im.Table.Rows) == 0 {
		t.Fatalf("mapping %v", im.Mapping)
	}
	must(t, im.Plan(db, s.ID))
	if ps, _ := db.Participants(s.ID); len(ps) != 1 {
		t.Fatal("planning wrote to the data file")
	}
	must(t, im.Save(db, s.ID))
	ps, _ := db.Participants(s.ID)
	if len(ps) != 1+len(im.Preview.Import) || len(im.Preview.Import) == 0 {
		t.Errorf("%d participants after importing %d", len(ps), len(im.Preview.Import))
	}
	for _, is := range im.Preview.Skipped {
		if is.Reason == roster.DuplicateExisting {
			return // Léa was already there
		}
	}
	t.Errorf("the participant already in the session was not skipped: %+v", im.Preview.Skipped)
}

func TestImportParticipantsRefusals(t *testing.T) {
	db := openDB(t)
	if _, err := kit.ReadParticipants("vide.csv", nil); err == nil {
		t.Error("an empty file was read")
	}
	im, err := kit.ReadParticipants("x.csv", []byte("Couleur;Ville\nbleu;Lyon\n"))
	must(t, err)
	if len(im.Unknown) != 2 {
		t.Errorf("unknown columns %v", im.Unknown)
	}
	s, _ := session.New("x", "2026-12-07", 1, "fr")
	must(t, db.SaveSession(s))
	if err := im.Save(db, s.ID); !errors.Is(err, roster.ErrNoLastNameColumn) {
		t.Errorf("no last name column: %v", err)
	}
}
