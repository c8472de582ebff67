package slides

import (
	"strings"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/locales"
)

// QuizDeck is a module's quiz on the projector, in lang: a title slide,
// then for each question two slides: the question and its lettered choices
// (the room raises its A/B/C/D cards), and, a key press later, the same
// question with the right answers marked, the explanation and the
// competence checked. The presenter's notes give the answer in advance.
// tr is the interface's localizer for the words around the quiz; the
// quiz's own words are in lang.
func QuizDeck(m *course.Module, lang string, tr *locales.Localizer) *Deck {
	qz := m.QuizIn(lang)
	d := &Deck{}
	title := qz.Title
	if title == "" {
		title = m.TitleIn(lang)
	}
	d.Slides = append(d.Slides, DeckSlide{Slide: Slide{Title: title, TitleSlide: true}})
	lb := QuizLabels(tr)
	// The answer slide keeps to the choices and the explanation: the
	// room reads it from afar, and it must fit the screen in one piece.
	short := course.QuizLabels{Explanation: lb.Explanation}
	n := len(qz.Questions)
	for i, q := range qz.Questions {
		data := map[string]any{"N": i + 1, "Total": n}
		// The titles differ, so that a refit (a resized window) stays on
		// the question or on its answer.
		ask := tr.Tf("eval_deck_question", data) + " · " + q.Text
		answer := tr.Tf("eval_deck_answer_title", data) + " · " + q.Text
		key := course.ParseString(QuizAnswerNote(tr, q)).Blocks
		d.Slides = append(d.Slides,
			DeckSlide{Slide: Slide{Title: ask, Blocks: course.ParseString(course.QuestionMarkdown(q, lb, false)).Blocks}, Block: i + 1, Notes: key},
			DeckSlide{Slide: Slide{Title: answer, Blocks: course.ParseString(course.QuestionMarkdown(q, short, true)).Blocks}, Block: i + 1, Notes: key})
	}
	return d
}

// QuizLabels are the quiz's words in the interface's language: the kind
// of answer, "Why", the competence with its DigComp name.
func QuizLabels(tr *locales.Localizer) course.QuizLabels {
	return course.QuizLabels{
		Kind: func(t string) string {
			switch t {
			case course.QuizMultiple:
				return tr.T("eval_quiz_multiple")
			case course.QuizTrueFalse:
				return tr.T("eval_quiz_truefalse")
			}
			return tr.T("eval_quiz_single")
		},
		Checks: func(code string) string {
			id := "digcomp_" + strings.ReplaceAll(code, ".", "_")
			name := tr.T(id)
			if name == id {
				name = course.DigCompNames[code]
			}
			return tr.Tf("eval_quiz_checks", map[string]any{"Code": code, "Name": name})
		},
		Explanation: tr.T("eval_deck_why"),
	}
}

// QuizAnswerNote is what the presenter reads beside a question: the right
// letters and the explanation.
func QuizAnswerNote(tr *locales.Localizer, q course.Question) string {
	s := "**" + tr.Tf("eval_deck_answer", map[string]any{"Letters": q.Answers()}) + "**"
	if q.Explanation != "" {
		s += "\n\n" + q.Explanation
	}
	return s
}
