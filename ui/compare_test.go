package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
)

func TestCompareView(t *testing.T) {
	mw, _ := newCustomWindow(t)
	legend := compareLegend{removed: "removed", added: "added"}
	same := "l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\nl10\n"
	lines := course.Diff("# Title\nold line\n"+same, "# Title\nnew line\n"+same)
	view := newCompareView(mw.tr, lines, legend)
	text := allText(view)
	for _, want := range []string{"Lines removed: 1 · lines added: 1", "−", "old line", "+", "new line", "l3"} {
		if !strings.Contains(text, want) {
			t.Errorf("the comparison lacks %q", want)
		}
	}
	// Far from the change, unchanged lines are folded until asked for.
	if strings.Contains(text, "l10") || !strings.Contains(text, "7 unchanged lines") {
		t.Errorf("the unchanged stretch is not folded: %q", text)
	}
	all := collect[*widget.Check](view)
	if len(all) != 1 {
		t.Fatal("no 'show every line' check")
	}
	test.Tap(all[0])
	if !strings.Contains(allText(view), "l10") {
		t.Error("'Show every line' does not show them")
	}
	if !strings.Contains(allText(newCompareView(mw.tr, course.Diff("a\n", "a\n"), legend)), "No difference") {
		t.Error("identical texts are not said to be the same")
	}
}
