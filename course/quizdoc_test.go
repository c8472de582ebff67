package course

import (
	"strings"
	"testing"
)

func TestQuizMarkdown(t *testing.T) {
	qz := ParseQuiz("# Quiz\n\n## Which *two*?\n\nType: multiple\nCompetence: 2.4\n\n- [x] One\n- [ ] Two\n- [x] Three\n\nExplanation: Because.\n")
	lb := QuizLabels{Kind: func(string) string { return "Several answers" }, Checks: func(c string) string { return "Checks " + c },
		Explanation: "Why?"}
	md := QuizMarkdown(qz, lb, true)
	for _, want := range []string{"# Quiz\n", "## 1. Which two?", "*Several answers*", "- ✔ **A — One**", "- B — Two", "- ✔ **C — Three**", "> **Why?** Because.", "*Checks 2.4*"} {
		if !strings.Contains(md, want) {
			t.Errorf("%q not in\n%s", want, md)
		}
	}
	sheet := QuizMarkdown(qz, lb, false)
	if strings.Contains(sheet, "✔") || strings.Contains(sheet, "Because") || !strings.Contains(sheet, "- **A** — One") {
		t.Errorf("without answers:\n%s", sheet)
	}
	// One document model: the reader parses it as any part.
	doc := ParseString(md)
	if len(doc.Blocks) < 5 || doc.Blocks[1].Kind != BlockHeading || doc.Blocks[3].Kind != BlockList {
		t.Errorf("parsed %d blocks", len(doc.Blocks))
	}
}
