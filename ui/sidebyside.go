package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/search"
)

// sideBySideItems show a part in two languages, section by section: each row
// holds the same section in both, so one scroll moves them together and a
// long section in one language pushes both down. The four languages have the
// same headings (the validator checks it), so sections pair up. A search's
// hits are marked in both: the query was in a's language, and marks in b
// only the words it would match there.
func sideBySideItems(h hits, a, b string) []docItem {
	da, db := h.doc(a), h.doc(b)
	sa, sb := search.Sections(da), search.Sections(db)
	items := make([]docItem, max(len(sa), len(sb)))
	for i := range items {
		// Each language has half the width: twice the lines.
		chars := 2 * max(sectionChars(da, sa, i), sectionChars(db, sb, i))
		items[i] = docItem{chars: chars, build: func() fyne.CanvasObject {
			return container.New(&tableLayout{cols: 2, weights: []float32{1, 1}},
				container.NewPadded(sectionView(da, sa, i)), container.NewPadded(sectionView(db, sb, i)))
		}}
	}
	return items
}

// sectionView renders section i of a document (empty when it has none).
func sectionView(d *course.Document, secs []search.Section, i int) fyne.CanvasObject {
	if i >= len(secs) {
		return container.New(&stackLayout{})
	}
	s := secs[i]
	return NewDocView(&course.Document{Blocks: d.Blocks[s.Block:s.End]})
}

// sectionChars is the length of section i's text (0 when it has none).
func sectionChars(d *course.Document, secs []search.Section, i int) int {
	if i >= len(secs) {
		return 0
	}
	n := 0
	for j := secs[i].Block; j < secs[i].End; j++ {
		n += blockChars(&d.Blocks[j])
	}
	return n
}

// sectionOf is the row of sideBySideItems holding block b of d.
func sectionOf(d *course.Document, b int) int {
	for i, s := range search.Sections(d) {
		if b >= s.Block && b < s.End {
			return i
		}
	}
	return -1
}
