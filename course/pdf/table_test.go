package pdf

import (
	"testing"

	"github.com/socialtech/trainerkit/course"
)

// A slide's table without a header ("| | |") prints no empty shaded row:
// its cells go to the body, in regular type.
func TestTableWithoutHeaderPrintsNone(t *testing.T) {
	b := course.ParseString("| | |\n|---|---|\n| 2,8 millions | d'entités |\n| 6,3 % | de l'emploi |\n").Blocks[0]
	header, rows := tableSpans(&b)
	if header != nil || len(rows) != 2 || rows[0][0][0].text != "2,8 millions" || rows[0][0][0].st != regular {
		t.Errorf("header %v, rows %v", header, rows)
	}
	b = course.ParseString("| Rôle | Tâche |\n|---|---|\n| a | b |\n").Blocks[0]
	if header, _ = tableSpans(&b); len(header) != 2 || header[0][0].st != bold {
		t.Errorf("a header with text: %v", header)
	}
}
