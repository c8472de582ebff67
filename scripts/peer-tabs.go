//go:build ignore

// peer-tabs is the peer scripts/measure-reader.sh times the reader's
// returns against: a bare Fyne window of the same size (1920×1080) with
// two tabs, module 20's theory and toolbox in French as Fyne's own rich
// text from Markdown in a scroll, Ctrl+1 and Ctrl+2 to choose them. A
// return costs there what Fyne itself costs to show a tab already drawn
// on that machine.
//
//	go run -tags no_emoji,no_animations scripts/peer-tabs.go
package main

import (
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/assets"
	"github.com/socialtech/trainerkit/course"
)

func main() {
	lib, err := course.Load(assets.Course())
	if err != nil {
		log.Fatal(err)
	}
	m := lib.Module(20)
	a := app.NewWithID("org.socialtech.trainerkit.peer")
	w := a.NewWindow("Fyne peer")
	tab := func(part string) *container.TabItem {
		rt := widget.NewRichTextFromMarkdown(m.Text("fr", part))
		rt.Wrapping = fyne.TextWrapWord
		return container.NewTabItem(part, container.NewVScroll(rt))
	}
	tabs := container.NewAppTabs(tab(course.Theory), tab(course.Toolbox))
	for i, k := range []fyne.KeyName{fyne.Key1, fyne.Key2} {
		w.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierControl},
			func(fyne.Shortcut) { tabs.SelectIndex(i) })
	}
	w.SetContent(tabs)
	w.Resize(fyne.NewSize(1920, 1080))
	w.ShowAndRun()
}
