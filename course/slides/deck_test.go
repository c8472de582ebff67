package slides

import (
	"strings"
	"testing"
	"time"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/locales"
)

// deckModule is a module whose case has two sections and whose guide's plan
// has four rows: welcome, theory, case, theory again.
func deckModule() *course.Module {
	guide := "# Guide\n\n## Objectives\n\nLearn.\n\n## Half-day plan\n\n| minutes | activity | part |\n|---|---|---|\n" +
		"| 10 | Welcome | — |\n| 30 | First talk | Theory |\n| 40 | The case | Case |\n| 20 | Second talk | Theory |\n\n## Running the case\n\nGroups of four.\n"
	return &course.Module{Number: 2, Slug: "two", Title: map[string]string{"en": "Two"},
		Source: map[string]map[string]string{"en": {
			course.Case:   "# The case\n\n## Context\n\nA cooperative.\n\n## Questions\n\n1. Why?\n",
			course.Theory: "# Theory\n\n## One\n\nText.\n",
			course.Guide:  guide,
		}}}
}

const deckSrc = "# Two\n\nNote:\nHello.\n\n---\n\nStep: 2\n\n## First talk\n\n- a point\n\nNote:\nSay it.\n\n---\n\n## More of it\n\nText.\n\n---\n\n" +
	"Step: 3\n\n## The case\n\nRead it.\n\nNote:\nGroups.\n\n---\n\nStep: 4\n\n## Second talk\n\nEnd.\n"

func withDeck() *course.Module {
	m := deckModule()
	m.Source["en"][DeckPart] = deckSrc
	return m
}

func titles(d *Deck) string {
	var out []string
	for _, s := range d.Slides {
		out = append(out, s.Title)
	}
	return strings.Join(out, "|")
}

func TestPartDeckFallsBackOnHeadings(t *testing.T) {
	d := ModuleDeck(deckModule(), course.Case, "en")
	if d.Len() != 3 || !d.Slides[0].TitleSlide || d.Slides[1].Title != "Context" {
		t.Fatalf("deck of %d slides: %+v", d.Len(), d.Slides)
	}
	for _, s := range d.Slides {
		if s.Budget != 40*time.Minute || len(s.Notes) == 0 {
			t.Errorf("slide %q: budget %v, %d note blocks", s.Title, s.Budget, len(s.Notes))
		}
	}
}

func TestModuleDeck(t *testing.T) {
	m := withDeck()
	if got := titles(ModuleDeck(m, "", "en")); got != "Two|First talk|More of it|The case|Second talk" {
		t.Errorf("whole deck %q", got)
	}
	d := ModuleDeck(m, course.Theory, "en")
	if got := titles(d); got != "First talk|More of it|Second talk" {
		t.Errorf("theory's slides %q", got)
	}
	if d.Slides[0].Budget != 30*time.Minute || d.Slides[2].Budget != 20*time.Minute || d.Slides[0].Block == d.Slides[2].Block {
		t.Errorf("each plan row is a timed block: %+v", d.Slides)
	}
	first := d.Slides[0]
	if first.Words != 4 || first.NoteWords != 2 || course.PlainText(first.Notes[0].Inlines) != "Say it." {
		t.Errorf("first slide counts %d/%d, notes %+v", first.Words, first.NoteWords, first.Notes)
	}
	if got := titles(ModuleDeck(m, DeckPart, "en")); !strings.HasPrefix(got, "Two|") {
		t.Errorf("the slides part presents the whole deck: %q", got)
	}
}

func TestAgendaDeck(t *testing.T) {
	lib := &course.Library{Modules: []*course.Module{withDeck()}}
	s, _ := session.New("x", "2026-12-07", 1, "en")
	s.Notes = "Bring the badges."
	s.Agenda[0] = []session.Block{
		{Kind: session.BlockCustom, Module: 2, Title: "Welcome", Minutes: 10, Step: 1},
		{Kind: session.BlockPart, Module: 2, Part: course.Theory, Minutes: 30, Step: 2},
		{Kind: session.BlockBreak, Minutes: 15},
		// Stored before blocks carried their row: the second theory block
		// is the plan's second theory row.
		{Kind: session.BlockPart, Module: 2, Part: course.Theory, Minutes: 20},
		{Kind: session.BlockCustom, Title: "Our own", Description: "Pairs.", Minutes: 5},
	}
	d := AgendaDeck(lib, s, locales.New("en"))
	want := "Two|Welcome|First talk|More of it|Break — back at 09:55|Second talk|Our own"
	if got := titles(d); got != want {
		t.Fatalf("agenda deck %q, want %q", got, want)
	}
	blocks := []int{0, 0, 1, 1, 2, 3, 4}
	for i, s := range d.Slides {
		if s.Block != blocks[i] {
			t.Errorf("slide %d %q in block %d, want %d", i, s.Title, s.Block, blocks[i])
		}
	}
	if d.Slides[1].Kind != KindBlock || !d.Slides[1].TitleSlide || d.Slides[4].Kind != KindBreak || d.Slides[6].Blocks == nil {
		t.Errorf("welcome, break and own block slides: %+v %+v %+v", d.Slides[1], d.Slides[4], d.Slides[6])
	}
	if d.Slides[2].Budget != 30*time.Minute || d.Starts[3].Start.String() != "09:55" {
		t.Errorf("budget %v, fourth block at %s", d.Slides[2].Budget, d.Starts[3].Start)
	}
	notes := d.Slides[2].Notes
	if len(notes) == 0 || course.PlainText(notes[len(notes)-1].Inlines) != "Bring the badges." {
		t.Error("the session's notes do not follow the slide's")
	}
}

// A module without a deck shows its part cut at its headings at the
// part's first block, and a title slide at the next ones.
func TestAgendaDeckWithoutDeck(t *testing.T) {
	lib := &course.Library{Modules: []*course.Module{deckModule()}}
	s, _ := session.New("x", "2026-12-07", 1, "en")
	s.Agenda[0] = []session.Block{
		{Kind: session.BlockPart, Module: 2, Part: course.Theory, Minutes: 30, Step: 2},
		{Kind: session.BlockPart, Module: 2, Part: course.Theory, Title: "Second talk", Minutes: 20, Step: 4},
	}
	if got := titles(AgendaDeck(lib, s, locales.New("en"))); got != "Theory|One|Second talk" {
		t.Errorf("agenda deck %q", got)
	}
}
