package pdf

import (
	"bytes"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/course"
)

// The printed deck has every slide, in order, with its number, its plan
// row and its speaker notes, and says it is the trainer's document.
func TestModuleDeck(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	lib := library(t)
	m := lib.Module(2)
	slides := m.DeckIn("en")
	p := render(t, "module-deck.pdf", func(w *bytes.Buffer) error {
		return ModuleHandout(w, lib, m.Number, "en", []string{course.SlidesPart}, Options{})
	})
	text := flat(pdfText(t, p))
	for _, w := range []string{"Trainer's deck", "Slides and speaker notes", "Slide 1 of", "Speaker notes", "Plan row 2:"} {
		if !strings.Contains(text, w) {
			t.Errorf("printed deck lacks %q", w)
		}
	}
	at := 0
	for i, s := range slides {
		n := strings.Index(text[at:], flat(s.Title))
		if n < 0 {
			t.Fatalf("slide %d %q missing or out of order", i+1, s.Title)
		}
		at += n
	}
	last := slides[len(slides)-1]
	if last.Notes != "" {
		words := strings.Fields(course.PlainText(course.ParseString(last.Notes).Blocks[0].Inlines))
		if !strings.Contains(text[at:], strings.Join(words[:min(4, len(words))], " ")) {
			t.Errorf("the last slide's notes are not printed after it")
		}
	}
	if strings.Contains(text, "Step:") || strings.Contains(text, "Note:") {
		t.Error("the deck's markers are printed")
	}
	checkInside(t, p)
	// With other parts, the deck is one part of a handout.
	p = render(t, "module-theory-deck.pdf", func(w *bytes.Buffer) error {
		return ModuleHandout(w, lib, m.Number, "fr", []string{course.Theory, course.SlidesPart}, Options{})
	})
	if text := flat(pdfText(t, p)); !strings.Contains(text, "Diapositive 1 sur") || strings.Contains(text, "Diaporama avec notes") {
		t.Error("theory and deck: the deck or the handout's kind is wrong")
	}
}

// The trainer's notes on the deck reach the trainer's guide, after the
// written parts', under the deck's name in the content language.
func TestNotesOnTheDeckAreNoted(t *testing.T) {
	m := &course.Module{Number: 1, Slug: "x", Source: map[string]map[string]string{"fr": {course.Theory: "# T\n", course.SlidesPart: "# D\n"}}}
	for _, p := range []string{course.SlidesPart, course.Theory} {
		o := m.EditOverlay("fr", p)
		o.Notes = "Penser au vidéoprojecteur."
		m = m.WithOverlay(o)
	}
	if got := notedParts(m, "fr"); len(got) != 2 || got[0] != course.Theory || got[1] != course.SlidesPart {
		t.Errorf("noted parts %v", got)
	}
	if partName("fr", course.SlidesPart) != "Diaporama" || partName("es", course.QuizPart) != "Cuestionario" {
		t.Errorf("names %q, %q", partName("fr", course.SlidesPart), partName("es", course.QuizPart))
	}
}
