package ui

import (
	"testing"
	_ "unsafe" // go:linkname, below

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/assets"
	"github.com/socialtech/trainerkit/course"
)

// resetFyneTextCaches empties Fyne's cache of measured text, so that each
// run measures the text as a first visit does.
//
//go:linkname resetFyneTextCaches fyne.io/fyne/v2/internal/cache.ResetThemeCaches
func resetFyneTextCaches()

// coldParagraphs lays out every paragraph of module 10's French theory at
// 640 px with Fyne's text measures and the kit's word widths forgotten,
// through layout.
func coldParagraphs(b *testing.B, layout func(in []course.Inline) fyne.CanvasObject) {
	test.NewTempApp(b)
	lib, err := course.Load(assets.Course())
	if err != nil {
		b.Fatal(err)
	}
	var paras [][]course.Inline
	for _, bl := range course.ParseString(lib.Module(10).Text("fr", course.Theory)).Blocks {
		if bl.Kind == course.BlockParagraph {
			paras = append(paras, bl.Inlines)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		resetFyneTextCaches()
		paragraphWords.forget()
		for _, in := range paras {
			o := layout(in)
			o.Resize(fyne.NewSize(640, o.MinSize().Height))
			o.Resize(fyne.NewSize(640, o.MinSize().Height)) // placed at its height, as docList does
		}
	}
}

// BenchmarkParagraphsColdKit: the kit's wrapText (ui/wraptext.go).
func BenchmarkParagraphsColdKit(b *testing.B) {
	coldParagraphs(b, func(in []course.Inline) fyne.CanvasObject { return newParagraph(in, nil) })
}

// BenchmarkParagraphsColdFyne: the peer, Fyne's RichText wrapping the same
// paragraphs (what newParagraph made before).
func BenchmarkParagraphsColdFyne(b *testing.B) {
	coldParagraphs(b, func(in []course.Inline) fyne.CanvasObject {
		rt := widget.NewRichText(segments(in, nil)...)
		rt.Wrapping = fyne.TextWrapWord
		return rt
	})
}
