package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/locales"
)

const testQuiz = `# Quiz: digital basics

## Where should an inventory start?

Type: single
Competence: 5.2

- [ ] With prices
- [x] With the **uses** of the team
- [ ] With an agency

Explanation: Uses first, tools after.

## Which are shared tools?

Type: multiple
Competence: 2.4

- [x] A shared calendar
- [x] A shared drive
- [ ] A personal phone
- [ ] A paper notebook

Explanation: Both are used by the whole team.
`

func TestQuizTabMarksTheRightAnswers(t *testing.T) {
	test.NewTempApp(t)
	m := withDeck(testLib(t))
	r := newReader(locales.New("en"), readerActions{}, true)
	test.NewTempWindow(t, r.Content())
	r.Show(m, course.QuizPart, "en")
	text := allText(stacked(r.lists[course.QuizPart].items))
	for _, want := range []string{
		"Quiz: digital basics",
		"Question 1 of 2  ·  One right answer  ·  DigComp 5.2",
		"B.  With the uses of the team  (right\u00a0answer)",
		"A.  With prices\n",
		"Question 2 of 2  ·  Several right answers  ·  DigComp 2.4",
		"A.  A shared calendar  (right\u00a0answer)", "B.  A shared drive  (right\u00a0answer)",
		"Explanation", "Uses first, tools after.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the Quiz tab lacks %q in\n%s", want, text)
		}
	}
	if strings.Contains(text, "[x]") || strings.Contains(text, "Type:") {
		t.Error("the quiz's Markdown keys are shown as text")
	}
}

// The Quiz tab as drawn.
func TestQuizRendersToMarkup(t *testing.T) {
	test.NewTempApp(t)
	m := withDeck(testLib(t))
	r := newReader(locales.New("fr"), readerActions{}, true)
	w := test.NewTempWindow(t, r.Content())
	w.Resize(fyne.NewSize(900, 640))
	r.Show(m, course.QuizPart, "en")
	test.AssertRendersToMarkup(t, "reader/quiz_en.xml", w.Canvas())
}

// A search hit's block leads to the question that holds it.
func TestQuizCardOfBlock(t *testing.T) {
	for i, b := range course.ParseString(testQuiz).Blocks {
		if b.Kind == course.BlockHeading && course.PlainText(b.Inlines) == "Which are shared tools?" {
			if got := quizCardOf(testQuiz, i+1); got != 2 {
				t.Errorf("question 2's choices are in card %d, want 2", got)
			}
		}
	}
}

// A search hit in the quiz highlights the query's words in the question,
// its choices and its explanation.
func TestSearchHitHighlightedInTheQuiz(t *testing.T) {
	mw := deckWindow(t, 1000, 700)
	openHit(t, mw, "inventory uses", course.QuizPart)
	got := folded(markedWords(mw))
	// "inventory" in the question, "uses" in a right choice (already
	// bold) and in the explanation; not the "used" of the second
	// question (the search matches a query word or a word it begins).
	want := map[string]int{"inventory": 1, "uses": 2}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("highlighted %v, want %v", got, want)
	}
	// Fyne draws no underline: a hit differs from the words around it by
	// its colour and weight or slant, in the question (already bold and in
	// the accent colour) as in the right choice (already bold).
	for _, rt := range deepCollect[*widget.RichText](container.NewWithoutLayout(mw.reader.lists[course.QuizPart].Objects()...)) {
		for _, a := range rt.Segments {
			ma, ok := a.(*widget.TextSegment)
			if !ok || !ma.Style.TextStyle.Underline {
				continue
			}
			for _, b := range rt.Segments {
				if o, ok := b.(*widget.TextSegment); ok && !o.Style.TextStyle.Underline &&
					o.Style.ColorName == ma.Style.ColorName && o.Style.TextStyle.Bold == ma.Style.TextStyle.Bold && o.Style.TextStyle.Italic == ma.Style.TextStyle.Italic {
					t.Errorf("the hit %q looks like %q beside it", ma.Text, o.Text)
				}
			}
		}
	}
}
