package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/locales"
)

func TestShowsModuleAndPart(t *testing.T) {
	mw, _, _ := newTestWindow(t, defaultState())
	m := mw.lib.Module(1)
	want := course.PlainText(course.ParseString(m.Text("en", course.Theory)).Blocks[0].Inlines)
	if got := firstHeading(mw); got != want {
		t.Errorf("theory heading %q, want %q", got, want)
	}
	if got := mw.reader.title.String(); got != m.TitleIn("en") {
		t.Errorf("header title %q", got)
	}
}

func TestSwitchPartWithTabsAndKeys(t *testing.T) {
	mw, w, prefs := newTestWindow(t, defaultState())
	theory := shownText(mw)
	test.Tap(mw.reader.tabs.tabs[1]) // the Case tab, as a click does
	if mw.State().Part != course.Case || prefs.Setting(prefPart) != course.Case {
		t.Fatalf("part %q after choosing the Case tab", mw.State().Part)
	}
	caseText := shownText(mw)
	if caseText == theory || !strings.Contains(caseText, firstLine(mw.lib.Module(1).Text("en", course.Case))) {
		t.Error("the Case tab does not show the case")
	}
	// Ctrl+5 shows the trainer's guide.
	w.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.Key5, Modifier: fyne.KeyModifierShortcutDefault})
	if mw.reader.Part() != course.Guide || mw.State().Part != course.Guide {
		t.Errorf("Ctrl+5 shows %q", mw.reader.Part())
	}
}

// The reader as drawn: header, tabs, a part with its headings, list and
// table; and a customised part, with the lines above it. The saved markup
// is ui/testdata/reader/*.xml (written to testdata/failed/ when it differs:
// look at the difference, then copy it over if the change is meant).
func TestReaderRendersToMarkup(t *testing.T) {
	test.NewTempApp(t)
	lib := testLib(t)
	r := newReader(locales.New("en"), readerActions{}, true)
	w := test.NewTempWindow(t, r.Content())
	w.Resize(fyne.NewSize(900, 640))
	r.Show(lib.Module(1), course.Toolbox, "en")
	test.AssertRendersToMarkup(t, "reader/toolbox_en.xml", w.Canvas())

	m := lib.Module(1)
	o := m.EditOverlay("fr", course.Case)
	o.SetText(m.Text("fr", course.Case), "# La Fabrique à vélos\n\nNotre version du cas.\n\n## Questions\n\n1. Qu'auriez-vous fait ?\n")
	o.HiddenSections = []string{"## Questions"}
	o.Notes = "Apporter le **fichier** imprimé."
	r.Show(m.WithOverlay(o), course.Case, "fr")
	test.AssertRendersToMarkup(t, "reader/case_customised_fr.xml", w.Canvas())
}

// A pane hidden while the theme changed is drawn in the new theme when its
// tab is chosen again (the deck keeps it out of the window's refreshes).
func TestHiddenTabFollowsTheTheme(t *testing.T) {
	a := test.NewTempApp(t)
	lib := testLib(t)
	r := newReader(locales.New("en"), readerActions{}, true)
	w := test.NewTempWindow(t, r.Content())
	w.Resize(fyne.NewSize(900, 640))
	r.Show(lib.Module(1), course.Theory, "en")
	r.Show(lib.Module(1), course.Case, "en")
	light := &kitTheme{choice: ThemeLight, zoom: 1.5}
	a.Settings().SetTheme(light)
	r.Show(lib.Module(1), course.Theory, "en")
	if l := r.lists[course.Theory]; l.theme != light || len(l.Objects()) == 0 {
		t.Errorf("the theory's pane (%d items) was drawn in an earlier theme", len(l.Objects()))
	}
}
