package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/locales"
)

func TestToolbarCallsItsActions(t *testing.T) {
	test.NewTempApp(t)
	var langs, views, searches []string
	packs := 0
	tb := newToolbar(locales.New("en"), "fr", toolbarActions{
		setLang:  func(l string) { langs = append(langs, l) },
		showView: func(v string) { views = append(views, v) },
		search:   func(q string) { searches = append(searches, q) },
		packs:    func(fyne.CanvasObject) { packs++ },
		zoomIn:   func() {}, zoomOut: func() {}, settings: func() {}, marks: func(fyne.CanvasObject) {},
	}, true)
	test.NewTempWindow(t, tb.Content())
	if tb.langButtons["fr"].Importance != widget.HighImportance || tb.langButtons["en"].Importance == widget.HighImportance {
		t.Error("the content language shown is not highlighted")
	}
	test.Tap(tb.langButtons["es"])
	test.Tap(tb.viewButtons[viewSessions])
	test.Type(tb.search, "rgpd")
	test.Tap(buttonWithText(t, tb.Content(), "Packs"))
	if len(langs) != 1 || langs[0] != "es" || len(views) != 1 || views[0] != viewSessions || searches[len(searches)-1] != "rgpd" || packs != 1 {
		t.Errorf("langs %v, views %v, searches %v, packs %d", langs, views, searches, packs)
	}
	// The content language belongs to the modules view.
	tb.setView(viewSessions)
	if tb.langs.Visible() || tb.viewButtons[viewSessions].Importance != widget.HighImportance {
		t.Error("the sessions view shows the content languages or does not highlight its button")
	}
	// Without a data file there are no sessions nor packs to switch to.
	plain := newToolbar(locales.New("en"), "fr", toolbarActions{}, false)
	if len(plain.viewButtons) != 0 {
		t.Error("view buttons without a data file")
	}
}

// In a narrow window the toolbar hides the kit's name, then the content
// language's label, and the search keeps the room for its hint; nothing
// overlaps. Wide again, both come back.
func TestToolbarMakesRoomForTheSearch(t *testing.T) {
	test.NewTempApp(t)
	tb := newToolbar(locales.New("fr"), "fr", toolbarActions{}, true)
	w := test.NewTempWindow(t, tb.Content())
	r := tb.row.Layout.(*toolbarRow)
	for _, c := range []struct {
		width       float32
		name, label bool
	}{{1600, true, true}, {1180, false, true}, {1024, false, false}, {1600, true, true}} {
		w.Resize(fyne.NewSize(c.width, 60))
		if r.name[0].Visible() != c.name || r.langLabel.Visible() != c.label {
			t.Errorf("at %v px: name shown %v, label shown %v; want %v, %v", c.width, r.name[0].Visible(), r.langLabel.Visible(), c.name, c.label)
		}
		search := fyne.CurrentApp().Driver().AbsolutePositionForObject(tb.search).X + tb.search.Size().Width
		if right := r.right.Position().X; search > right {
			t.Errorf("at %v px the search (to %v) runs under the buttons (from %v)", c.width, search, right)
		}
		if got, least := r.middle.Size().Width, searchRoom*theme.TextSize(); got < least {
			t.Errorf("at %v px the search has %v px, less than its room %v", c.width, got, least)
		}
	}
	// The sessions view has no content language switch: the room it took
	// goes back to the kit's name.
	w.Resize(fyne.NewSize(1180, 60))
	tb.setView(viewSessions)
	if !r.name[0].Visible() {
		t.Error("at 1180 px the sessions view hides the kit's name, with no content languages to make room for")
	}
}
