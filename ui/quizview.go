package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"strings"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/locales"
)

// quizItems are the reader's Quiz tab: the module's quiz as the trainer's
// key, each question with its type and competence, its choices lettered,
// the right ones marked, and the explanation. Its items (one docList item each) are the title
// (when the quiz has one), then one card per question. A search's hits
// are marked in the title, questions, choices and explanations.
func quizItems(tr *locales.Localizer, src string, h hits) []docItem {
	qz := course.ParseQuiz(src)
	var items []docItem
	if qz.Title != "" {
		items = append(items, docItem{chars: len(qz.Title), build: func() fyne.CanvasObject {
			return newHeading(&course.Block{Kind: course.BlockHeading, Level: 1, Inlines: h.inlines(qz.Title)})
		}})
	}
	for i, q := range qz.Questions {
		chars := len(q.Text) + len(q.Explanation) + 200
		for _, c := range q.Choices {
			chars += len(c) + 80
		}
		items = append(items, docItem{chars: chars, build: func() fyne.CanvasObject {
			return questionCard(tr, i, len(qz.Questions), q, h)
		}})
	}
	return items
}

// questionCard is one question: caption, question, choices, explanation.
func questionCard(tr *locales.Localizer, i, n int, q course.Question, h hits) fyne.CanvasObject {
	caption := tr.Tf("present_quiz_question", map[string]any{"Number": i + 1, "Count": n})
	if t := quizTypeLabel(tr, q.Type); t != "" {
		caption += "  ·  " + t
	}
	if q.Competence != "" {
		caption += "  ·  DigComp " + q.Competence + " " + digCompName(tr, q.Competence)
	}
	head := widget.NewLabelWithStyle(caption, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Wrapping = fyne.TextWrapWord
	st := headingStyle(3)
	objs := []fyne.CanvasObject{head, newParagraph(h.inlines(q.Text), &st)}
	for c, choice := range q.Choices {
		objs = append(objs, choiceRow(tr, c, choice, q.IsRight(c), h))
	}
	if q.Explanation != "" {
		objs = append(objs, notesDocBox(tr.T("present_quiz_explanation"), h.doc(q.Explanation)))
	}
	return container.New(&stackLayout{}, append(objs, widget.NewSeparator())...)
}

// choiceRow is "A. choice", a right answer marked by a tick, bold text and
// the words "right answer" (the mark does not rest on colour alone).
func choiceRow(tr *locales.Localizer, i int, choice string, right bool, h hits) fyne.CanvasObject {
	in := []course.Inline{{Text: course.Letter(i) + ".  "}}
	if d := course.ParseString(choice); len(d.Blocks) > 0 && d.Blocks[0].Kind == course.BlockParagraph {
		in = append(in, markInlines(d.Blocks[0].Inlines, h)...)
	} else {
		in = append(in, h.inlines(choice)...)
	}
	mark := widget.NewIcon(nil)
	var base *widget.RichTextStyle
	if right {
		mark.SetResource(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
		base = &widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}}
		// The label's words held together (no-break spaces): the line
		// breaks before it rather than inside it.
		label := strings.ReplaceAll(tr.T("present_quiz_right"), " ", "\u00a0")
		in = append(in, course.Inline{Text: "  (" + label + ")", Style: course.Italic})
	}
	return container.NewBorder(nil, nil, mark, nil, newParagraph(in, base))
}

// quizTypeLabel names a question's type in the interface language.
func quizTypeLabel(tr *locales.Localizer, t string) string {
	switch t {
	case course.QuizSingle:
		return tr.T("present_quiz_single")
	case course.QuizMultiple:
		return tr.T("present_quiz_multiple")
	case course.QuizTrueFalse:
		return tr.T("present_quiz_truefalse")
	}
	return ""
}

// quizCardOf is the item of quizItems holding block b of the quiz's
// Markdown as course.ParseString reads it (a search hit): each question is
// a level-2 heading.
func quizCardOf(src string, b int) int {
	qz := course.ParseQuiz(src)
	card := 0
	if qz.Title == "" {
		card = -1
	}
	for i, bl := range course.ParseString(src).Blocks {
		if i > b {
			break
		}
		if bl.Kind == course.BlockHeading && bl.Level == 2 {
			card++
		}
	}
	return max(card, 0)
}
