package ui

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/socialtech/trainerkit/course"
)

// FuzzDocView: any Markdown a trainer types (the editor renders it live)
// turns into screen widgets and lays out at a narrow and a wide width
// without panicking, with a finite size. Seeds: testdata/fuzz/FuzzDocView
// (the Markdown parser's seeds, plus cases found here).
func FuzzDocView(f *testing.F) {
	f.Add(docSample)
	f.Add("| a |\n|---|\n| b | c | d |\n\n- [x] **done** `code`\n  1. nested\n")
	// The kit's real theme: the test theme lacks the bold monospace face.
	test.NewTempApp(f).Settings().SetTheme(theme.DefaultTheme())
	f.Fuzz(func(t *testing.T, src string) {
		view := NewDocView(course.ParseString(src))
		for _, w := range []float32{120, 900} {
			min := view.MinSize()
			h := max(min.Height, 10)
			view.Resize(fyne.NewSize(max(w, min.Width), h))
			if math.IsNaN(float64(h)) || math.IsInf(float64(h), 0) {
				t.Fatalf("height %v at width %v for %q", h, w, src)
			}
		}
	})
}
