package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/socialtech/trainerkit/course"
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
	mw.reader.tabs.SelectIndex(1) // the Case tab, as a click does
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
