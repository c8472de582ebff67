package ui

import (
	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/slides"
	"github.com/socialtech/trainerkit/locales"
)

// quizPartKey is the part key of a module's quiz (quiz.md) among its texts.
const quizPartKey = "quiz"

// readerSource is the Markdown the reader shows for a part: the part's
// text, but a quiz is shown as the trainer reads it (numbered questions,
// lettered choices with the right ones ticked, explanations, and the
// competence checked named in the interface's language) rather than in
// the format it is written in.
func readerSource(part, src string, tr *locales.Localizer) string {
	if part != quizPartKey {
		return src
	}
	qz := course.ParseQuiz(src)
	if len(qz.Questions) == 0 {
		return src
	}
	return course.QuizMarkdown(qz, slides.QuizLabels(tr), true)
}
