package pdf

import (
	"strings"

	"github.com/johnfercher/maroto/v2/pkg/consts/border"
	"github.com/johnfercher/maroto/v2/pkg/props"

	"github.com/socialtech/trainerkit/course"
)

// notedParts are the parts of m that carry trainer's notes in lang, in the
// order of the parts (the deck and the quiz included).
func notedParts(m *course.Module, lang string) []string {
	var out []string
	for _, p := range course.AllParts {
		if strings.TrimSpace(m.Notes(lang, p)) != "" {
			out = append(out, p)
		}
	}
	return out
}

// partNotes prints the trainer's notes on each part of m under a "Trainer's
// notes" heading, each part's in a warm box headed by the part's name. Only
// the trainer's guide calls it: notes never reach participants.
func (r *renderer) partNotes(m *course.Module) {
	parts := notedParts(m, r.lang)
	if len(parts) == 0 {
		return
	}
	r.heading(&course.Block{Kind: course.BlockHeading, Level: 2, Inlines: []course.Inline{{Text: r.l.T("pdf_trainer_notes")}}}, ctx{})
	box := &props.Cell{BackgroundColor: &colorNotes, BorderType: border.Left, BorderColor: &colorNotesEdge, BorderThickness: 0.9}
	for _, p := range parts {
		label := course.Block{Kind: course.BlockParagraph, Inlines: []course.Inline{{Text: partName(r.lang, p), Style: course.Bold}}}
		blocks := append([]course.Block{label}, course.ParseString(m.Notes(r.lang, p)).Blocks...)
		r.callout(blocks, ctx{}, box)
		r.spaceIn(paraGap, ctx{})
	}
}
