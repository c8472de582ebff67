package slides

import (
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/locales"
)

func TestQuizDeck(t *testing.T) {
	m := &course.Module{Number: 3, Title: map[string]string{"fr": "Référentiels"}, Source: map[string]map[string]string{"fr": {
		"quiz": "# Quiz : référentiels\n\n## Combien de domaines compte DigComp ?\n\nType: single\nCompetence: 5.4\n\n- [ ] Quatre\n- [x] Cinq\n\nExplanation: Cinq domaines.\n\n## Pix est un service public.\n\nType: truefalse\nCompetence: 1.2\n\n- [x] Vrai\n- [ ] Faux\n\nExplanation: Oui.\n",
	}}}
	d := QuizDeck(m, "fr", locales.New("fr"))
	if len(d.Slides) != 5 || !d.Slides[0].TitleSlide || d.Slides[0].Title != "Quiz : référentiels" {
		t.Fatalf("%d slides, first %+v", len(d.Slides), d.Slides[0].Slide)
	}
	ask, answer := d.Slides[1], d.Slides[2]
	if !strings.HasPrefix(ask.Title, "Question 1/2 · Combien") || !strings.HasPrefix(answer.Title, "Réponse 1/2 · Combien") {
		t.Errorf("titles %q, %q", ask.Title, answer.Title)
	}
	askText, answerText := blocksText(ask.Blocks), blocksText(answer.Blocks)
	if strings.Contains(askText, "✔") || strings.Contains(askText, "Cinq domaines.") || !strings.Contains(askText, "Une seule réponse") {
		t.Errorf("the question slide gives the answer away: %s", askText)
	}
	if !strings.Contains(answerText, "✔ B — Cinq") || !strings.Contains(answerText, "Cinq domaines.") || strings.Contains(answerText, "✔ A") {
		t.Errorf("answer slide: %s", answerText)
	}
	// The presenter sees the answer from the question on.
	if !strings.Contains(blocksText(ask.Notes), "Réponse\u00a0: B") {
		t.Errorf("notes %s", blocksText(ask.Notes))
	}
}

func blocksText(bs []course.Block) string {
	var b strings.Builder
	for _, bl := range bs {
		b.WriteString(course.PlainText(bl.Inlines) + "\n")
		for _, it := range bl.Items {
			for _, c := range it.Blocks {
				b.WriteString(course.PlainText(c.Inlines) + "\n")
			}
		}
		b.WriteString(blocksText(bl.Children))
	}
	return b.String()
}
