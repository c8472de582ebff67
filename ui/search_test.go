package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/search"
)

func TestSearchAndOpenAtTheHit(t *testing.T) {
	mw, w, _ := newTestWindow(t, defaultState())
	w.Resize(fyne.NewSize(1000, 420)) // the short test part scrolls
	w.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault})
	if w.Canvas().Focused() != mw.toolbar.search {
		t.Fatal("Ctrl+F does not focus the search box")
	}
	// Accents and case do not matter; the content language is English.
	v := mw.Search("PERSONAL DATA")
	if len(v.Results()) == 0 || !v.Content().Visible() {
		t.Fatal("no results shown")
	}
	for _, r := range v.Results() {
		if r.Lang != "en" {
			t.Fatalf("result in %s while searching English only", r.Lang)
		}
	}
	v.all.SetChecked(true) // all four languages
	fr := mw.Search("donnees personnelles")
	var hit *search.Result
	for i, r := range fr.Results() {
		if r.Lang == "fr" && r.Part == course.Theory && r.Block > 0 {
			hit = &fr.Results()[i]
			fr.list.Select(i) // a tap on the result
			break
		}
	}
	if hit == nil {
		t.Fatal("no French theory hit for « données personnelles »")
	}
	if v.Content().Visible() || mw.State().Lang != "fr" || mw.State().Module != hit.Module || mw.State().Part != course.Theory {
		t.Fatalf("opening a result: state %+v", mw.State())
	}
	if off := mw.reader.scrolls[course.Theory].Offset.Y; off <= 0 {
		t.Errorf("the part is not scrolled to the hit (offset %v)", off)
	}
}
