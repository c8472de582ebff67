package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/session"
)

func TestDetailsFormSavesDaysAndTimes(t *testing.T) {
	mw, db := newSessionWindow(t)
	s, _ := mw.sessions.Create("Atelier", "2026-12-07", 1, "fr", "")
	f := mw.sessions.Editor().details
	f.title.SetText("  Atelier renommé ")
	f.trainers.SetText("Inès, , Marc")
	f.days.SetText("2") // a second row of times appears
	if len(f.dayTimes) != 2 {
		t.Fatalf("%d rows of times for 2 days", len(f.dayTimes))
	}
	f.dayTimes[1][3].SetText("16:00")
	if !f.Save() {
		t.Fatal("the details were not saved")
	}
	stored, _ := db.Session(s.ID)
	if stored.Title != "Atelier renommé" || len(stored.Days) != 2 || stored.Days[1].PMEnd.String() != "16:00" ||
		strings.Join(stored.Trainers, "|") != "Inès|Marc" {
		t.Errorf("stored %+v", stored)
	}
	if len(mw.sessions.Editor().agenda.box.Objects) != 2 {
		t.Error("the agenda does not show the second day")
	}
	// A time that is not a time of day is refused and nothing changes.
	f.dayTimes[0][0].SetText("neuf heures")
	if f.Save() {
		t.Error("a time written in words was saved")
	}
	if !strings.Contains(topText(mw.win), "HH:MM") {
		t.Errorf("the refusal says %q", topText(mw.win))
	}
	if again, _ := db.Session(s.ID); again.Days[0].AMStart.String() != "09:00" {
		t.Errorf("the refused time was stored: %v", again.Days[0])
	}
}

// The funder, the file reference and the mode are saved with the details
// and shown again when the session is reopened.
func TestDetailsFormSavesFunderReferenceMode(t *testing.T) {
	mw, db := newSessionWindow(t)
	s, _ := mw.sessions.Create("Atelier", "2026-12-07", 1, "fr", "")
	f := mw.sessions.Editor().details
	if f.modeChosen() != "" {
		t.Errorf("a new session's mode is %q, want not said", f.modeChosen())
	}
	test.Type(f.funder, "OPCO Uniformation ")
	test.Type(f.reference, "CONV-2026-0412")
	f.mode.SetSelected(f.modes[2])
	if !f.Save() {
		t.Fatal("the details were not saved")
	}
	stored, _ := db.Session(s.ID)
	if stored.Funder != "OPCO Uniformation" || stored.Reference != "CONV-2026-0412" || stored.Mode != session.Remote {
		t.Errorf("stored funder %q reference %q mode %q", stored.Funder, stored.Reference, stored.Mode)
	}
	g := newDetailsForm(mw.env, stored, func() bool { return true }, func() {}, func(int) (int, error) { return 0, nil })
	if g.funder.Text != "OPCO Uniformation" || g.modeChosen() != session.Remote || g.mode.Selected != "À distance" {
		t.Errorf("reopened: funder %q mode %q (%q)", g.funder.Text, g.modeChosen(), g.mode.Selected)
	}
}

// Ctrl+S in the notes saves the details.
func TestDetailsCtrlS(t *testing.T) {
	mw, db := newSessionWindow(t)
	s, _ := mw.sessions.Create("Atelier", "2026-12-07", 1, "fr", "")
	f := mw.sessions.Editor().details
	f.notes.SetText("Clés USB")
	f.notes.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault})
	if stored, _ := db.Session(s.ID); stored.Notes != "Clés USB" || f.Dirty() {
		t.Errorf("notes after Ctrl+S: %q", stored.Notes)
	}
}

// Saving a session with fewer days asks first when attendance is recorded
// on the days removed; cancelling keeps the session as it was.
func TestDetailsFormWarnsBeforeDroppingDaysWithMarks(t *testing.T) {
	mw, db := newSessionWindow(t)
	s, _ := mw.sessions.Create("Atelier", "2026-12-07", 3, "fr", "")
	if err := db.SaveParticipants(s.ID, []session.Participant{{LastName: "Durand"}}); err != nil {
		t.Fatal(err)
	}
	ps, _ := db.Participants(s.ID)
	for _, day := range []int{0, 2} {
		for _, half := range []session.Half{session.AM, session.PM} {
			if err := db.SetMark(s.ID, session.Mark{Participant: ps[0].ID, Day: day, Half: half, Status: session.Present}); err != nil {
				t.Fatal(err)
			}
		}
	}
	f := mw.sessions.Editor().details
	// Day 3 holds two marks: asked first, not saved meanwhile.
	f.days.SetText("2")
	if f.Save() {
		t.Fatal("saved without asking")
	}
	if !strings.Contains(topText(mw.win), "2 relevés de présence notés sur les jours retirés ne seront plus affichés") {
		t.Fatalf("the warning says %q", topText(mw.win))
	}
	if stored, _ := db.Session(s.ID); len(stored.Days) != 3 {
		t.Fatalf("stored %d days before the trainer agreed", len(stored.Days))
	}
	confirmTopDialog(t, mw.win)
	if stored, _ := db.Session(s.ID); len(stored.Days) != 2 {
		t.Errorf("stored %d days after the trainer agreed, want 2", len(stored.Days))
	}
	// Day 2 holds none: no question.
	f.days.SetText("1")
	if !f.Save() {
		t.Error("a day without marks was not removed at once")
	}
}

// Every field of the details lets the window's keys through: Ctrl+S typed
// in the first day's field or a time saves (the date field kept it), and
// the Save button then says "Saved" until the next change.
func TestDetailsWindowKeysInEveryField(t *testing.T) {
	mw, db := newSessionWindow(t)
	s, _ := mw.sessions.Create("Atelier", "2026-12-07", 1, "fr", "")
	f := mw.sessions.Editor().details
	ctrlS := &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
	f.start.entry.SetText("12/01/2027")
	f.start.entry.TypedShortcut(ctrlS)
	if stored, _ := db.Session(s.ID); stored.Start != "2027-01-12" || f.Dirty() {
		t.Fatalf("Ctrl+S in the first day's field: stored start %q", stored.Start)
	}
	saved := buttonWithText(t, f.Content(), "Enregistré")
	if saved.Importance == widget.HighImportance {
		t.Error("the saved button still calls for a save")
	}
	test.Type(f.dayTimes[0][3], "0")
	if saved.Text != "Enregistrer" {
		t.Errorf("after a change the button says %q", saved.Text)
	}
	f.dayTimes[0][3].SetText("16:30")
	f.dayTimes[0][3].TypedShortcut(ctrlS)
	if stored, _ := db.Session(s.ID); stored.Days[0].PMEnd.String() != "16:30" {
		t.Errorf("Ctrl+S in a time: stored %v", stored.Days[0])
	}
	// Ctrl+Q in the notes reaches the window: it asks, since the note is
	// not saved.
	test.Type(f.notes, "Apporter le vidéoprojecteur")
	f.notes.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault})
	if !strings.Contains(topText(mw.win), "Quitter sans enregistrer") {
		t.Fatalf("Ctrl+Q in the notes shows %q", topText(mw.win))
	}
}
