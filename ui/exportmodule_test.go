package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/pdf"
	"github.com/socialtech/trainerkit/locales"
)

func TestExportModuleDialogOffersTheHandoutParts(t *testing.T) {
	a := test.NewTempApp(t)
	e := env{app: a, win: a.NewWindow("test"), tr: locales.New("en")}
	m := &course.Module{Number: 4, Slug: "four"}
	f := showExportModule(e, m, "en", func(string, []string, pdf.Paper) error { return nil })
	if got := f.chosen(); len(got) != len(course.HandoutParts) || got[0] != course.Theory {
		t.Fatalf("ticked by default: %v, want the handout parts", got)
	}
	if e.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no dialog")
	}
	f.parts.SetSelected([]string{partLabel(e.tr, course.Guide), partLabel(e.tr, course.Case)})
	if got := f.chosen(); len(got) != 2 || got[0] != course.Case || got[1] != course.Guide {
		t.Errorf("chosen %v, want case then guide (the module's order)", got)
	}
	if paperOf(f.paper) != pdf.A4 {
		t.Error("A4 is not the default paper")
	}
}

// The print dialog offers the deck with its notes, unticked, after the
// written parts.
func TestExportModuleDialogOffersTheDeck(t *testing.T) {
	a := test.NewTempApp(t)
	e := env{app: a, win: a.NewWindow("test"), tr: locales.New("fr")}
	m := &course.Module{Number: 1, Slug: "one"}
	f := showExportModule(e, m, "fr", func(string, []string, pdf.Paper) error { return nil })
	if n := len(f.labels); n != len(course.Parts)+1 || f.labels[n-1] != partLabel(e.tr, course.SlidesPart) {
		t.Fatalf("offered %v", f.labels)
	}
	for _, p := range f.chosen() {
		if p == course.SlidesPart {
			t.Error("the deck is ticked by default")
		}
	}
	f.parts.SetSelected([]string{partLabel(e.tr, course.SlidesPart), partLabel(e.tr, course.Theory)})
	if got := f.chosen(); len(got) != 2 || got[0] != course.Theory || got[1] != course.SlidesPart {
		t.Errorf("chosen %v, want theory then slides", got)
	}
}
