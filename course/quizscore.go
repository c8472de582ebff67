package course

import (
	"fmt"
	"sort"
	"strings"
)

// HasQuiz reports whether the module has a quiz with questions in lang.
func (m *Module) HasQuiz(lang string) bool {
	return len(m.QuizIn(lang).Questions) > 0
}

// CompetenceScore is how many of the questions checking one DigComp
// competence were answered right.
type CompetenceScore struct {
	Code  string `json:"code"`
	Right int    `json:"right"`
	Of    int    `json:"of"`
}

// Score is a participant's result on a quiz: right answers out of the
// questions, in all and by competence.
type Score struct {
	Right, Of   int
	Competences []CompetenceScore // in the order the quiz first checks them
}

// Score marks a participant's answers, one list of choice indexes per
// question (nil for a question left blank). A question counts as right
// when the choices ticked are exactly its right ones: a multiple-choice
// question half answered is not right, so that ticking everything never
// pays. Answers beyond the questions are ignored.
func (qz Quiz) Score(answers [][]int) Score {
	s := Score{Of: len(qz.Questions)}
	byCode := map[string]int{}
	for i, q := range qz.Questions {
		j, ok := byCode[q.Competence]
		if !ok {
			j = len(s.Competences)
			byCode[q.Competence] = j
			s.Competences = append(s.Competences, CompetenceScore{Code: q.Competence})
		}
		s.Competences[j].Of++
		if i < len(answers) && q.Correct(answers[i]) {
			s.Right++
			s.Competences[j].Right++
		}
	}
	return s
}

// Correct reports whether the choices ticked are exactly the right ones.
func (q Question) Correct(ticked []int) bool {
	t := normaliseChoices(ticked)
	if len(t) != len(q.Right) {
		return false
	}
	for i := range t {
		if t[i] != q.Right[i] {
			return false
		}
	}
	return true
}

// normaliseChoices sorts choice indexes and drops repeats.
func normaliseChoices(c []int) []int {
	out := append([]int(nil), c...)
	sort.Ints(out)
	n := 0
	for i, x := range out {
		if i == 0 || x != out[n-1] {
			out[n] = x
			n++
		}
	}
	return out[:n]
}

// ParseAnswers reads a participant's answers as the command line and the
// evaluation tab write them: one group per question, separated by ";",
// each group the letters ticked ("B", "A,C" or "AC"; "" or "-" for a
// question left blank). Every letter must be a choice of its question and
// there may not be more groups than questions; fewer means the last ones
// were left blank.
func (qz Quiz) ParseAnswers(s string) ([][]int, error) {
	groups := strings.Split(s, ";")
	if len(groups) > len(qz.Questions) {
		return nil, fmt.Errorf("%d answers for %d questions", len(groups), len(qz.Questions))
	}
	out := make([][]int, len(qz.Questions))
	for i, g := range groups {
		c, err := ParseLetters(g, len(qz.Questions[i].Choices))
		if err != nil {
			return nil, fmt.Errorf("question %d: %w", i+1, err)
		}
		out[i] = c
	}
	return out, nil
}

// ParseLetters reads the letters ticked for one question of n choices:
// "A,C", "ac", "A C"; "" or "-" for none.
func ParseLetters(s string, n int) ([]int, error) {
	var out []int
	for _, r := range strings.ToUpper(s) {
		switch {
		case r == ',' || r == ' ' || r == '-' || r == '+':
		case r >= 'A' && r < 'A'+rune(n):
			out = append(out, int(r-'A'))
		default:
			return nil, fmt.Errorf("%q is not one of the choices A to %s", string(r), Letter(n-1))
		}
	}
	return normaliseChoices(out), nil
}

// FormatLetters writes choice indexes as letters: "A,C"; "" for none.
func FormatLetters(c []int) string {
	c = normaliseChoices(c)
	l := make([]string, len(c))
	for i, x := range c {
		l[i] = Letter(x)
	}
	return strings.Join(l, ",")
}

// MaxChoices is the largest number of choices of any question of the quiz.
func (qz Quiz) MaxChoices() int {
	n := 0
	for _, q := range qz.Questions {
		n = max(n, len(q.Choices))
	}
	return n
}
