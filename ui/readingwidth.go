package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// readingChars is the length of a reader's line of body text: 80 to 100
// characters read best; on a wide screen, longer lines lose the eye on its
// way back to the next one.
const readingChars = 90

// readingSample is ordinary prose, to measure the average width of a
// character in the body font.
const readingSample = "Digital skills for the social economy: a practical course, with exercises for trainers."

// readingLayout centres its one object at most readingChars characters of
// body text wide (and the padding), at the current text size: zooming in
// widens the column with the text.
type readingLayout struct{}

// maxWidth is the widest the column may be.
func (readingLayout) maxWidth() float32 {
	size := theme.TextSize()
	w := fyne.MeasureText(readingSample, size, fyne.TextStyle{}).Width
	return w/float32(len([]rune(readingSample)))*readingChars + 4*theme.Padding()
}

func (l readingLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := min(size.Width, l.maxWidth())
	for _, o := range objs {
		o.Resize(fyne.NewSize(w, size.Height))
		o.Move(fyne.NewPos((size.Width-w)/2, 0))
	}
}

func (readingLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}
