package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/slides"
	"github.com/socialtech/trainerkit/locales"
)

// newTestPresenter is the presenter view of a part of the test library,
// at a fixed time, drawn in a window of its own size.
func newTestPresenter(t *testing.T, m *course.Module, part, lang string) (*PresenterView, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	clock := time.Date(2026, 12, 7, 9, 30, 0, 0, time.UTC)
	p := newPresentation(locales.New(lang), slides.PartDeck(m, part, lang), false)
	p.now = func() time.Time { return clock }
	p.fit(fyne.NewSize(1280, 720))
	p.elapsed.Start(clock)
	p.Go(1)
	v := newPresenterView(p)
	p.presenter = v
	w := test.NewTempWindow(t, v.root)
	w.Resize(fyne.NewSize(1100, 720))
	v.update()
	return v, w
}

// The presenter view shows the trainer's own notes on the part before the
// guide's.
func TestPresenterShowsTheTrainersNotes(t *testing.T) {
	m := testLib(t).Module(1)
	o := m.EditOverlay("en", course.Case)
	o.Notes = "Bring the **printed** budget."
	v, _ := newTestPresenter(t, m.WithOverlay(o), course.Case, "en")
	notes := allText(v.notes.Content)
	own, guide := strings.Index(notes, "Bring the printed budget."), strings.Index(notes, "Groups of four")
	if !strings.Contains(notes, "Your notes") || own < 0 || guide < own {
		t.Errorf("the presenter's notes: %q", notes)
	}
}

// The presenter view as drawn: current and next slides, notes, the timers
// at a fixed time (ui/testdata/presenter/*.xml).
func TestPresenterRendersToMarkup(t *testing.T) {
	_, w := newTestPresenter(t, testLib(t).Module(1), course.Case, "en")
	test.AssertRendersToMarkup(t, "presenter/case_en.xml", w.Canvas())
}
