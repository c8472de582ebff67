package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/search"
)

func TestSideBySide(t *testing.T) {
	mw, _, _ := newTestWindow(t, defaultState())
	mw.reader.compare.SetSelectedIndex(1) // FR, beside English
	text := shownText(mw)
	en := firstLine(mw.lib.Module(1).Text("en", course.Theory))
	fr := firstLine(mw.lib.Module(1).Text("fr", course.Theory))
	if !strings.Contains(text, en) || !strings.Contains(text, fr) {
		t.Fatalf("side by side lacks a language's title: %q / %q", en, fr)
	}
	rows := mw.reader.lists[course.Theory].Len() - mw.reader.first[course.Theory]
	secs := search.Sections(course.ParseString(mw.lib.Module(1).Text("en", course.Theory)))
	if rows != len(secs) {
		t.Errorf("%d rows for %d sections", rows, len(secs))
	}
}

// Side by side, a French hit is highlighted in the French column, and in
// the English one only the words the query matches there.
func TestSearchHitHighlightedSideBySide(t *testing.T) {
	mw, _, _ := newTestWindow(t, defaultState())
	openHit(t, mw, "budget conseil", course.Theory)
	if mw.State().Lang != "fr" {
		t.Fatalf("the hit opened %s", mw.State().Lang)
	}
	mw.reader.compare.SetSelectedIndex(2) // EN, beside French
	var fr, en []string
	for _, row := range deepCollect[*fyne.Container](container.NewWithoutLayout(mw.reader.lists[course.Theory].Objects()...)) {
		if l, ok := row.Layout.(*tableLayout); ok && l.cols == 2 && len(row.Objects) == 2 {
			fr = append(fr, markedIn(row.Objects[0])...)
			en = append(en, markedIn(row.Objects[1])...)
		}
	}
	if got := fmt.Sprint(folded(fr)); got != fmt.Sprint(map[string]int{"conseil": 1, "budget": 1}) {
		t.Errorf("French column highlights %s", got)
	}
	if got := fmt.Sprint(folded(en)); got != fmt.Sprint(map[string]int{"budget": 1}) {
		t.Errorf("English column highlights %s", got)
	}
	// Back to one language, the hit is still highlighted.
	mw.reader.compare.SetSelectedIndex(0)
	if got := fmt.Sprint(folded(markedWords(mw))); got != fmt.Sprint(map[string]int{"conseil": 1, "budget": 1}) {
		t.Errorf("one language highlights %s", got)
	}
}

// Choosing as content language the one shown beside ends side by side, and
// the choice says so instead of naming a language no column shows.
func TestSideBySideEndsOnItsOwnLanguage(t *testing.T) {
	mw, _, _ := newTestWindow(t, defaultState())
	mw.reader.compare.SetSelectedIndex(4) // ES, beside English
	mw.SetLang("es")
	if mw.reader.other != "" || mw.reader.compare.SelectedIndex() != 0 {
		t.Errorf("compare %q, the choice shows %q", mw.reader.other, mw.reader.compare.Selected)
	}
	if text := shownText(mw); !strings.Contains(text, firstLine(mw.lib.Module(1).Text("es", course.Theory))) {
		t.Error("the Spanish part is not shown")
	}
}
