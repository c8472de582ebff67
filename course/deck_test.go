package course

import (
	"strings"
	"testing"
)

const sampleDeck = "# Piloter la transition\n\nDemi-journée\n\nNote:\nAccueil.\n\n---\n\nStep: 2\n\n## Pourquoi ça tarde\n\n- Financement par projet\n- Décisions par la seule direction\n\nNote:\nDemandez au groupe ce qui freine.\n\n---\n\n## Le coût complet\n\n```\n---\n```\n\n---\n\nStep: 4\n\n## Activité 1\n\nEn trois groupes, 20 min.\n"

func TestParseDeck(t *testing.T) {
	s := ParseDeck(sampleDeck)
	if len(s) != 4 {
		t.Fatalf("got %d slides, want 4: %+v", len(s), s)
	}
	want := []struct {
		step, level int
		title       string
		notes       bool
	}{{0, 1, "Piloter la transition", true}, {2, 2, "Pourquoi ça tarde", true}, {2, 2, "Le coût complet", false}, {4, 2, "Activité 1", false}}
	for i, w := range want {
		if s[i].Step != w.step || s[i].Level != w.level || s[i].Title != w.title || (s[i].Notes != "") != w.notes {
			t.Errorf("slide %d = step %d level %d %q notes %q, want %+v", i+1, s[i].Step, s[i].Level, s[i].Title, s[i].Notes, w)
		}
	}
	if !strings.Contains(s[2].Body, "---") {
		t.Errorf("a separator inside fenced code cut the slide: %q", s[2].Body)
	}
	if got := s[1].Words(); got != 11 {
		t.Errorf("words on screen of slide 2 = %d, want 11 (heading and bullets, not notes)", got)
	}
	if got := s[1].NoteWords(); got != 6 {
		t.Errorf("note words of slide 2 = %d, want 6", got)
	}
	if got := DeckSteps(s); len(got) != 3 || got[0] != 0 || got[1] != 2 || got[2] != 4 {
		t.Errorf("steps = %v, want [0 2 4]", got)
	}
	if s[1].Source() != "## Pourquoi ça tarde\n\n- Financement par projet\n- Décisions par la seule direction" {
		t.Errorf("source = %q", s[1].Source())
	}
}

func TestParseDeckWithoutHeadingOrCRLF(t *testing.T) {
	s := ParseDeck("Just text\r\n\r\n---\r\n\r\n## **Bold** title\r\nNote:\r\nsay it\r\n")
	if len(s) != 2 || s[0].Level != 0 || s[1].Title != "Bold title" || s[1].Notes != "say it" {
		t.Fatalf("got %+v", s)
	}
}

const sampleQuiz = `# Quiz : piloter

## Pourquoi un outil financé par projet pèse-t-il ensuite ?

Type: single
Competence: 5.2

- [ ] Les appels à projets interdisent le libre
- [x] La maintenance et la formation restent à payer
- [ ] L'outil appartient au financeur

Explanation: Un projet paie le lancement ;
son coût complet court au-delà.

## Quelles actions relèvent de la gouvernance ?

Type: multiple
Competence: 2.4

- [x] Un comité numérique avec des bénévoles
- [ ] Acheter des ordinateurs
- [x] Consulter les équipes avant de choisir
- [ ] Changer de fournisseur d'accès

Explanation: Décider ensemble.

## La direction peut décider seule sans risque.

Type: truefalse
Competence: 5.4

- [ ] Vrai
- [x] Faux

Explanation: Non.
`

func TestParseQuiz(t *testing.T) {
	qz := ParseQuiz(sampleQuiz)
	if qz.Title != "Quiz : piloter" || len(qz.Questions) != 3 {
		t.Fatalf("got %q with %d questions", qz.Title, len(qz.Questions))
	}
	q := qz.Questions[0]
	if q.Type != QuizSingle || q.Competence != "5.2" || len(q.Choices) != 3 || q.Answers() != "B" {
		t.Errorf("question 1 = %+v", q)
	}
	if q.Explanation != "Un projet paie le lancement ; son coût complet court au-delà." {
		t.Errorf("explanation over two lines = %q", q.Explanation)
	}
	if got := qz.Questions[1].Answers(); got != "A,C" {
		t.Errorf("multiple answers = %q, want A,C", got)
	}
	for i, q := range qz.Questions {
		if p := CheckQuestion(q, "fr", []string{"5.2", "2.4", "5.4"}); len(p) > 0 {
			t.Errorf("question %d: %v", i+1, p)
		}
	}
	if !qz.Questions[2].IsRight(1) || qz.Questions[2].IsRight(0) {
		t.Error("true/false: Faux should be the right answer")
	}
}

func TestCheckQuestionFaults(t *testing.T) {
	cases := map[string]Question{
		"single choice wants":   {Type: QuizSingle, Competence: "5.2", Choices: []string{"a", "b", "c"}, Right: []int{0, 1}, Explanation: "x"},
		"multiple choice wants": {Type: QuizMultiple, Competence: "5.2", Choices: []string{"a", "b", "c", "d"}, Right: []int{0}, Explanation: "x"},
		"true/false wants":      {Type: QuizTrueFalse, Competence: "5.2", Choices: []string{"True", "False"}, Right: []int{0}, Explanation: "x"},
		"is not single":         {Type: "open", Competence: "5.2", Explanation: "x"},
		"is not one of":         {Type: QuizTrueFalse, Competence: "1.1", Choices: []string{"Vrai", "Faux"}, Right: []int{0}, Explanation: "x"},
		"has no Explanation":    {Type: QuizTrueFalse, Competence: "5.2", Choices: []string{"Vrai", "Faux"}, Right: []int{0}},
	}
	for want, q := range cases {
		p := CheckQuestion(q, "fr", []string{"5.2"})
		if len(p) != 1 || !strings.Contains(p[0], want) {
			t.Errorf("%s: got %v", want, p)
		}
	}
}

func TestFrenchSpacing(t *testing.T) {
	src := "Titre : oui\u00a0: non\n« mot » et «\u00a0mot\u00a0»\nQuoi ? Ah\u202f! `a : b`\n```\nx ; y\n```\n12:30 ; fin"
	got := FrenchSpacing(src)
	want := []SpacingFault{{1, `before ":"`}, {2, `after "«"`}, {2, `before "»"`}, {3, `before "?"`}, {7, `before ";"`}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("fault %d = %v, want %v", i, got[i], want[i])
		}
	}
}
