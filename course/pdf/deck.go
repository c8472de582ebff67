package pdf

import (
	"strings"

	"github.com/johnfercher/maroto/v2/pkg/consts/border"
	"github.com/johnfercher/maroto/v2/pkg/props"

	"github.com/socialtech/trainerkit/course"
)

// slideRoom is the height a slide needs below it on the page to start
// there: its caption, a framed slide of about 50 words and the start of
// its notes. A slide that would start lower begins the next page, so that
// the slide and its notes are read together.
const slideRoom = 95.0

// The frame of a slide as the room sees it: a box drawn in three parts,
// since each row of the box is a cell of its own (top edge, sides, bottom
// edge), so that no line runs between the rows of text.
var (
	slideSides  = &props.Cell{BackgroundColor: &colorShade, BorderType: border.Left | border.Right, BorderColor: &colorRule, BorderThickness: 0.4}
	slideTop    = &props.Cell{BackgroundColor: &colorShade, BorderType: border.Left | border.Right | border.Top, BorderColor: &colorRule, BorderThickness: 0.4}
	slideBottom = &props.Cell{BackgroundColor: &colorShade, BorderType: border.Left | border.Right | border.Bottom, BorderColor: &colorRule, BorderThickness: 0.4}
	notesBox    = &props.Cell{BackgroundColor: &colorNotes, BorderType: border.Left, BorderColor: &colorNotesEdge, BorderThickness: 0.9}
)

// deck prints a module's deck for the trainer: each slide under a caption
// (its number and the row of the guide's plan it belongs to), framed as
// the room sees it, then its speaker notes in the warm box the trainer's
// notes use elsewhere. ModuleHandout calls it for course.SlidesPart.
func (r *renderer) deck(m *course.Module) {
	slides := m.DeckIn(r.lang)
	plan, _ := course.ParsePlan(course.ParseString(m.Text(r.lang, course.Guide)), r.lang)
	r.heading(&course.Block{Kind: course.BlockHeading, Level: 1, Inlines: []course.Inline{{Text: r.l.T("pdf_deck_title")}}}, ctx{})
	for i, s := range slides {
		r.ensure(slideRoom)
		r.para(plain(slideCaption(r, i, len(slides), s, plan), bold, &colorMuted), fontKicker, 0, left)
		r.gap(1.5)
		r.slideFrame(course.ParseString(s.Source()).Blocks)
		r.gap(2)
		if strings.TrimSpace(s.Notes) == "" {
			r.para(plain(r.l.T("present_slide_no_notes"), italic, &colorMuted), fontSmall, 0, left)
		} else {
			label := course.Block{Kind: course.BlockParagraph, Inlines: []course.Inline{{Text: r.l.T("present_slide_notes"), Style: course.Bold}}}
			r.callout(append([]course.Block{label}, course.ParseString(s.Notes).Blocks...), ctx{}, notesBox)
		}
		r.gap(7)
	}
}

// slideCaption is "Slide 3 of 18 · Plan row 2: Theory talk (30 min)".
func slideCaption(r *renderer, i, n int, s course.DeckSlide, plan course.Plan) string {
	c := r.l.Tf("present_slide_number", map[string]any{"Number": i + 1, "Count": n})
	if s.Step > 0 && s.Step <= len(plan.Steps) {
		st := plan.Steps[s.Step-1]
		c += " · " + r.l.Tf("present_slide_step", map[string]any{"Step": s.Step, "Activity": st.Activity, "Minutes": st.Minutes})
	}
	return c
}

// slideFrame draws a slide's blocks in its frame.
func (r *renderer) slideFrame(blocks []course.Block) {
	const pad = 4.0
	inner := ctx{box: slideSides, indent: r.nest(0, 5)}
	edge := inner
	edge.box = slideTop
	r.add(pad, r.emptyRow(pad, edge))
	r.blocks(blocks, inner)
	edge.box = slideBottom
	r.add(pad, r.emptyRow(pad, edge))
}
