package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/course/slides"
	"github.com/socialtech/trainerkit/locales"
)

// presenterDeck is a deck for the test library's module 1, whose plan has eight
// rows: welcome, two theory rows, the toolbox, a break, the case, the
// reference, the closing.
const presenterDeck = `# Digital basics

Note:
Welcome the group.

---

Step: 2

## Why take stock

- What we use
- What it costs

Note:
Ask the room.

---

## Three questions

1. Who?
2. What?
3. Why?

---

Step: 3

## The framework

| area | score |
|---|---|
| tools | 2 |

Note:
Explain the table.

---

Step: 4

## Activity 1: the inventory

Groups of four, 30 minutes.

Note:
Hand out the sheets.

---

Step: 6

## The case

A cooperative hesitates.

Note:
Read it aloud.
`

// deckLib is the test library with module 1's deck in English.
func deckLib(t testing.TB) *course.Library {
	t.Helper()
	lib := testLib(t)
	lib.Module(1).Source["en"][slides.DeckPart] = presenterDeck
	return lib
}

// newTestPresentation shows a deck on a 1920x1080 projector drawn by the
// test driver, its slides fitted inline, at a fixed time.
func newTestPresentation(t testing.TB, deck *slides.Deck) (*Presentation, fyne.Window, *time.Time) {
	t.Helper()
	a := test.NewApp()
	t.Cleanup(a.Quit)
	clock := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	p := newPresentation(locales.New("en"), deck, false)
	p.fit.inline = true
	p.now = func() time.Time { return clock }
	w := a.NewWindow("projector")
	w.SetContent(p.stage)
	w.Resize(fyne.NewSize(1920, 1080))
	w.Canvas().SetOnTypedKey(p.TypedKey)
	w.Canvas().SetOnTypedRune(p.TypedRune)
	p.elapsed.Start(clock)
	p.Go(0)
	return p, w, &clock
}

