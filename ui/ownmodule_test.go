package ui

import (
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/course/slides"
)

func TestCreateOwnModuleListsAfterTheBundledOnesAndOpens(t *testing.T) {
	mw, db := newModulesWindow(t)
	m, err := mw.own.Create(frSpec("Atelier tiers-lieux", "fr", "es"))
	if err != nil {
		t.Fatal(err)
	}
	stored, _ := db.OwnModules()
	if len(stored) != 1 || stored[0].UID != m.UID || stored[0].Number != course.FirstOwnNumber {
		t.Fatalf("stored %+v", stored)
	}
	if got := stored[0].Langs(); len(got) != 2 || got[0] != "fr" || got[1] != "es" {
		t.Errorf("languages %v, want fr es", got)
	}
	for _, l := range []string{"fr", "es"} {
		if stored[0].Title[l] != "Atelier tiers-lieux" || len(stored[0].Source[l]) != len(course.AllParts) {
			t.Errorf("%s: title %q, %d parts", l, stored[0].Title[l], len(stored[0].Source[l]))
		}
	}
	last := len(mw.list.shown) - 1
	if last != 2 || mw.list.shown[last].Key() != m.UID {
		t.Fatalf("the module is at %d of %d in the list", last, len(mw.list.shown))
	}
	if row := rowText(mw.list, last); !strings.Contains(row, "101") || !strings.Contains(row, "Votre module") || !strings.Contains(row, "2.4") {
		t.Errorf("own module row reads %q", row)
	}
	if row := rowText(mw.list, 0); strings.Contains(row, "Votre module") {
		t.Errorf("a bundled module is marked as the trainer's: %q", row)
	}
	if mw.State().Module != m.Number || mw.reader.title.String() != "Atelier tiers-lieux" {
		t.Errorf("shown: module %d titled %q", mw.State().Module, mw.reader.title.String())
	}
	// It opens like any module: every tab can be chosen, and invites the
	// trainer to write the empty parts.
	for _, p := range course.Parts {
		mw.SelectPart(p)
		if mw.reader.Part() != p {
			t.Errorf("part %s did not open", p)
		}
		if !strings.Contains(shownText(mw), "Vous n'avez pas encore rédigé cette partie") {
			t.Errorf("part %s reads %q", p, shownText(mw))
		}
	}
	if !mw.reader.ownSettings.Visible() {
		t.Error("no module settings on an own module")
	}
	mw.SelectModule(2)
	if mw.reader.ownSettings.Visible() {
		t.Error("module settings on a bundled module")
	}
}

func TestCreateOwnModuleRefusesWhatCannotBeSaved(t *testing.T) {
	mw, db := newModulesWindow(t)
	cases := map[string]struct {
		spec course.OwnSpec
		want error
	}{
		"no title":     {frSpec("  ", "fr"), course.ErrOwnTitle},
		"no language":  {frSpec("Titre"), course.ErrOwnLangs},
		"zero minutes": {course.OwnSpec{Titles: map[string]string{"fr": "Titre"}}, course.ErrOwnMinutes},
	}
	for name, c := range cases {
		if _, err := mw.own.Create(c.spec); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", name, err, c.want)
		}
		if key := ownErrorKey(c.want); mw.tr.T(key) == key {
			t.Errorf("%s: no message for %v", name, c.want)
		}
	}
	if stored, _ := db.OwnModules(); len(stored) != 0 || len(mw.lib.Modules) != 2 {
		t.Errorf("a refused module was kept: %d stored, %d in the library", len(stored), len(mw.lib.Modules))
	}
}

func TestOwnModuleInAnotherLanguageSwitchesTheContent(t *testing.T) {
	mw, _ := newModulesWindow(t)
	if _, err := mw.own.Create(frSpec("Taller", "es")); err != nil {
		t.Fatal(err)
	}
	if mw.State().Lang != "es" {
		t.Errorf("content language %s, want es: the module is written in Spanish only", mw.State().Lang)
	}
}

