package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
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
