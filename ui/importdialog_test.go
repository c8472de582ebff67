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
	v.busy.Wait()
	if im.ParticipantImport == nil || !im.Mapping.Has(roster.LastName) || len(im.selects) != len(im.Table.Header) {
		t.Fatal("no mapping step")
	}
	if !strings.Contains(topText(mw.win), "liste.csv") {
		t.Errorf("the mapping dialog does not name the file: %q", topText(mw.win))
	}
	if ps, _ := db.Participants(s.ID); len(ps) != 0 {
		t.Fatal("written before the trainer confirmed")
	}
	im.showPreview()
	v.busy.Wait()
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
	v.busy.Wait()
	im.showPreview()
	v.busy.Wait()
	// The message, with the mapping again over it to choose the column.
	overlays := mw.win.Canvas().Overlays().List()
	if n := len(overlays); n < 2 || !strings.Contains(allText(deepLabels(overlays[n-2])), "quelle colonne contient le nom") {
		t.Error("no message when no column holds the last name")
	}
	if !strings.Contains(topText(mw.win), "couleurs.csv") {
		t.Errorf("the mapping is not offered again: %q", topText(mw.win))
	}
}

// The preview explains the new remarks of the reader in the trainer's
// language: a stray quote and bytes that are not UTF-8.
func TestImportPreviewExplainsMalformedLines(t *testing.T) {
	mw, _ := newSessionWindow(t)
	mw.sessions.Create("Présences", "2026-12-07", 1, "fr", "")
	v := mw.sessions.Editor().Participants()
	data := []byte("Nom;Prénom\nDurand;Anne\n\"Martin\" Jr;Paul\nLef\xffvre;Zoé\nΠαπαδόπουλος;Ελένη\n")
	im := v.StartImport("liste.csv", data)
	v.busy.Wait()
	im.showPreview()
	v.busy.Wait()
	text := topText(mw.win)
	for _, want := range []string{"4 à importer", "Ligne 3\u00a0: importée\u202f; un guillemet est mal placé", "Ligne 4\u00a0: importée\u202f; des caractères illisibles"} {
		if !strings.Contains(text, want) {
			t.Errorf("the preview does not say %q:\n%s", want, text)
		}
	}
}

// Importing from the preview's button writes off the interface thread,
// then lists the participants.
func TestImportConfirmedFromThePreview(t *testing.T) {
	mw, db := newSessionWindow(t)
	s, _ := mw.sessions.Create("Présences", "2026-12-07", 1, "fr", "")
	v := mw.sessions.Editor().Participants()
	v.StartImport("liste.csv", []byte("Nom;Prénom\nDurand;Anne\nMartin;Paul\n"))
	v.busy.Wait()
	tapInTopOverlay(t, mw.win, "Continuer")
	v.busy.Wait()
	tapInTopOverlay(t, mw.win, "Importer")
	v.busy.Wait()
	if ps, _ := db.Participants(s.ID); len(ps) != 2 || len(v.Participants()) != 2 {
		t.Errorf("stored %d, listed %d, want 2", len(ps), len(v.Participants()))
	}
}