func TestUpdateOwnModule(t *testing.T) {
	mw, db := newModulesWindow(t)
	m, _ := mw.own.Create(frSpec("Atelier", "fr", "es"))
	// The trainer wrote the Spanish theory and left a note on it.
	written := m.OwnCopy()
	written.Source["es"][course.Theory] = "# Teoría\n\nTexto."
	if err := db.SaveOwnModule(written); err != nil {
		t.Fatal(err)
	}
	note := course.Overlay{Module: m.UID, Lang: "es", Part: course.Theory, Notes: "nota"}
	if err := db.SaveOverlay(note); err != nil {
		t.Fatal(err)
	}
	mw.putModule(course.Customise(written, []course.Overlay{note}))

	spec := course.OwnSpec{Titles: map[string]string{"fr": "Atelier renommé", "it": "Laboratorio"}, Minutes: 90}
	if err := mw.own.Update(m.UID, spec); err != nil {
		t.Fatal(err)
	}
	stored, _ := db.OwnModules()
	got := stored[0]
	if got.Title["fr"] != "Atelier renommé" || got.Title["it"] != "Laboratorio" || got.Duration != 90 || len(got.DigComp) != 0 {
		t.Errorf("stored %+v", got)
	}
	if _, ok := got.Source["es"]; ok || got.Title["es"] != "" {
		t.Error("Spanish was taken away but its text is kept")
	}
	if len(got.Source["it"]) != len(course.AllParts) {
		t.Errorf("Italian has %d parts", len(got.Source["it"]))
	}
	ovs, _ := db.Overlays()
	if len(ovs) != 0 {
		t.Errorf("the notes of the Spanish part are kept: %+v", ovs)
	}
	shown := mw.lib.ByKey(m.UID)
	if shown.TitleIn("fr") != "Atelier renommé" || shown.Customised("es", course.Theory) {
		t.Errorf("the library shows %q, customised es: %v", shown.TitleIn("fr"), shown.Customised("es", course.Theory))
	}
	if mw.reader.title.String() != "Atelier renommé" {
		t.Errorf("the reader shows %q", mw.reader.title.String())
	}
	if err := mw.own.Update(m.UID, course.OwnSpec{Titles: map[string]string{}, Minutes: 90}); !errors.Is(err, course.ErrOwnLangs) {
		t.Errorf("a module without languages: %v", err)
	}
	if err := mw.own.Update(mw.lib.Modules[0].Key(), spec); err == nil {
		t.Error("a bundled module was changed as an own one")
	}
}

func TestDeleteOwnModule(t *testing.T) {
	mw, db := newModulesWindow(t)
	m, _ := mw.own.Create(frSpec("À supprimer", "fr"))
	if err := mw.own.Delete(m.UID); err != nil {
		t.Fatal(err)
	}
	if stored, _ := db.OwnModules(); len(stored) != 0 {
		t.Errorf("still stored: %+v", stored)
	}
	if mw.lib.ByKey(m.UID) != nil || len(mw.list.shown) != 2 {
		t.Error("still listed")
	}
	if mw.State().Module != 2 {
		t.Errorf("after deleting, module %d is shown, want the one before (2)", mw.State().Module)
	}
	if err := mw.own.Delete(mw.lib.Modules[0].Key()); err == nil {
		t.Error("a bundled module was deleted")
	}
}

func TestOwnModuleHalfDayInAnAgenda(t *testing.T) {
	mw, db := newModulesWindow(t)
	m, _ := mw.own.Create(frSpec("Atelier", "fr"))
	test.Tap(mw.toolbar.viewButtons[viewSessions])
	s, err := mw.sessions.Create("Formation", "2026-12-07", 1, "fr", "")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range mw.sessions.Editor().Agenda().moduleChoices() {
		found = found || strings.HasPrefix(c, "101 Atelier")
	}
	if !found {
		t.Error("the agenda's module choices lack the own module")
	}
	if err := mw.sessions.Editor().Agenda().AddModuleHalfDay(0, session.AM, m.Number); err != nil {
		t.Fatal(err)
	}
	stored, _ := db.Session(s.ID)
	total := 0
	for _, b := range stored.Agenda[0] {
		if b.Kind != session.BlockPart || b.Module != m.Number {
			t.Errorf("block %+v", b)
		}
		total += b.Minutes
	}
	if total != 120 {
		t.Errorf("the half-day lasts %d min, want the module's 120", total)
	}
}

func TestPresentAnOwnModulePart(t *testing.T) {
	mw, db := newModulesWindow(t)
	m, _ := mw.own.Create(frSpec("Atelier", "fr"))
	if mw.PresentPart(m.Number, course.Theory, "fr") != nil {
		t.Error("an empty part was presented")
	}
	written := m.OwnCopy()
	written.Source["fr"][course.Theory] = "# Accueil\n\nBienvenue.\n\n## Tour de table\n\nQui êtes-vous ?"
	if err := db.SaveOwnModule(written); err != nil {
		t.Fatal(err)
	}
	mw.putModule(course.Customise(written, nil))
	// The Present button builds this deck from the library the window holds
	// (opening the projector itself needs a second window: present_test.go).
	if d := slides.PartDeck(mw.lib.Module(m.Number), course.Theory, "fr"); d.Len() < 2 {
		t.Errorf("the own module's theory makes %d slides, want at least its two sections", d.Len())
	}
}
