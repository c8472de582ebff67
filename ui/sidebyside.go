package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/search"
)

// sideBySide shows a part in two languages, section by section: each row
// holds the same section in both, so one scroll moves them together and a
// long section in one language pushes both down. The four languages have the
// same headings (the validator checks it), so sections pair up.
func sideBySide(a, b string) fyne.CanvasObject {
	da, db := course.ParseString(a), course.ParseString(b)
	sa, sb := search.Sections(da), search.Sections(db)
	rows := container.New(&stackLayout{})
	for i := 0; i < max(len(sa), len(sb)); i++ {
		rows.Add(container.New(&tableLayout{cols: 2, weights: []float32{1, 1}},
			container.NewPadded(sectionView(da, sa, i)), container.NewPadded(sectionView(db, sb, i))))
	}
	return rows
}

// sectionView renders section i of a document (empty when it has none).
func sectionView(d *course.Document, secs []search.Section, i int) fyne.CanvasObject {
	if i >= len(secs) {
		return container.New(&stackLayout{})
	}
	s := secs[i]
	return NewDocView(&course.Document{Blocks: d.Blocks[s.Block:s.End]})
}
