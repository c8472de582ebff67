package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/locales"
)

// deckView is the reader's Slides tab: the module's deck read by the
// trainer, each slide framed as the room sees it, under its number and the
// row of the guide's plan it belongs to, with its speaker notes below.
// Its objects are the slides' cards, in order (see deckCard).
func deckView(tr *locales.Localizer, deck, guide, lang string) *fyne.Container {
	return stacked(deckItems(tr, deck, guide, lang, hits{}))
}

// deckItems are the deck's slide cards as the reader's docList builds them,
// a search's hits marked in the slides and their notes (the captions come
// from the guide: they are not what the search matched in the deck).
func deckItems(tr *locales.Localizer, deck, guide, lang string, h hits) []docItem {
	slides := course.ParseDeck(deck)
	plan, _ := course.ParsePlan(course.ParseString(guide), lang)
	items := make([]docItem, len(slides))
	for i, s := range slides {
		items[i] = docItem{chars: len(s.Source()) + len(s.Notes) + 400, build: func() fyne.CanvasObject {
			return slideCard(tr, i, len(slides), s, plan, h)
		}}
	}
	return items
}

// slideCard is one slide in the reader: caption, framed slide, notes.
func slideCard(tr *locales.Localizer, i, n int, s course.DeckSlide, plan course.Plan, h hits) fyne.CanvasObject {
	caption := tr.Tf("present_slide_number", map[string]any{"Number": i + 1, "Count": n})
	if s.Step > 0 && s.Step <= len(plan.Steps) {
		st := plan.Steps[s.Step-1]
		caption += "  ·  " + tr.Tf("present_slide_step", map[string]any{"Step": s.Step, "Activity": st.Activity, "Minutes": st.Minutes})
	}
	head := widget.NewLabelWithStyle(caption, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Wrapping = fyne.TextWrapWord
	var notes fyne.CanvasObject
	if strings.TrimSpace(s.Notes) != "" {
		notes = notesDocBox(tr.T("present_slide_notes"), h.doc(s.Notes))
	} else {
		l := widget.NewLabelWithStyle(tr.T("present_slide_no_notes"), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		notes = l
	}
	return container.New(&stackLayout{}, head, slideFrame(NewDocView(h.doc(s.Source()))), notes, widget.NewSeparator())
}

// slideFrame draws a slide's content in a bordered box, the screen's shape
// the reader can give it: a slide reads apart from its notes.
func slideFrame(content fyne.CanvasObject) fyne.CanvasObject {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	bg.StrokeColor = theme.Color(theme.ColorNameInputBorder)
	bg.StrokeWidth = 2
	bg.CornerRadius = theme.InputRadiusSize()
	return container.NewStack(bg, container.New(&framePad{}, content))
}

// framePad pads a slide's content more than theme padding: the slide's
// margin, so its heading does not touch the frame.
type framePad struct{}

const slideMargin = 20

func (framePad) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(slideMargin, slideMargin))
		o.Resize(fyne.NewSize(size.Width-2*slideMargin, size.Height-2*slideMargin))
	}
}

func (framePad) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s.AddWidthHeight(2*slideMargin, 2*slideMargin)
}

// deckCardOf is the slide card holding block b of the deck's Markdown as
// course.ParseString reads it (a search hit): slides are cut at rules.
func deckCardOf(deck string, b int) int {
	card := 0
	for i, bl := range course.ParseString(deck).Blocks {
		if i >= b {
			break
		}
		if bl.Kind == course.BlockRule {
			card++
		}
	}
	return card
}
