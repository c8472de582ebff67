package search

import (
	"testing"

	"github.com/socialtech/trainerkit/course"
)

// The deck and the quiz are searched like the written parts, and their
// results come after the written parts' in the order of the tabs.
func TestDeckAndQuizAreSearched(t *testing.T) {
	m := &course.Module{Number: 1, Slug: "x", Title: map[string]string{"en": "Transition"},
		Source: map[string]map[string]string{"en": {
			course.Theory:     "# Theory\n\n## Funding\n\nProject funding is fragile.\n",
			course.SlidesPart: "# Deck\n\n---\n\nStep: 2\n\n## Flipchart questions\n\n- Funding\n\nNote:\nWrite three answers.\n",
			course.QuizPart:   "# Quiz\n\n## Which flipchart?\n\nType: single\nCompetence: 5.2\n\n- [x] A\n- [ ] B\n- [ ] C\n\nExplanation: Because.\n",
		}}}
	ix := Build(&course.Library{Modules: []*course.Module{m}})
	rs := ix.Search("flipchart", Options{Lang: "en"})
	if len(rs) != 2 || rs[0].Part != course.SlidesPart || rs[1].Part != course.QuizPart {
		t.Fatalf("results %+v", rs)
	}
	if rs[0].Heading != "Flipchart questions" || rs[1].Heading != "Which flipchart?" {
		t.Errorf("headings %q, %q", rs[0].Heading, rs[1].Heading)
	}
	rs = ix.Search("funding", Options{Lang: "en"})
	if len(rs) != 2 || rs[0].Part != course.Theory || rs[1].Part != course.SlidesPart {
		t.Errorf("order of parts %+v", rs)
	}
}

// The format's keys (Step:, Note:, Type:, Competence:, Explanation:) are
// not searched: they are in every deck and quiz.
func TestFormatKeysAreNotSearched(t *testing.T) {
	m := &course.Module{Number: 1, Slug: "x", Title: map[string]string{"en": "Transition"},
		Source: map[string]map[string]string{"en": {
			course.SlidesPart: "# Deck\n\n---\n\nStep: 2\n\n## Funding\n\n- Money\n\nNote:\nAsk the group.\n",
			course.QuizPart:   "# Quiz\n\n## Which one?\n\nType: single\nCompetence: 5.2\n\n- [x] A\n- [ ] B\n- [ ] C\n\nExplanation: Because it is so.\n",
		}}}
	ix := Build(&course.Library{Modules: []*course.Module{m}})
	for _, q := range []string{"step", "note", "single", "competence", "explanation"} {
		if rs := ix.Search(q, Options{Lang: "en"}); len(rs) != 0 {
			t.Errorf("%q finds %+v", q, rs)
		}
	}
	for _, q := range []string{"group", "because"} {
		if rs := ix.Search(q, Options{Lang: "en"}); len(rs) != 1 {
			t.Errorf("%q finds %d results, want 1", q, len(rs))
		}
	}
}
