package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
)

// partRef names a part of a module in a language: a bookmark or a recently
// opened part.
type partRef struct {
	Module     int
	Part, Lang string
}

// encodeRefs writes refs as "4/theory/fr;2/case/en" for the preferences.
func encodeRefs(refs []partRef) string {
	var out []string
	for _, r := range refs {
		out = append(out, fmt.Sprintf("%d/%s/%s", r.Module, r.Part, r.Lang))
	}
	return strings.Join(out, ";")
}

// decodeRefs reads what encodeRefs wrote, skipping anything invalid.
func decodeRefs(s string) []partRef {
	var out []partRef
	for _, item := range strings.Split(s, ";") {
		var r partRef
		f := strings.Split(item, "/")
		if len(f) != 3 || !course.ValidPart(f[1]) || !course.ValidLanguage(f[2]) {
			continue
		}
		if _, err := fmt.Sscanf(f[0], "%d", &r.Module); err != nil {
			continue
		}
		r.Part, r.Lang = f[1], f[2]
		out = append(out, r)
	}
	return out
}

func containsRef(refs []partRef, r partRef) bool {
	for _, x := range refs {
		if x == r {
			return true
		}
	}
	return false
}

func removeRef(refs []partRef, r partRef) []partRef {
	var out []partRef
	for _, x := range refs {
		if x != r {
			out = append(out, x)
		}
	}
	return out
}

// toggleBookmark stars or unstars the part shown.
func (mw *MainWindow) toggleBookmark() {
	ref := partRef{mw.st.Module, mw.st.Part, mw.st.Lang}
	if containsRef(mw.bookmarks, ref) {
		mw.bookmarks = removeRef(mw.bookmarks, ref)
	} else {
		mw.bookmarks = append(mw.bookmarks, ref)
	}
	mw.save(prefBookmarks, encodeRefs(mw.bookmarks))
	mw.reader.setBookmarked(containsRef(mw.bookmarks, ref))
}

// Bookmarks and Recent are the starred and recently opened parts.
func (mw *MainWindow) Bookmarks() []partRef { return mw.bookmarks }
func (mw *MainWindow) Recent() []partRef    { return mw.recent }

// refLabel is "04 Title · Theory · FR".
func (mw *MainWindow) refLabel(r partRef) string {
	title := fmt.Sprintf("%02d", r.Module)
	if m := mw.lib.Module(r.Module); m != nil {
		title += " " + m.TitleIn(r.Lang)
	}
	return title + " · " + partLabel(mw.tr, r.Part) + " · " + strings.ToUpper(r.Lang)
}

// openRef shows a bookmarked or recent part.
func (mw *MainWindow) openRef(r partRef) {
	mw.closeSearch()
	mw.ShowView(viewModules)
	mw.SetLang(r.Lang)
	mw.SelectModule(r.Module)
	mw.SelectPart(r.Part)
}

// showMarksMenu lists bookmarks then recently opened parts under a button.
func (mw *MainWindow) showMarksMenu(from fyne.CanvasObject) {
	var items []*fyne.MenuItem
	add := func(title string, refs []partRef) {
		head := fyne.NewMenuItem(title, nil)
		head.Disabled = true
		items = append(items, head)
		if len(refs) == 0 {
			none := fyne.NewMenuItem("   "+mw.tr.T("marks_none"), nil)
			none.Disabled = true
			items = append(items, none)
		}
		for _, r := range refs {
			r := r
			items = append(items, fyne.NewMenuItem("   "+mw.refLabel(r), func() { mw.openRef(r) }))
		}
	}
	add(mw.tr.T("marks_bookmarks"), mw.bookmarks)
	items = append(items, fyne.NewMenuItemSeparator())
	add(mw.tr.T("marks_recent"), mw.recent)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(from).Add(fyne.NewPos(0, from.Size().Height))
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), mw.win.Canvas(), pos)
}
