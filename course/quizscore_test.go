package course

import (
	"reflect"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/assets"
)

const scoreQuiz = `# Quiz

## One right

Type: single
Competence: 4.2

- [ ] a
- [x] b
- [ ] c

Explanation: b.

## Two right

Type: multiple
Competence: 1.3

- [x] a
- [ ] b
- [x] c
- [ ] d

Explanation: a and c.

## True or false

Type: truefalse
Competence: 4.2

- [ ] True
- [x] False

Explanation: false.
`

func TestScoreAllOrNothingByCompetence(t *testing.T) {
	qz := ParseQuiz(scoreQuiz)
	cases := []struct {
		answers string
		right   int
		comps   []CompetenceScore
	}{
		{"B;A,C;B", 3, []CompetenceScore{{"4.2", 2, 2}, {"1.3", 1, 1}}},
		{"b;ca;b", 3, []CompetenceScore{{"4.2", 2, 2}, {"1.3", 1, 1}}},
		{"B;A;B", 2, []CompetenceScore{{"4.2", 2, 2}, {"1.3", 0, 1}}},       // half a multiple is wrong
		{"B;A,B,C,D;A", 1, []CompetenceScore{{"4.2", 1, 2}, {"1.3", 0, 1}}}, // ticking all never pays
		{"-;A,C", 1, []CompetenceScore{{"4.2", 0, 2}, {"1.3", 1, 1}}},       // blank and missing
		{"", 0, []CompetenceScore{{"4.2", 0, 2}, {"1.3", 0, 1}}},
	}
	for _, c := range cases {
		a, err := qz.ParseAnswers(c.answers)
		if err != nil {
			t.Fatalf("%q: %v", c.answers, err)
		}
		s := qz.Score(a)
		if s.Right != c.right || s.Of != 3 || !reflect.DeepEqual(s.Competences, c.comps) {
			t.Errorf("%q: got %d/%d %v, want %d/3 %v", c.answers, s.Right, s.Of, s.Competences, c.right, c.comps)
		}
	}
}

func TestParseAnswersRefuses(t *testing.T) {
	qz := ParseQuiz(scoreQuiz)
	for in, want := range map[string]string{
		"D;A;B":    "question 1",        // only A to C
		"B;A;C":    `"C" is not one`,    // true/false has A and B
		"B;A;B;A":  "4 answers for 3",   // one too many
		"B;A,7;B":  `"7" is not one`,    // not a letter
		"B;A C;Bé": `"É" is not one of`, // accented
	} {
		_, err := qz.ParseAnswers(in)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: got %v, want an error with %q", in, err, want)
		}
	}
}

func TestLetters(t *testing.T) {
	if got := FormatLetters([]int{2, 0, 2}); got != "A,C" {
		t.Errorf("FormatLetters = %q", got)
	}
	if got := FormatLetters(nil); got != "" {
		t.Errorf("FormatLetters(nil) = %q", got)
	}
	c, err := ParseLetters(" c+a ", 4)
	if err != nil || !reflect.DeepEqual(c, []int{0, 2}) {
		t.Errorf("ParseLetters = %v, %v", c, err)
	}
}

func TestQuizInReadsTheModulesText(t *testing.T) {
	m := &Module{Source: map[string]map[string]string{"fr": {QuizPart: scoreQuiz}}}
	if !m.HasQuiz("fr") || m.HasQuiz("en") {
		t.Fatal("HasQuiz: fr has a quiz, en none")
	}
	qz := m.QuizIn("fr")
	if len(qz.Questions) != 3 || qz.MaxChoices() != 4 || qz.Questions[1].Answers() != "A,C" {
		t.Errorf("quiz read wrong: %d questions, %d choices at most", len(qz.Questions), qz.MaxChoices())
	}
}

// Every bundled quiz scores its own right answers as full marks, and the
// four languages of a module score the same answers alike.
func TestBundledQuizzesScoreTheirKey(t *testing.T) {
	lib := bundled(t)
	for _, m := range lib.Modules {
		for _, lang := range Languages {
			qz := ParseQuiz(m.Text(lang, QuizPart))
			if len(qz.Questions) == 0 {
				t.Errorf("module %d %s: no quiz loaded", m.Number, lang)
				continue
			}
			key := make([][]int, len(qz.Questions))
			for i, q := range qz.Questions {
				key[i] = q.Right
			}
			if s := qz.Score(key); s.Right != s.Of {
				t.Errorf("module %d %s: the key scores %d/%d", m.Number, lang, s.Right, s.Of)
			}
		}
	}
}

func bundled(t *testing.T) *Library {
	t.Helper()
	lib, err := Load(assets.Course())
	if err != nil {
		t.Fatal(err)
	}
	return lib
}