func TestProjectorKeys(t *testing.T) {
	p, w, _ := newTestPresentation(t, slides.ModuleDeck(deckLib(t).Module(1), "", "en"))
	if p.Count() != 6 {
		t.Fatalf("%d slides, the deck has 6", p.Count())
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
	if p.Index() != 3 || p.view.current.Title != "The framework" {
		t.Errorf("4 Enter: slide %d", p.Index())
	}
	if p.corner.Text != "4 / 6" || !p.corner.Visible() {
		t.Errorf("the projector's corner says %q", p.corner.Text)
	}
	typeRunes("n")
	if p.corner.Text != "" {
		t.Error("N did not hide the slide number")
	}
	typeRunes("b")
	if p.blank != blankBlack || !p.cover.Visible() || p.cover.FillColor != colorBlack {
		t.Error("B did not black the screen")
	}
	typeRunes("b")
	typeRunes("w")
	if p.blank != blankWhite || p.cover.FillColor != colorWhite {
		t.Error("W did not white the screen")
	}
	key(fyne.KeyEscape) // leaves the white screen first
	if p.blank != blankNone || p.cover.Visible() {
		t.Error("Esc did not end the blank screen")
	}
	typeRunes("+")
	if p.scale <= 1 || p.Count() != 6 {
		t.Errorf("+: scale %v, %d slides", p.scale, p.Count())
	}
	typeRunes("t")
	if !p.block.Paused() {
		t.Error("T did not pause the timer")
	}
}

// The keys help is for the trainer: ? shows it in the presenter view and
// leaves the projector as it was.
func TestHelpOnThePresenterOnly(t *testing.T) {
	p, w, _ := newTestPresentation(t, slides.ModuleDeck(deckLib(t).Module(1), "", "en"))
	v := newPresenterView(p)
	p.presenter = v
	test.NewTempWindow(t, v.root).Resize(fyne.NewSize(1100, 720))
	before := len(p.stage.Objects)
	test.TypeOnCanvas(w.Canvas(), "?")
	if !p.help || len(v.over.Objects) != 1 {
		t.Fatal("? shows no keys in the presenter view")
	}
	if len(p.stage.Objects) != before || strings.Contains(allText(p.stage), "Projector keys") {
		t.Error("? showed the keys on the projector")
	}
	if !strings.Contains(allText(v.over), "Projector keys") {
		t.Errorf("the presenter's help: %q", allText(v.over))
	}
	test.TypeOnCanvas(w.Canvas(), "?")
	if len(v.over.Objects) != 0 {
		t.Error("? again did not close the keys")
	}
}

// Every slide fits the screen at a size between the floor and the base.
func TestSlidesFitTheScreen(t *testing.T) {
	lib := deckLib(t)
	for _, d := range []*slides.Deck{slides.ModuleDeck(lib.Module(1), "", "en"), slides.ModuleDeck(lib.Module(2), course.Toolbox, "fr")} {
		p, _, _ := newTestPresentation(t, d)
		for i := range d.Slides {
			p.Go(i)
			th := p.textFor(i)
			if h := p.view.height(1920); h > 1080 {
				t.Errorf("slide %d (%q) is %v high on a 1080 screen at %v", i, d.Slides[i].Title, h, th)
			}
			if th > baseText(1080)+0.01 || th < minText(1080)*0.7-0.01 {
				t.Errorf("slide %d text %v", i, th)
			}
		}
	}
}

// The agenda's deck: each block shows its plan row's slides, a break its
// countdown, a block without slides its title; the block timer restarts at
// each block boundary.
func TestAgendaBlocksAndBreakCountdown(t *testing.T) {
	lib := deckLib(t)
	s, _ := session.New("x", "2026-12-07", 1, "en")
	s.Agenda[0] = []session.Block{
		{Kind: session.BlockCustom, Module: 1, Title: "Welcome and round of names", Minutes: 10, Step: 1},
		{Kind: session.BlockPart, Module: 1, Part: course.Theory, Minutes: 40, Step: 2},
		{Kind: session.BlockBreak, Minutes: 15, Step: 5},
		{Kind: session.BlockCustom, Title: "Our own block", Description: "Pairs: **two** ideas each.", Minutes: 20},
	}
	d := slides.AgendaDeck(lib, s, locales.New("en"))
	p, w, clock := newTestPresentation(t, d)
	var got []string
	for _, sl := range d.Slides {
		got = append(got, sl.Title)
	}
	want := "Digital basics|Welcome and round of names|Why take stock|Three questions|Break — back at 10:05|Our own block"
	if strings.Join(got, "|") != want {
		t.Errorf("agenda deck %q", strings.Join(got, "|"))
	}
	key := func(k fyne.KeyName) { w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }
	*clock = clock.Add(9 * time.Minute)
	if p.block.Pace(*clock) != slides.PaceOrange {
		t.Errorf("1 min left of 10: %v", p.block.Pace(*clock))
	}
	key(fyne.KeyRight)
	key(fyne.KeyRight) // into the theory block
	if p.block.Budget != 40*time.Minute || p.block.Pace(*clock) != slides.PaceGreen {
		t.Errorf("the theory block's timer: %+v", p.block)
	}
	key(fyne.KeyRight)
	key(fyne.KeyRight) // the break
	if p.block.Budget != 15*time.Minute || p.countdown.Text != "15:00" {
		t.Errorf("the break's countdown %q, budget %v", p.countdown.Text, p.block.Budget)
	}
	if p.view.current.Title != "Break — back at 09:24" {
		t.Errorf("the break slide says %q", p.view.current.Title)
	}
	*clock = clock.Add(4*time.Minute + 30*time.Second)
	p.tickProjector()
	if p.countdown.Text != "10:30" {
		t.Errorf("the countdown after 4 min 30: %q", p.countdown.Text)
	}
	key(fyne.KeyRight) // the own block: its title and instructions
	if p.countdown.Text != "" || !strings.Contains(segmentText(p.view.text.Segments), "two ideas each") {
		t.Errorf("the own block: countdown %q, text %q", p.countdown.Text, segmentText(p.view.text.Segments))
	}
	test.TypeOnCanvas(w.Canvas(), "c")
	if p.countdown.Text != "20:00" || p.view.text.Visible() {
		t.Errorf("C did not show the block's timer full screen: %q", p.countdown.Text)
	}
	key(fyne.KeyLeft)
	if p.timerFull {
		t.Error("the full-screen timer stays on in another block")
	}
}

// Showing slides reuses the view's theme override: no new override scope
// (and no new font set) per slide.
func TestSlidesReuseTheView(t *testing.T) {
	p, _, _ := newTestPresentation(t, slides.ModuleDeck(deckLib(t).Module(1), "", "en"))
	root, text := p.view.root, p.view.text
	for i := 0; i < p.Count(); i++ {
		p.Go(i)
	}
	if p.stage.Objects[0] != root || p.view.text != text {
		t.Error("the projector made a new slide view")
	}
}

func BenchmarkNextSlide(b *testing.B) {
	p, _, _ := newTestPresentation(b, slides.ModuleDeck(deckLib(b).Module(1), "", "en"))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if p.Index() == p.Count()-1 {
			p.Go(0)
		} else {
			p.Next()
		}
	}
}

// BenchmarkFitSlide measures one slide's fitting (what the fitter's
// goroutine does once per slide and screen size): the largest text size at
// which module 01's richest slide fits 1920x1080.
func BenchmarkFitSlide(b *testing.B) {
	test.NewTempApp(b)
	d := slides.ModuleDeck(deckLib(b).Module(1), "", "en")
	f := newFitter()
	f.measure = newSlideViewer(false, baseText(1080))
	j := fitJob{slide: d.Slides[3].Slide, base: baseText(1080), floor: minText(1080), width: 1920, high: 1080}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f.fit(j)
	}
}

// A break on the projector as drawn: its title with the time to be back
// and the countdown (ui/testdata/presenter/break_projector.xml).
func TestBreakRendersToMarkup(t *testing.T) {
	s, _ := session.New("x", "2026-12-07", 1, "en")
	s.Agenda[0] = []session.Block{{Kind: session.BlockBreak, Minutes: 15}}
	p, w, clock := newTestPresentation(t, slides.AgendaDeck(deckLib(t), s, locales.New("en")))
	*clock = clock.Add(90 * time.Second)
	p.tickProjector()
	test.AssertRendersToMarkup(t, "presenter/break_projector.xml", w.Canvas())
}
