package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/font"

	"github.com/socialtech/trainerkit/assets"
	"github.com/socialtech/trainerkit/course"
)

// TestWordWidthsMatchFyne: each word measured within its paragraph is as
// wide as Fyne measures it alone, in the four languages (accents, French
// no-break spaces, apostrophes) and in the three styles of body text.
func TestWordWidthsMatchFyne(t *testing.T) {
	test.NewTempApp(t)
	lib, err := course.Load(assets.Course())
	if err != nil {
		t.Fatal(err)
	}
	ww := &wordWidths{faces: map[fyne.Resource]*font.Face{}, known: map[wordKey]float32{}}
	words := 0
	for _, lang := range course.Languages {
		src := lib.Module(6).Text(lang, course.Case)
		for _, style := range []fyne.TextStyle{{}, {Bold: true}, {Italic: true}} {
			res := theme.DefaultTheme().Font(style)
			ww.measure(src, res, 14)
			for _, w := range splitWords(src) {
				got, ok := ww.lookup(w, res, 14)
				if !ok {
					continue
				}
				words++
				if want := fyne.MeasureText(w, 14, style).Width; got != want {
					t.Errorf("%s %q %+v: %v wide, Fyne measures %v", lang, w, style, got, want)
				}
			}
		}
	}
	if words < 1000 {
		t.Errorf("only %d words measured", words)
	}
}

// TestWordWidthsLeaveOtherFontsToFyne: a word with a letter the font has
// not is not measured (Fyne measures it in the font it finds for it).
func TestWordWidthsLeaveOtherFontsToFyne(t *testing.T) {
	test.NewTempApp(t)
	ww := &wordWidths{faces: map[fyne.Resource]*font.Face{}, known: map[wordKey]float32{}}
	res := theme.DefaultTheme().Font(fyne.TextStyle{})
	ww.measure("voir 日本 et\tla suite", res, 14)
	for word, want := range map[string]bool{"voir": true, "日本": false, "et\tla": false, "suite": true} {
		if _, ok := ww.lookup(word, res, 14); ok != want {
			t.Errorf("%q measured: %v, want %v", word, ok, want)
		}
	}
}
