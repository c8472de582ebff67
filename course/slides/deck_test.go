package slides

import (
	"testing"
	"time"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/locales"
)

// deckModule is a module whose case has two sections and whose guide's plan
// gives the case 40 minutes.
func deckModule() *course.Module {
	guide := "# Guide\n\n## Objectives\n\nLearn.\n\n## Half-day plan\n\n| minutes | activity | part |\n|---|---|---|\n" +
		"| 10 | Welcome | — |\n| 40 | The case | Case |\n\n## Running the case\n\nGroups of four.\n"
	return &course.Module{Number: 2, Slug: "two", Title: map[string]string{"en": "Two"},
		Source: map[string]map[string]string{"en": {
			course.Case:  "# The case\n\n## Context\n\nA cooperative.\n\n## Questions\n\n1. Why?\n",
			course.Guide: guide,
		}}}
}

func TestPartDeck(t *testing.T) {
	d := PartDeck(deckModule(), course.Case, "en")
	if d.Len() != 3 || !d.Slides[0].TitleSlide || d.Slides[1].Title != "Context" {
		t.Fatalf("deck of %d slides: %+v", d.Len(), d.Slides)
	}
	for _, s := range d.Slides {
		if s.Budget != 40*time.Minute || len(s.Notes) == 0 {
			t.Errorf("slide %q: budget %v, %d note blocks", s.Title, s.Budget, len(s.Notes))
		}
	}
}

func TestAgendaDeck(t *testing.T) {
	lib := &course.Library{Modules: []*course.Module{deckModule()}}
	s, _ := session.New("x", "2026-12-07", 1, "en")
	s.Notes = "Bring the badges."
	s.Agenda[0] = []session.Block{
		{Kind: session.BlockCustom, Title: "Welcome", Minutes: 10},
		{Kind: session.BlockPart, Module: 2, Part: course.Case, Minutes: 40},
		{Kind: session.BlockBreak, Minutes: 15},
	}
	d := AgendaDeck(lib, s, locales.New("en"))
	if d.Len() != 5 || !d.Slides[0].TitleSlide || d.Slides[0].Budget != 10*time.Minute || d.Slides[1].Budget != 40*time.Minute {
		t.Fatalf("deck %d slides: %+v", d.Len(), d.Slides[0])
	}
	if d.Slides[1].Block != 1 || d.Slides[3].Block != 1 {
		t.Errorf("the case's slides are in blocks %d and %d, want 1", d.Slides[1].Block, d.Slides[3].Block)
	}
	notes := d.Slides[2].Notes
	if len(notes) == 0 || course.PlainText(notes[len(notes)-1].Inlines) != "Bring the badges." {
		t.Error("the session's notes do not follow the guide's")
	}
	last := d.Slides[d.Len()-1]
	if last.Title != "Break" || last.Block != 2 || !last.TitleSlide {
		t.Errorf("last slide %+v", last)
	}
}
