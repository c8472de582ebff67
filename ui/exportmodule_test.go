package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/pdf"
	"github.com/socialtech/trainerkit/locales"
)

func noWrite(string, []string, string, pdf.Paper) (kit.ExportReport, error) {
	return kit.ExportReport{}, nil
}

func TestExportModuleDialogOffersTheHandoutParts(t *testing.T) {
	a := test.NewTempApp(t)
	e := env{app: a, win: a.NewWindow("test"), tr: locales.New("en")}
	m := &course.Module{Number: 4, Slug: "four"}
	f := showExportModule(e, m, "en", course.Theory, noWrite)
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
	if len(f.headings) != 0 || f.heading() != "" {
		t.Errorf("a module without text offers sections %q", f.headings)
	}
}

// The dialog offers each heading of the part on screen; choosing one
// prints that section, the parts' ticks then set aside.
func TestExportModuleDialogOffersTheSections(t *testing.T) {
	a := test.NewTempApp(t)
	e := env{app: a, win: a.NewWindow("test"), tr: locales.New("fr")}
	m := realLib(t).Module(4)
	f := showExportModule(e, m, "fr", course.Toolbox, noWrite)
	want := kit.Sections(m, "fr", course.Toolbox)
	if len(f.headings) != len(want) || len(f.section.Options) != len(want)+1 {
		t.Fatalf("sections offered %q, want %q", f.section.Options, want)
	}
	if f.heading() != "" || f.parts.Disabled() {
		t.Error("by default the whole parts ticked print")
	}
	f.section.SetSelected(want[1])
	if f.heading() != want[1] || !f.parts.Disabled() {
		t.Errorf("chose %q, heading %q, parts disabled %v", want[1], f.heading(), f.parts.Disabled())
	}
	f.section.SetSelectedIndex(0)
	if f.heading() != "" || f.parts.Disabled() {
		t.Error("back to whole parts")
	}
}

// The print dialog offers the deck with its notes, unticked, after the
// written parts.
func TestExportModuleDialogOffersTheDeck(t *testing.T) {
	a := test.NewTempApp(t)
	e := env{app: a, win: a.NewWindow("test"), tr: locales.New("fr")}
	m := &course.Module{Number: 1, Slug: "one"}
	f := showExportModule(e, m, "fr", course.Theory, noWrite)
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

// The save dialog proposes the module's number and title in the language
// printed, never its English folder name; a heading printed alone is named
// too, and what a file name cannot hold becomes a dash.
func TestModuleFileNameIsTheTitleInItsLanguage(t *testing.T) {
	m := testLib(t).Module(1)
	for _, lang := range []string{"fr", "it", "es"} {
		want := fmt.Sprintf("01 - %s - %s.pdf", m.TitleIn(lang), strings.ToUpper(lang))
		if got := moduleFileName(m, lang, ""); got != want || strings.Contains(got, m.ID()) {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
	if got := moduleFileName(m, "fr", "Étape 2 : agir"); !strings.HasSuffix(got, " - Étape 2 - agir - FR.pdf") {
		t.Errorf("with a heading: %q", got)
	}
}
