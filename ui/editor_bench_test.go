package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
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

// One key typed in the Markdown of the longest part, in its longest block
// (the worst case: module 20's French toolbox, a 3.9 kB table), the entry
// already holding the keys as in the window: the block's entry takes the
// key and lays its text out again, the editor measures the block's height
// (the preview waits for a pause).
func BenchmarkEditorKeystroke(b *testing.B) {
	ed := benchEditor(b)
	longest := caretInLongestBlock(ed)
	e := ed.Entry()
	b.Logf("block %d of %d: %d bytes", longest, len(ed.blocks.blocks), len(e.Text))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.TypedRune('a')
	}
	b.StopTimer()
	ed.close()
}

// caretInLongestBlock gives the keys to the longest block of the editor's
// text, the caret at its 40th character, and is its index.
func caretInLongestBlock(ed *Editor) int {
	be := ed.blocks
	longest := 0
	for i, blk := range be.blocks {
		if len(blk.text) > len(be.blocks[longest].text) {
			longest = i
		}
	}
	be.moveTo(longest, 40)
	return longest
}

// The same key in the whole part held in one entry, as the editor did
// before (the peer of BenchmarkEditorKeystroke).
func BenchmarkEditorKeystrokeOneEntry(b *testing.B) {
	ed := benchEditor(b)
	one := widget.NewMultiLineEntry()
	one.Wrapping = fyne.TextWrapWord
	one.TextStyle = fyne.TextStyle{Monospace: true}
	one.SetText(ed.Text())
	ed.win.SetContent(container.NewHSplit(one, widget.NewLabel("")))
	ed.win.Canvas().Focus(one)
	one.CursorRow = 3
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		one.TypedRune('a')
	}
}

// The preview drawn again once typing pauses, at the preview's width.
func BenchmarkEditorPreview(b *testing.B) {
	ed := benchEditor(b)
	last := ed.blocks.blocks[len(ed.blocks.blocks)-1]
	text := last.text
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		last.text = text + string(rune('a'+i%26)) // the entry is not laid out again
		ed.flush()
	}
	b.StopTimer()
	ed.close()
}

// What the window asks of the editor at each frame, a key's included:
// Fyne asks every object in view for its size (EnsureMinSize) before it
// paints them. Module 20's toolbox, the caret in its longest block, the
// preview at its top (its table's first rows in view).
func BenchmarkEditorFrameSizes(b *testing.B) {
	ed := benchEditor(b)
	caretInLongestBlock(ed)
	root := ed.win.Canvas().Content()
	b.Logf("%d objects in view", askSizes(root))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		askSizes(root)
	}
	b.StopTimer()
	ed.close()
}

// askSizes asks o and every object in view under it for its size, as Fyne
// does at each frame, and counts them.
func askSizes(o fyne.CanvasObject) int {
	if !o.Visible() {
		return 0
	}
	o.MinSize()
	n := 1
	switch t := o.(type) {
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(t).Objects() {
			n += askSizes(c)
		}
	case *fyne.Container:
		for _, c := range t.Objects {
			n += askSizes(c)
		}
	}
	return n
}
