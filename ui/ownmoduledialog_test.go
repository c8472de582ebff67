package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestOwnModuleDialogs(t *testing.T) {
	mw, db := newModulesWindow(t)
	d := mw.own.showNew()
	entries := deepCollect[*field](mw.win.Canvas().Overlays().Top())
	if len(entries) < 2 {
		t.Fatalf("%d entries in the new-module dialog", len(entries))
	}
	test.Type(entries[0], "Mon module")
	tapInTopOverlay(t, mw.win, mw.tr.T("dialog_create"))
	if stored, _ := db.OwnModules(); len(stored) != 1 || stored[0].Title["fr"] != "Mon module" || stored[0].Duration != 210 {
		t.Fatalf("the dialog stored %+v", stored)
	}
	d.Hide()

	// Settings: the delete button asks, then deletes.
	if mw.own.showSettings(mw.current()) == nil {
		t.Fatal("no settings for the own module shown")
	}
	tapInTopOverlay(t, mw.win, mw.tr.T("own_delete"))
	if !strings.Contains(topText(mw.win), "Mon module") {
		t.Errorf("the confirmation does not name the module: %q", topText(mw.win))
	}
	tapInTopOverlay(t, mw.win, mw.tr.T("own_delete_button"))
	if stored, _ := db.OwnModules(); len(stored) != 0 {
		t.Error("the module is still stored after confirming")
	}
	mw.SelectModule(1)
	if mw.own.showSettings(mw.current()) != nil {
		t.Error("a bundled module has own-module settings")
	}
}
