package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/course/slides"
	"github.com/socialtech/trainerkit/locales"
)

// newTestPresentation fits a part's slides to a 1920x1080 projector drawn
// by the test driver, without opening the presenter window.
func newTestPresentation(t testing.TB, module int, part string) (*Presentation, fyne.Window) {
	t.Helper()
	a := test.NewApp()
	lib := testLib(t)
	p := newPresentation(locales.New("fr"), slides.PartDeck(lib.Module(module), part, "fr"), false)
	w := a.NewWindow("projector")
	w.SetContent(container.New(&stageLayout{p: p}, p.stage))
	w.Resize(fyne.NewSize(1920, 1080))
	w.Canvas().SetOnTypedKey(p.TypedKey)
	w.Canvas().SetOnTypedRune(p.TypedRune)
	p.fit(fyne.NewSize(1920, 1080))
	p.Go(0)
	return p, w
}

func TestProjectorKeys(t *testing.T) {
	p, w := newTestPresentation(t, 1, course.Theory)
	if p.Count() < 5 {
		t.Fatalf("only %d slides for a long theory part", p.Count())
	}
	key := func(k fyne.KeyName) { w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }
	typeRunes := func(s string) { test.TypeOnCanvas(w.Canvas(), s) }
	key(fyne.KeyRight)
	key(fyne.KeySpace)
	key(fyne.KeyPageDown) // a clicker's "next"
	if p.Index() != 3 {
		t.Errorf("after three nexts: slide %d", p.Index())
	}
	key(fyne.KeyPageUp) // a clicker's "previous"
	key(fyne.KeyLeft)
	if p.Index() != 1 {
		t.Errorf("after two previous: slide %d", p.Index())
	}
	key(fyne.KeyEnd)
	if p.Index() != p.Count()-1 {
		t.Errorf("End: %d", p.Index())
	}
	key(fyne.KeyHome)
	if p.Index() != 0 {
		t.Errorf("Home: %d", p.Index())
	}
	typeRunes("4")
	key(fyne.KeyReturn)
	if p.Index() != 3 {
		t.Errorf("4 Enter: %d", p.Index())
	}
	typeRunes("b")
	if p.blank != blankBlack {
		t.Error("B did not black the screen")
	}
	if r, ok := p.stage.Objects[0].(*canvas.Rectangle); !ok || r.FillColor != colorBlack {
		t.Error("the black screen is not drawn")
	}
	typeRunes("b")
	typeRunes("w")
	if p.blank != blankWhite {
		t.Error("W did not white the screen")
	}
	key(fyne.KeyEscape) // leaves the white screen first
	if p.blank != blankNone {
		t.Error("Esc did not end the blank screen")
	}
	typeRunes("?")
	if !p.help || len(p.stage.Objects) != 2 {
		t.Error("? shows no key help")
	}
	typeRunes("?")
	before := p.Count()
	typeRunes("+")
	typeRunes("+")
	if p.scale <= 1 || p.Count() < before {
		t.Errorf("+ made the type larger (scale %v) yet fewer slides (%d < %d)", p.scale, p.Count(), before)
	}
	typeRunes("t")
	if !p.block.Paused() {
		t.Error("T did not pause the timer")
	}
}

// Every slide fits the screen: nothing scrolls off.
func TestSlidesFitTheScreen(t *testing.T) {
	p, _ := newTestPresentation(t, 2, course.Toolbox)
	if p.Count() <= p.deck.Len() {
		t.Fatalf("the long toolbox was not cut: %d slides for %d sections", p.Count(), p.deck.Len())
	}
	for i := range p.fitted {
		s := p.fitted[i].Slide
		if h := slideHeight(s, &slideTheme{text: p.textFor(s)}, 1920); h > 1080 {
			t.Errorf("slide %d (%q, part %d) is %v high on a 1080 screen", i, s.Title, s.Cont, h)
		}
		if th := p.textFor(s); th < minText(1080)-0.01 {
			t.Errorf("slide %d text %v below the floor", i, th)
		}
	}
	if minText(1080) < 42 {
		t.Errorf("floor %v px is under 32 pt at 1080p", minText(1080))
	}
}

func TestAgendaDeckAndPacing(t *testing.T) {
	lib := testLib(t)
	s, _ := session.New("x", "2026-12-07", 1, "en")
	s.Agenda[0] = []session.Block{
		{Kind: session.BlockCustom, Title: "Welcome", Minutes: 10},
		{Kind: session.BlockPart, Module: 2, Part: course.Case, Minutes: 40},
		{Kind: session.BlockBreak, Minutes: 15},
	}
	d := slides.AgendaDeck(lib, s, locales.New("en"))
	// The block timer restarts when the agenda moves to another block.
	a := test.NewApp()
	defer a.Quit()
	clock := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	p := newPresentation(locales.New("en"), d, false)
	p.now = func() time.Time { return clock }
	p.fit(fyne.NewSize(1280, 720))
	p.Go(0)
	clock = clock.Add(9 * time.Minute)
	if p.block.Pace(clock) != slides.PaceOrange {
		t.Errorf("1 min left of 10: %v", p.block.Pace(clock))
	}
	p.Next()
	if p.block.Budget != 40*time.Minute || p.block.Pace(clock) != slides.PaceGreen {
		t.Errorf("the case block's timer: %+v", p.block)
	}
}

func BenchmarkNextSlide(b *testing.B) {
	p, _ := newTestPresentation(b, 1, course.Theory)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if p.Index() == p.Count()-1 {
			p.Go(0)
		} else {
			p.Next()
		}
	}
}
