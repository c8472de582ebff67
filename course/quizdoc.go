package course

import (
	"fmt"
	"strings"
)

// QuizLabels are the words a quiz reads with, in the reader's language:
// what kind of answer a question wants, the competence it checks, the
// title of the explanation.
type QuizLabels struct {
	Kind        func(questionType string) string // "One answer", "Several answers"
	Checks      func(code string) string         // "Competence assessed: DigComp 5.4 Identifying…"
	Explanation string                           // "Why"
}

// QuizMarkdown writes a quiz as Markdown for the reader and the projector:
// its title, then each question as a numbered heading with the kind of
// answer it wants and its lettered choices; with answers, the right
// choices ticked and in bold, the explanation and the competence checked.
// One document model, so the screen and the projector draw it as they
// draw every part.
func QuizMarkdown(qz Quiz, lb QuizLabels, answers bool) string {
	var b strings.Builder
	if qz.Title != "" {
		fmt.Fprintf(&b, "# %s\n\n", qz.Title)
	}
	for i, q := range qz.Questions {
		fmt.Fprintf(&b, "## %d. %s\n\n", i+1, q.Text)
		b.WriteString(QuestionMarkdown(q, lb, answers))
	}
	return b.String()
}

// QuestionMarkdown is one question's body (no heading): the kind of answer
// in italics, the choices, and with answers the right ones marked, the
// explanation and the competence.
func QuestionMarkdown(q Question, lb QuizLabels, answers bool) string {
	var b strings.Builder
	if lb.Kind != nil {
		fmt.Fprintf(&b, "*%s*\n\n", lb.Kind(q.Type))
	}
	for j, c := range q.Choices {
		switch {
		case answers && q.IsRight(j):
			fmt.Fprintf(&b, "- ✔ **%s — %s**\n", Letter(j), c)
		case answers:
			fmt.Fprintf(&b, "- %s — %s\n", Letter(j), c)
		default:
			fmt.Fprintf(&b, "- **%s** — %s\n", Letter(j), c)
		}
	}
	b.WriteString("\n")
	if !answers {
		return b.String()
	}
	if q.Explanation != "" {
		if lb.Explanation != "" {
			fmt.Fprintf(&b, "> **%s** %s\n", lb.Explanation, q.Explanation)
		} else {
			fmt.Fprintf(&b, "> %s\n", q.Explanation)
		}
		b.WriteString("\n")
	}
	if lb.Checks != nil && q.Competence != "" {
		fmt.Fprintf(&b, "*%s*\n\n", lb.Checks(q.Competence))
	}
	return b.String()
}
