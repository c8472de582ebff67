package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/course/roster"
)

// Importing a spreadsheet from the participants tab: the mapping dialog,
// nothing written before the trainer confirms, then one transaction.
func TestImportParticipantsFromTheScreen(t *testing.T) {
	mw, db := newSessionWindow(t)
	s, _ := mw.sessions.Create("Présences", "2026-12-07", 2, "fr", "")
	v := mw.sessions.Editor().Participants()
	data, err := os.ReadFile(filepath.Join("..", "course", "roster", "testdata", "fr-semicolon-latin1.csv"))
	if err != nil {
		t.Fatal(err)
	}
	im := v.StartImport("liste.csv", data)
	if im == nil || !im.Mapping.Has(roster.LastName) || len(im.selects) != len(im.Table.Header) {
		t.Fatal("no mapping step")
	}
	if !strings.Contains(topText(mw.win), "liste.csv") {
		t.Errorf("the mapping dialog does not name the file: %q", topText(mw.win))
	}
	if ps, _ := db.Participants(s.ID); len(ps) != 0 {
		t.Fatal("written before the trainer confirmed")
	}
	im.showPreview()
	if !strings.Contains(topText(mw.win), "3 à importer, 0 ignorée") {
		t.Errorf("the preview says %q", topText(mw.win))
	}
	if err := im.Confirm(); err != nil {
		t.Fatal(err)
	}
	ps := v.Participants()
	if len(ps) != 3 || ps[0].LastName != "Benoît" {
		t.Fatalf("participants %+v", ps)
	}
	// Without a last name column the trainer is asked to choose one.
	im = v.StartImport("couleurs.csv", []byte("Couleur;Ville\nbleu;Lyon\n"))
	im.showPreview()
	// The message, with the mapping again over it to choose the column.
	overlays := mw.win.Canvas().Overlays().List()
	if n := len(overlays); n < 2 || !strings.Contains(allText(deepLabels(overlays[n-2])), "quelle colonne contient le nom") {
		t.Error("no message when no column holds the last name")
	}
	if !strings.Contains(topText(mw.win), "couleurs.csv") {
		t.Errorf("the mapping is not offered again: %q", topText(mw.win))
	}
}
