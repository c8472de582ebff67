package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/locales"
)

// benchEditor opens the editor, in a 1920×1080 window, on the longest
// written part of the bundled course.
func benchEditor(b *testing.B) *Editor {
	a := test.NewApp()
	b.Cleanup(a.Quit)
	w := a.NewWindow("")
	lib := realLib(b)
	var m *course.Module
	var lang, part string
	for _, mod := range lib.Modules {
		for _, l := range course.Languages {
			for _, p := range course.Parts {
				if m == nil || len(mod.Text(l, p)) > len(m.Text(lang, part)) {
					m, lang, part = mod, l, p
				}
			}
		}
	}
	e := env{app: a, win: w, tr: locales.New("en")}
	w.SetContent(widget.NewLabel(""))
	w.Resize(fyne.NewSize(1920, 1080))
	ed := newEditor(e, m, lang, part, func(_, _, _, _ string) error { return nil })
	ed.open()
	b.Logf("%s %s %s: %d bytes", m.Key(), lang, part, len(m.Text(lang, part)))
	return ed
}

// One key typed in the Markdown of the longest part: the entry takes the
// key and lays its text out again (the preview waits for a pause).
func BenchmarkEditorKeystroke(b *testing.B) {
	ed := benchEditor(b)
	ed.entry.CursorRow = 3
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		test.Type(ed.entry, "a")
	}
	b.StopTimer()
	ed.close()
}

// The preview drawn again once typing pauses, at the preview's width.
func BenchmarkEditorPreview(b *testing.B) {
	ed := benchEditor(b)
	text := ed.entry.Text
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ed.entry.Text = text + string(rune('a'+i%26)) // the entry is not laid out again
		ed.flush()
	}
	b.StopTimer()
	ed.close()
}
