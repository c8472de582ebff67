package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/pack"
	"github.com/socialtech/trainerkit/course/session"
)

func TestExportThenImportAPack(t *testing.T) {
	a := test.NewTempApp(t)
	// Anne's kit: an own module, a customised theory, a session with a participant.
	anne, annedb := newPackWindow(t, a)
	own, err := anne.own.Create(frSpec("Atelier tiers-lieux", "fr"))
	if err != nil {
		t.Fatal(err)
	}
	key := mw1Key(anne)
	customise(t, anne, annedb, key, "# Ma théorie\n\nVersion d'Anne.")
	s, _ := session.New("Formation Lyon", "2026-12-07", 1, "fr")
	s.Agenda[0] = []session.Block{{Kind: session.BlockPart, Module: own.Number, Part: course.Theory, Minutes: 60}}
	if err := annedb.SaveSession(s); err != nil {
		t.Fatal(err)
	}
	if err := annedb.SaveParticipants(s.ID, []session.Participant{{LastName: "Durand", Email: "d@example.org"}}); err != nil {
		t.Fatal(err)
	}

	// The export dialog lists each thing, and warns about participants.
	f, _, err := anne.packs.newExportForm()
	if err != nil {
		t.Fatal(err)
	}
	if len(f.overlays) != 1 || len(f.modules) != 1 || len(f.sessions) != 1 {
		t.Fatalf("the dialog offers %d customisations, %d modules, %d sessions", len(f.overlays), len(f.modules), len(f.sessions))
	}
	if f.participants.Checked || f.warning.Visible() {
		t.Error("participants are included by default")
	}
	test.Tap(f.participants)
	if !f.warning.Visible() {
		t.Error("no warning when participants are included")
	}
	if !f.empty() {
		t.Error("nothing ticked but the form is not empty")
	}
	for _, c := range append(append(f.overlays, f.modules...), f.sessions...) {
		test.Tap(c.check)
	}
	sel := f.selection()
	if len(sel.Overlays) != 1 || len(sel.Modules) != 1 || len(sel.Sessions) != 1 || !sel.Participants {
		t.Fatalf("selection %+v", sel)
	}
	path := filepath.Join(t.TempDir(), kit.PackFileName(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)))
	if filepath.Base(path) != "pack-2026-11-23.stkpack" {
		t.Errorf("offered name %s", filepath.Base(path))
	}
	if err := anne.packs.Export(path, sel); err != nil {
		t.Fatal(err)
	}

	// Bruno's kit already has his own version of the same theory.
	bruno, brunodb := newPackWindow(t, a)
	customise(t, bruno, brunodb, key, "# Ma théorie\n\nVersion de Bruno.")
	pi, err := bruno.packs.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if pi.Replaced() != 1 || len(pi.Items) != 4 {
		t.Fatalf("preview %+v", pi.Items)
	}
	if got := bruno.packs.importButtonText(pi); got != "Importer et remplacer 1 élément" {
		t.Errorf("import button %q", got)
	}
	if ovs, _ := brunodb.Overlays(); len(ovs) != 1 || !strings.Contains(ovs[0].Text, "Bruno") {
		t.Fatal("reading the pack changed the data file")
	}
	bruno.packs.showImportPreview(pi)
	shown := topText(bruno.win)
	for _, want := range []string{"Cet élément remplacera le vôtre", "Ces 3 éléments seront ajoutés", "Module «\u00a0Atelier tiers-lieux\u00a0»",
		"Session «\u00a0Formation Lyon (2026-12-07)\u00a0»", "1 participant de «\u00a0Formation Lyon\u00a0»", "Théorie"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the preview lacks %q:\n%s", want, shown)
		}
	}
	tapInTopOverlay(t, bruno.win, "Importer et remplacer 1 élément")

	// Everything is in Bruno's data file and on his screens.
	if ovs, _ := brunodb.Overlays(); len(ovs) != 1 || !strings.Contains(ovs[0].Text, "Anne") {
		t.Errorf("overlays after import: %+v", ovs)
	}
	m := bruno.lib.ByKey(own.UID)
	if m == nil || !m.Own() || m.TitleIn("fr") != "Atelier tiers-lieux" {
		t.Fatalf("the own module is not in Bruno's library: %+v", m)
	}
	if got := bruno.lib.ByKey(key).Text("fr", course.Theory); !strings.Contains(got, "Anne") {
		t.Errorf("Bruno's library shows %q", firstLine(got))
	}
	if len(bruno.list.shown) != 3 {
		t.Errorf("Bruno's list has %d modules", len(bruno.list.shown))
	}
	if ps, _ := brunodb.Participants(s.ID); len(ps) != 1 || ps[0].LastName != "Durand" {
		t.Errorf("participants %+v", ps)
	}
	if items := bruno.sessions.items; len(items) != 1 || items[0].Title != "Formation Lyon" {
		t.Errorf("the sessions list shows %+v", items)
	}
}

