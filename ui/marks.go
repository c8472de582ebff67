package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/locales"
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

// Marks are the parts the trainer bookmarked and the ten opened last, kept
// in the preferences.
type Marks struct {
	prefs             Prefs
	recent, bookmarks []partRef
}

// loadMarks reads the bookmarks and recent parts from the preferences.
func loadMarks(p Prefs) *Marks {
	return &Marks{prefs: p, recent: decodeRefs(p.Setting(prefRecent)), bookmarks: decodeRefs(p.Setting(prefBookmarks))}
}

// Bookmarks and Recent are the starred and recently opened parts.
func (k *Marks) Bookmarks() []partRef { return k.bookmarks }
func (k *Marks) Recent() []partRef    { return k.recent }

// Bookmarked reports whether r is starred.
func (k *Marks) Bookmarked(r partRef) bool { return containsRef(k.bookmarks, r) }

// Visit puts r first among the recent parts. Failing to remember it is
// not worth a message: the part is shown all the same.
func (k *Marks) Visit(r partRef) {
	k.recent = append([]partRef{r}, removeRef(k.recent, r)...)
	if len(k.recent) > 10 {
		k.recent = k.recent[:10]
	}
	_ = k.prefs.SetSetting(prefRecent, encodeRefs(k.recent))
}

// Toggle stars or unstars r and says whether it is starred now.
func (k *Marks) Toggle(r partRef) (bool, error) {
	if k.Bookmarked(r) {
		k.bookmarks = removeRef(k.bookmarks, r)
	} else {
		k.bookmarks = append(k.bookmarks, r)
	}
	return k.Bookmarked(r), k.prefs.SetSetting(prefBookmarks, encodeRefs(k.bookmarks))
}

// refLabel is "04 Title · Theory · FR".
func refLabel(tr *locales.Localizer, lib *course.Library, r partRef) string {
	title := fmt.Sprintf("%02d", r.Module)
	if m := lib.Module(r.Module); m != nil {
		title += " " + m.TitleIn(r.Lang)
	}
	return title + " · " + partLabel(tr, r.Part) + " · " + strings.ToUpper(r.Lang)
}

// showMarksMenu lists bookmarks then recently opened parts under a button;
// open shows the one chosen.
func showMarksMenu(e env, lib *course.Library, k *Marks, from fyne.CanvasObject, open func(partRef)) {
	var items []*fyne.MenuItem
	add := func(title string, refs []partRef) {
		head := fyne.NewMenuItem(title, nil)
		head.Disabled = true
		items = append(items, head)
		if len(refs) == 0 {
			none := fyne.NewMenuItem("   "+e.tr.T("marks_none"), nil)
			none.Disabled = true
			items = append(items, none)
		}
		for _, r := range refs {
			items = append(items, fyne.NewMenuItem("   "+refLabel(e.tr, lib, r), func() { open(r) }))
		}
	}
	add(e.tr.T("marks_bookmarks"), k.bookmarks)
	items = append(items, fyne.NewMenuItemSeparator())
	add(e.tr.T("marks_recent"), k.recent)
	e.menuUnder(from, fyne.NewMenu("", items...))
}
