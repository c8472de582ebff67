package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/locales"
)

func TestSectionsDialog(t *testing.T) {
	a := test.NewTempApp(t)
	e := env{app: a, win: a.NewWindow("test"), tr: locales.New("en")}
	text := "# Title\n\n## Why take stock\n\n### A simple inventory\n\n#### Too deep\n\n## Personal data\n"
	var saved [][]string
	d := showSectionsDialog(e, text, []string{"Personal data"}, func(s []string) { saved = append(saved, s) })
	if len(d.checks) != 3 || d.heads[1].Level != 3 {
		t.Fatalf("offered %d sections: levels 2 and 3 only", len(d.checks))
	}
	if d.checks[0].Checked || !d.checks[2].Checked {
		t.Error("the sections already hidden are not ticked")
	}
	test.Tap(d.checks[0])
	tapInTopOverlay(t, e.win, "Save")
	if len(saved) != 1 || strings.Join(saved[0], "|") != "Why take stock|Personal data" {
		t.Errorf("saved %q", saved)
	}
	// A part without sections says so instead.
	d = showSectionsDialog(e, "Just a paragraph.", nil, func([]string) { t.Error("saved sections of a part without any") })
	if len(d.checks) != 0 || !strings.Contains(topText(e.win), "no sections to choose from") {
		t.Errorf("a part without sections: %q", topText(e.win))
	}
}
