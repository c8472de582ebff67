package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/search"
)

func TestSearchAndOpenAtTheHit(t *testing.T) {
	mw, w, _ := newTestWindow(t, defaultState())
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

func TestFilterByDigComp(t *testing.T) {
	mw, _, _ := newTestWindow(t, defaultState())
	for i, o := range mw.filter.Options {
		if strings.HasPrefix(strings.TrimSpace(o), "4.4 ") {
			mw.filter.SetSelectedIndex(i)
		}
	}
	if len(mw.list.shown) == 0 {
		t.Fatal("no module for 4.4")
	}
	for _, m := range mw.list.shown {
		if !strings.Contains(strings.Join(m.DigComp, ","), "4.4") {
			t.Errorf("module %d shown for 4.4", m.Number)
		}
	}
	mw.filter.SetSelectedIndex(0)
	if len(mw.list.shown) != len(mw.lib.Modules) {
		t.Error("'all' does not show every module")
	}
}

func TestSideBySide(t *testing.T) {
	mw, _, _ := newTestWindow(t, defaultState())
	mw.reader.compare.SetSelectedIndex(1) // FR, beside English
	text := shownText(mw)
	en := firstLine(mw.lib.Module(1).Text("en", course.Theory))
	fr := firstLine(mw.lib.Module(1).Text("fr", course.Theory))
	if !strings.Contains(text, en) || !strings.Contains(text, fr) {
		t.Fatalf("side by side lacks a language's title: %q / %q", en, fr)
	}
	rows := mw.reader.scrolls[course.Theory].Content.(*fyne.Container).Objects[0].(*fyne.Container)
	secs := search.Sections(course.ParseString(mw.lib.Module(1).Text("en", course.Theory)))
	if len(rows.Objects) != len(secs) {
		t.Errorf("%d rows for %d sections", len(rows.Objects), len(secs))
	}
}

func TestBookmarksAndRecent(t *testing.T) {
	mw, _, prefs := newTestWindow(t, defaultState())
	mw.SelectModule(3)
	mw.SelectPart(course.Toolbox)
	mw.toggleBookmark()
	if len(mw.marks.Bookmarks()) != 1 || mw.marks.Bookmarks()[0] != (partRef{3, course.Toolbox, "en"}) {
		t.Fatalf("bookmarks %+v", mw.marks.Bookmarks())
	}
	if !strings.Contains(prefs.Setting(prefBookmarks), "3/toolbox/en") {
		t.Error("bookmark not saved")
	}
	if mw.marks.Recent()[0] != (partRef{3, course.Toolbox, "en"}) || len(mw.marks.Recent()) < 2 {
		t.Errorf("recent %+v", mw.marks.Recent())
	}
	mw.SelectModule(5)
	r := mw.marks.Bookmarks()[0]
	mw.open(r.Module, r.Part, r.Lang)
	if st := mw.State(); st.Module != 3 || st.Part != course.Toolbox {
		t.Errorf("opening a bookmark: %+v", st)
	}
	if got := decodeRefs("1/theory/fr;bad;2/nope/en;7/case/it"); len(got) != 2 {
		t.Errorf("decodeRefs kept %+v", got)
	}
}
