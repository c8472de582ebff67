package ui

import (
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/course"
)

func TestBookmarksAndRecent(t *testing.T) {
	mw, _, prefs := newTestWindow(t, defaultState())
	mw.SelectModule(2)
	mw.SelectPart(course.Toolbox)
	mw.toggleBookmark()
	if len(mw.marks.Bookmarks()) != 1 || mw.marks.Bookmarks()[0] != (partRef{2, course.Toolbox, "en"}) {
		t.Fatalf("bookmarks %+v", mw.marks.Bookmarks())
	}
	if !strings.Contains(prefs.Setting(prefBookmarks), "2/toolbox/en") {
		t.Error("bookmark not saved")
	}
	if mw.marks.Recent()[0] != (partRef{2, course.Toolbox, "en"}) || len(mw.marks.Recent()) < 2 {
		t.Errorf("recent %+v", mw.marks.Recent())
	}
	mw.SelectModule(1)
	r := mw.marks.Bookmarks()[0]
	mw.open(r.Module, r.Part, r.Lang)
	if st := mw.State(); st.Module != 2 || st.Part != course.Toolbox {
		t.Errorf("opening a bookmark: %+v", st)
	}
	if got := decodeRefs("1/theory/fr;bad;2/nope/en;7/case/it"); len(got) != 2 {
		t.Errorf("decodeRefs kept %+v", got)
	}
}
