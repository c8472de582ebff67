package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/course/session"
)

// fullDiskStore fails every write of participants as bbolt does on a full
// disk: with the system's error.
type fullDiskStore struct{ participantStore }

func (fullDiskStore) SaveParticipants(string, []session.Participant) error {
	return &os.PathError{Op: "write", Path: "trainerkit.db", Err: syscall.ENOSPC}
}

func TestFailedSaveKeepsTheFormAndSaysWhy(t *testing.T) {
	mw, db := newSessionWindow(t)
	if _, err := mw.sessions.Create("Atelier", "2026-12-07", 1, "fr", ""); err != nil {
		t.Fatal(err)
	}
	v := mw.sessions.Editor().Participants()
	v.store = fullDiskStore{db}
	v.showEdit(nil)
	form := mw.win.Canvas().Overlays().Top()
	entries := deepCollect[*field](form)
	if len(entries) < 2 {
		t.Fatalf("%d entries in the participant form", len(entries))
	}
	test.Type(entries[0], "Núñez")
	test.Type(entries[1], "Łucja")
	tapInTopOverlay(t, mw.win, "Enregistrer")

	if msg := topText(mw.win); !strings.Contains(msg, "Le disque est plein") || strings.Contains(msg, "no space left") {
		t.Errorf("the message does not say the disk is full in plain words:\n%s", msg)
	}
	// Under the message, the form is still there with what was typed.
	list := mw.win.Canvas().Overlays().List()
	if len(list) < 2 || list[len(list)-2] != form || !form.Visible() {
		t.Fatal("the form closed on a failed save")
	}
	if entries[0].Text != "Núñez" || entries[1].Text != "Łucja" {
		t.Errorf("typed text lost: %q %q", entries[0].Text, entries[1].Text)
	}
}

// Export for Excel in French: UTF-8 with a byte order mark, semicolons and
// CRLF (roster.ExcelOptions), headers in the interface
// language, accents kept.
func TestExportParticipantsCSV(t *testing.T) {
	mw, db := newSessionWindow(t)
	s, _ := mw.sessions.Create("Atelier", "2026-12-07", 1, "fr", "")
	if err := db.SaveParticipants(s.ID, []session.Participant{{FirstName: "Théo", LastName: "Côté", Organisation: "=SUM(A1)"}}); err != nil {
		t.Fatal(err)
	}
	v := mw.sessions.Editor().Participants()
	v.reload()
	out := filepath.Join(t.TempDir(), "liste.csv")
	if err := v.ExportTo(out); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(out)
	if !strings.Contains(string(b), "Côté") || !strings.HasPrefix(string(b), "\ufeffPrénom;Nom") || !strings.Contains(string(b), "\r\n") || strings.Contains(string(b), ";=SUM") {
		t.Errorf("export %q", b)
	}
}

// unerasedStore forgets as the data file does when the backups cannot be
// rewritten: the participant is deleted, the erasure left for later.
type unerasedStore struct{ participantStore }

func (s unerasedStore) ForgetParticipant(sessionID, id string) error {
	if err := s.participantStore.ForgetParticipant(sessionID, id); err != nil {
		return err
	}
	return fmt.Errorf("forget participant %s: %w (%w)", id, datafile.ErrNotErased,
		&os.PathError{Op: "write", Path: "backups/x.db", Err: syscall.ENOSPC})
}

// Forgetting runs off the interface thread; when the erasure cannot be
// finished the participant is gone from the list all the same, and the
// window says what is left and why.
func TestForgetSaysWhenNotErased(t *testing.T) {
	mw, db := newSessionWindow(t)
	s, _ := mw.sessions.Create("Atelier", "2026-12-07", 1, "fr", "")
	if err := db.SaveParticipants(s.ID, []session.Participant{{LastName: "Durand"}, {LastName: "Martin"}}); err != nil {
		t.Fatal(err)
	}
	v := mw.sessions.Editor().Participants()
	v.reload()
	v.store = unerasedStore{db}
	v.Forget(v.Participants()[0].ID)
	v.busy.Wait()
	if len(v.Participants()) != 1 {
		t.Errorf("%d participants listed after forgetting one of two", len(v.Participants()))
	}
	msg := topText(mw.win)
	if !strings.Contains(msg, "retirés de vos listes") || !strings.Contains(msg, "Le disque est plein") {
		t.Errorf("the window says:\n%s", msg)
	}
}

// The participant dialog says what it does, adding or changing, in the
// same words: before, adding was titled by the button's bare "Ajouter".
func TestParticipantDialogTitles(t *testing.T) {
	mw, db := newSessionWindow(t)
	s, err := mw.sessions.Create("Atelier", "2026-12-07", 1, "fr", "")
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SaveParticipants(s.ID, []session.Participant{{LastName: "Núñez"}}); err != nil {
		t.Fatal(err)
	}
	v := mw.sessions.Editor().Participants()
	v.reload()
	v.showEdit(nil)
	if got := topText(mw.win); !strings.Contains(got, "Ajouter une personne participante") {
		t.Errorf("the add dialog reads %q", got)
	}
	mw.win.Canvas().Overlays().Top().Hide()
	mw.win.Canvas().Overlays().Remove(mw.win.Canvas().Overlays().Top())
	p := v.Participants()[0]
	v.showEdit(&p)
	if got := topText(mw.win); !strings.Contains(got, "Modifier la personne participante") {
		t.Errorf("the edit dialog reads %q", got)
	}
}
