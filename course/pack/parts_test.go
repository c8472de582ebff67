package pack

import (
	"reflect"
	"testing"
	"time"

	"github.com/socialtech/trainerkit/course"
)

// A customised deck and quiz, and an own module's deck, travel in a pack
// like the written parts.
func TestPackCarriesDeckAndQuiz(t *testing.T) {
	c := sample()
	deck := "# Atelier\n\nNote:\nAccueillir.\n\n---\n\nStep: 1\n\n## Pourquoi\n\n- Parce que\n"
	quiz := "# Quiz\n\n## Vrai ?\n\nType: truefalse\nCompetence: 2.4\n\n- [x] Vrai\n- [ ] Faux\n\nExplanation: Oui.\n"
	c.Modules[0].Source["fr"][course.SlidesPart] = deck
	c.Modules[0].Source["fr"][course.QuizPart] = quiz
	orig := "# Deck\n\n## Slide\n"
	c.Overlays = append(c.Overlays,
		course.Overlay{Module: "01-digital-transition", Lang: "fr", Part: course.SlidesPart, Edited: true,
			Text: deck, BaseHash: course.Hash(orig), BaseText: orig, Notes: "Projeter en grand.",
			Updated: time.Date(2026, 10, 4, 12, 0, 0, 0, time.UTC)},
		course.Overlay{Module: "01-digital-transition", Lang: "es", Part: course.QuizPart, Edited: true, Text: quiz,
			Updated: time.Date(2026, 10, 4, 12, 0, 0, 0, time.UTC)})
	b := packBytes(t, c)
	got, err := readBytes(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Overlays, c.Overlays) {
		t.Errorf("overlays:\n%+v\nwant\n%+v", got.Overlays, c.Overlays)
	}
	m := got.Modules[0]
	if m.Text("fr", course.SlidesPart) != deck || m.Text("fr", course.QuizPart) != quiz {
		t.Errorf("own module's deck or quiz lost: %v", m.Source["fr"])
	}
	names := map[string]bool{}
	for _, e := range entriesOf(t, b) {
		names[e.name] = true
	}
	for _, w := range []string{"modules/own-abcdefghij/fr/slides.md", "modules/own-abcdefghij/fr/quiz.md",
		"customisations/01-digital-transition/fr/slides.md", "customisations/01-digital-transition/es/quiz.md"} {
		if !names[w] {
			t.Errorf("pack lacks %s", w)
		}
	}
}