func TestPackErrorsChangeNothing(t *testing.T) {
	a := test.NewTempApp(t)
	mw, db := newPackWindow(t, a)
	dir := t.TempDir()
	notPack := filepath.Join(dir, "notes.stkpack")
	if err := os.WriteFile(notPack, []byte("just some notes"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := mw.packs.Read(notPack)
	if kit.PackErrorKey(err) != "packs_error_not_pack" {
		t.Errorf("a text file: %v (message %q)", err, kit.PackErrorKey(err))
	}
	mw.packs.showReadError(err)
	if msg := topText(mw.win); !strings.Contains(msg, "pas un pack") || !strings.Contains(msg, "Rien n'a été modifié") {
		t.Errorf("the trainer reads %q", msg)
	}
	if ovs, _ := db.Overlays(); len(ovs) != 0 {
		t.Error("a refused pack changed the data file")
	}
	if mods, _ := db.OwnModules(); len(mods) != 0 {
		t.Error("a refused pack changed the data file")
	}
}

// The preview of a pack that changes a module the kit does not have and
// shortens a session: the customisation is listed as left out (not as
// added, nor counted as imported), and the attendance marks on the days
// removed are announced.
func TestImportPreviewSkipsUnknownModulesAndWarnsOfMarks(t *testing.T) {
	a := test.NewTempApp(t)
	bruno, db := newPackWindow(t, a)
	s, _ := session.New("Formation Lyon", "2026-12-07", 3, "fr")
	if err := db.SaveSession(s); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveParticipants(s.ID, []session.Participant{{LastName: "Durand"}}); err != nil {
		t.Fatal(err)
	}
	ps, _ := db.Participants(s.ID)
	for day := 0; day < 3; day++ {
		if err := db.SetMark(s.ID, session.Mark{Participant: ps[0].ID, Day: day, Half: session.AM, Status: session.Present}); err != nil {
			t.Fatal(err)
		}
	}
	short := *s
	short.SetDays(1)
	c := &pack.Contents{
		Overlays: []course.Overlay{{Module: "77-nowhere", Lang: "fr", Part: course.Theory, Edited: true, Text: "# Ailleurs"}},
		Sessions: []*session.Session{&short},
	}
	path := filepath.Join(t.TempDir(), "lyon.stkpack")
	if err := pack.WriteFile(path, c); err != nil {
		t.Fatal(err)
	}
	pi, err := bruno.packs.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	bruno.packs.showImportPreview(pi)
	text := topText(bruno.win)
	for _, want := range []string{
		"«\u00a0Formation Lyon\u00a0» aura moins de jours\u00a0: 2 présences notées sur les jours retirés seront effacées.",
		"Cet élément sera laissé de côté",
		"77-nowhere · FR · ",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the preview does not say %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "2 éléments") {
		t.Errorf("the left-out customisation is counted with the others:\n%s", text)
	}
	confirmTopDialog(t, bruno.win)
	if !strings.Contains(topText(bruno.win), "1 élément importé") {
		t.Errorf("after import: %q", topText(bruno.win))
	}
	if marks, _ := db.Marks(s.ID); len(marks) != 1 {
		t.Errorf("%d marks left, want 1 (the day kept)", len(marks))
	}
}
