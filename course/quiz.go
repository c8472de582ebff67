package course

import (
	"fmt"
	"regexp"
	"strings"
)

// Question types of a quiz.
const (
	QuizSingle    = "single"    // one right answer
	QuizMultiple  = "multiple"  // two or more right answers
	QuizTrueFalse = "truefalse" // two choices: true, false
)

// TrueFalse are the words for true and false each language's quizzes use,
// in that order.
var TrueFalse = map[string][2]string{
	"fr": {"Vrai", "Faux"},
	"en": {"True", "False"},
	"it": {"Vero", "Falso"},
	"es": {"Verdadero", "Falso"},
}

// Question is one question of a module's quiz (quiz.md), in the format of
// docs/CONTENT.md.
type Question struct {
	Text        string   // the question, the `##` heading's plain text
	Type        string   // QuizSingle, QuizMultiple or QuizTrueFalse
	Competence  string   // a DigComp number of the module
	Choices     []string // Markdown of each choice, lettered A, B, C… in order
	Right       []int    // indexes of the right choices, ascending
	Explanation string   // why the right answer is right
	Line        int      // the heading's line in the file, from 1
}

// Letter is the letter of choice i: A for 0.
func Letter(i int) string { return string(rune('A' + i)) }

// Answers gives the right choices' letters, comma-separated: "B" or "A,C".
func (q Question) Answers() string {
	l := make([]string, len(q.Right))
	for i, r := range q.Right {
		l[i] = Letter(r)
	}
	return strings.Join(l, ",")
}

// IsRight reports whether choice i is a right answer.
func (q Question) IsRight(i int) bool {
	for _, r := range q.Right {
		if r == i {
			return true
		}
	}
	return false
}

// Quiz is a module's quiz in one language.
type Quiz struct {
	Title     string
	Questions []Question
}

var (
	quizKey    = regexp.MustCompile(`^(Type|Competence|Explanation):\s*(.*)$`)
	quizChoice = regexp.MustCompile(`^[-*+]\s+\[([ xX])\]\s+(.*)$`)
)

// ParseQuiz reads a quiz's Markdown line by line: `#` the title, each `##`
// a question, `Type:` and `Competence:` lines, choices as a task list whose
// ticked items are the right answers, and `Explanation:` running to the next
// heading. It never fails: CheckQuiz says what is wrong.
func ParseQuiz(src string) Quiz {
	var qz Quiz
	var cur *Question
	inExpl, fence := false, false
	for i, l := range strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n") {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = !fence
		}
		if fence {
			continue
		}
		switch {
		case strings.HasPrefix(t, "## "):
			qz.Questions = append(qz.Questions, Question{Text: headingText(t[3:]), Line: i + 1})
			cur, inExpl = &qz.Questions[len(qz.Questions)-1], false
		case strings.HasPrefix(t, "# ") && cur == nil:
			qz.Title = headingText(t[2:])
		case cur == nil:
		case quizKey.MatchString(t):
			m := quizKey.FindStringSubmatch(t)
			inExpl = m[1] == "Explanation"
			setQuizKey(cur, m[1], strings.TrimSpace(m[2]))
		case quizChoice.MatchString(t) && !inExpl:
			m := quizChoice.FindStringSubmatch(t)
			if m[1] != " " {
				cur.Right = append(cur.Right, len(cur.Choices))
			}
			cur.Choices = append(cur.Choices, strings.TrimSpace(m[2]))
		case inExpl && t != "":
			cur.Explanation = strings.TrimSpace(cur.Explanation + " " + t)
		}
	}
	return qz
}

func setQuizKey(q *Question, key, val string) {
	switch key {
	case "Type":
		q.Type = val
	case "Competence":
		q.Competence = val
	case "Explanation":
		q.Explanation = val
	}
}

func headingText(s string) string {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "#"))
	return PlainText(ParseString(s).firstInlines())
}

// CheckQuestion lists what is wrong with one question of a quiz in lang,
// for a module whose competences are digcomp.
func CheckQuestion(q Question, lang string, digcomp []string) []string {
	var out []string
	n, r := len(q.Choices), len(q.Right)
	switch q.Type {
	case QuizSingle:
		if n < 3 || n > 5 || r != 1 {
			out = append(out, fmt.Sprintf("single choice wants 3 to 5 choices and one right answer, has %d and %d", n, r))
		}
	case QuizMultiple:
		if n < 4 || n > 6 || r < 2 {
			out = append(out, fmt.Sprintf("multiple choice wants 4 to 6 choices and two or more right answers, has %d and %d", n, r))
		}
	case QuizTrueFalse:
		tf := TrueFalse[lang]
		if n != 2 || r != 1 || q.Choices[0] != tf[0] || q.Choices[1] != tf[1] {
			out = append(out, fmt.Sprintf("true/false wants the two choices %q and %q, one of them ticked", tf[0], tf[1]))
		}
	default:
		out = append(out, fmt.Sprintf("type %q is not single, multiple or truefalse", q.Type))
	}
	if !contains(digcomp, q.Competence) {
		out = append(out, fmt.Sprintf("competence %q is not one of the module's (%s)", q.Competence, strings.Join(digcomp, ", ")))
	}
	if strings.TrimSpace(q.Explanation) == "" {
		out = append(out, "has no Explanation:")
	}
	return out
}

// Shape is what must be the same in the four languages: types, competences,
// number of choices and right letters, question by question.
func (qz Quiz) Shape() string {
	var b strings.Builder
	for _, q := range qz.Questions {
		fmt.Fprintf(&b, "%s/%s/%d/%s;", q.Type, q.Competence, len(q.Choices), q.Answers())
	}
	return b.String()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
