package ui

import (
	"strings"
	"testing"

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
