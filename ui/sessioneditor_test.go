package ui

import (
	"github.com/socialtech/trainerkit/course/kit"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestSessionEditorDeletesAfterAsking(t *testing.T) {
	mw, db := newSessionWindow(t)
	s, _ := mw.sessions.Create("À supprimer", "2026-12-07", 1, "fr", "")
	ed := mw.sessions.Editor()
	test.Tap(buttonWithText(t, ed.Content(), "Supprimer la session"))
	if !strings.Contains(topText(mw.win), "« À supprimer »") && !strings.Contains(topText(mw.win), "À supprimer") {
		t.Fatalf("the confirmation does not name the session: %q", topText(mw.win))
	}
	confirmTopDialog(t, mw.win)
	mw.busy.Wait()
	if _, err := db.Session(s.ID); err == nil {
		t.Error("the session is still stored")
	}
	if mw.sessions.Editor() != nil || len(mw.sessions.items) != 0 {
		t.Error("the deleted session is still open or listed")
	}
}

func TestSessionEditorPrintsThroughTheExportDialog(t *testing.T) {
	mw, _ := newSessionWindow(t)
	mw.sessions.Create("Atelier", "2026-12-07", 1, "fr", "")
	test.Tap(buttonWithText(t, mw.sessions.Editor().Content(), "Imprimer (PDF)"))
	var radios []*widget.RadioGroup
	if top := mw.win.Canvas().Overlays().Top(); top != nil {
		radios = deepCollect[*widget.RadioGroup](top)
	}
	if len(radios) != 2 || len(radios[0].Options) != len(kit.Docs) {
		t.Fatalf("the print dialog offers %d choices", len(radios))
	}
}
