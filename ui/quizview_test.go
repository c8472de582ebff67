package ui

import (
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/locales"
)

func TestReaderShowsQuizAsQuestions(t *testing.T) {
	src := "# Quiz\n\n## Pix est-il gratuit ?\n\nType: truefalse\nCompetence: 5.4\n\n- [x] Vrai\n- [ ] Faux\n\nExplanation: Pix est un service public.\n"
	md := readerSource(quizPartKey, src, locales.New("en"))
	for _, want := range []string{"## 1. Pix est-il gratuit ?", "*True or false*", "✔ **A — Vrai**", "- B — Faux",
		"Pix est un service public.", "Checks DigComp 5.4 Identifying digital competence gaps"} {
		if !strings.Contains(md, want) {
			t.Errorf("%q not in\n%s", want, md)
		}
	}
	if strings.Contains(md, "Type:") || strings.Contains(md, "[x]") {
		t.Errorf("the format shows through:\n%s", md)
	}
	// Other parts are shown as written.
	if got := readerSource(course.Theory, src, locales.New("en")); got != src {
		t.Error("a theory part was rewritten")
	}
}
