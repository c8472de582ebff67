package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
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
