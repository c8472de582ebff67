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
	p.fit.inline = true
	p.size = fyne.NewSize(1280, 720)
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

// The presenter view says when the projector is black or white and when the
// timer is paused, and shows the current slide's own notes.
func TestPresenterIndicators(t *testing.T) {
	p, w, _ := newTestPresentation(t, slides.ModuleDeck(deckLib(t).Module(1), "", "en"))
	v := newPresenterView(p)
	p.presenter = v
	test.NewTempWindow(t, v.root).Resize(fyne.NewSize(1100, 720))
	p.Go(1)
	if v.current.current.Title != "Why take stock" || v.next.current.Title != "Three questions" {
		t.Errorf("current %q, next %q", v.current.current.Title, v.next.current.Title)
	}
	if !strings.Contains(allText(v.notes.Content), "Ask the room.") {
		t.Errorf("notes %q", allText(v.notes.Content))
	}
	test.TypeOnCanvas(w.Canvas(), "b")
	if v.status.Text != "Projector black" {
		t.Errorf("after B the presenter says %q", v.status.Text)
	}
	test.TypeOnCanvas(w.Canvas(), "wt")
	if v.status.Text != "Projector white  ·  Timer paused" {
		t.Errorf("after W and T the presenter says %q", v.status.Text)
	}
	test.TypeOnCanvas(w.Canvas(), "wt")
	if v.status.Text != "" {
		t.Errorf("back to the slide, the presenter says %q", v.status.Text)
	}
}

// O opens the slide overview on the presenter; the arrows choose, Enter
// jumps.
func TestPresenterOverview(t *testing.T) {
	p, w, _ := newTestPresentation(t, slides.ModuleDeck(deckLib(t).Module(1), "", "en"))
	v := newPresenterView(p)
	p.presenter = v
	test.NewTempWindow(t, v.root).Resize(fyne.NewSize(1100, 720))
	key := func(k fyne.KeyName) { w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }
	test.TypeOnCanvas(w.Canvas(), "o")
	if !p.overview || len(v.over.Objects) != 1 {
		t.Fatal("O opened no overview")
	}
	key(fyne.KeyDown)
	key(fyne.KeyDown)
	key(fyne.KeyDown)
	if p.Index() != 0 || p.pick != 3 {
		t.Errorf("the arrows moved the slides (%d) or not the choice (%d)", p.Index(), p.pick)
	}
	key(fyne.KeyReturn)
	if p.overview || p.Index() != 3 || len(v.over.Objects) != 0 {
		t.Errorf("Enter: overview %v, slide %d", p.overview, p.Index())
	}
}

// The presenter view of a deck as drawn (ui/testdata/presenter/deck_en.xml).
func TestPresenterDeckRendersToMarkup(t *testing.T) {
	p, _, _ := newTestPresentation(t, slides.ModuleDeck(deckLib(t).Module(1), "", "en"))
	v := newPresenterView(p)
	p.presenter = v
	w := test.NewTempWindow(t, v.root)
	w.Resize(fyne.NewSize(1100, 720))
	p.Go(1)
	test.AssertRendersToMarkup(t, "presenter/deck_en.xml", w.Canvas())
}
