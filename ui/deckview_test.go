package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/locales"
)

// testDeck is a short deck for module 1 of the test library: a title
// slide, two slides of plan row 2 (the first without notes) and one of row 4.
const testDeck = `# Digital basics

Half a day · 210 minutes

Note:
Welcome the group as they arrive.

---

Step: 2

## Why take stock

- Tools pile up
- Nobody owns them

---

## Three questions

1. Who pays?
2. Who decides?

Note:
Ask the room; write **three** answers on the flipchart.

---

Step: 4

## The inventory

| tool | owner |
|---|---|
| mail | office |

Note:
Groups of four, 35 minutes.
`

// withDeck gives module 1 of lib the test deck and quiz in English.
func withDeck(lib *course.Library) *course.Module {
	m := lib.Module(1)
	m.Source["en"][course.SlidesPart] = testDeck
	m.Source["en"][course.QuizPart] = testQuiz
	return m
}

// deckWindow is the main window w×h on the test library, module 1 with
// the test deck and quiz: where the search tests open their hits.
func deckWindow(t *testing.T, w, h float32) *MainWindow {
	a := test.NewTempApp(t)
	win := a.NewWindow("test")
	lib := testLib(t)
	withDeck(lib)
	mw := NewMainWindow(a, win, lib, NewMemPrefs(), nil, defaultState())
	win.Resize(fyne.NewSize(w, h))
	return mw
}

func ctrl(w fyne.Window, k fyne.KeyName) {
	w.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault})
}

func TestCtrl6ShowsTheDeckWithItsNotes(t *testing.T) {
	mw, w, prefs := newTestWindow(t, defaultState())
	withDeck(mw.lib)
	ctrl(w, fyne.Key6)
	if mw.reader.Part() != course.SlidesPart || prefs.Setting(prefPart) != course.SlidesPart {
		t.Fatalf("Ctrl+6 shows %q", mw.reader.Part())
	}
	// The whole tab, not only what a test window has in view.
	text := allText(stacked(mw.reader.lists[course.SlidesPart].items))
	for _, want := range []string{
		"Slide 1 of 4", "Digital basics", "Welcome the group",
		"Slide 2 of 4  ·  Plan row 2: Why take stock (40 min)", "Tools pile up", "No notes for this slide.",
		"Slide 4 of 4  ·  Plan row 4: Activity 1: the inventory (35 min)", "Groups of four",
		"Speaker notes",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the Slides tab lacks %q", want)
		}
	}
	if strings.Contains(text, "Step:") || strings.Contains(text, "Note:") {
		t.Error("the deck's markers are shown as text")
	}
	// Ctrl+7 the quiz, Ctrl+1 back to the theory.
	ctrl(w, fyne.Key7)
	if mw.reader.Part() != course.QuizPart || !strings.Contains(shownText(mw), "Question 1 of 2") {
		t.Errorf("Ctrl+7 shows %q", mw.reader.Part())
	}
	ctrl(w, fyne.Key1)
	if mw.reader.Part() != course.Theory {
		t.Errorf("Ctrl+1 shows %q", mw.reader.Part())
	}
}

// A module without a deck in the language says so, as for a missing part.
func TestDeckTabWithoutDeck(t *testing.T) {
	mw, w, _ := newTestWindow(t, defaultState())
	ctrl(w, fyne.Key6)
	if got := shownText(mw); !strings.Contains(got, locales.New("en").T("reader_missing_part")) {
		t.Errorf("a module without deck shows %q", got)
	}
}

// The trainer's edit of the deck is what the tab shows, with the line that
// offers compare and reset.
func TestCustomisedDeckInTheReader(t *testing.T) {
	test.NewTempApp(t)
	m := withDeck(testLib(t))
	o := m.EditOverlay("en", course.SlidesPart)
	o.SetText(m.Text("en", course.SlidesPart), testDeck+"\n---\n\n## My own slide\n\nNote:\nMine.\n")
	r := newReader(locales.New("en"), readerActions{}, true)
	test.NewTempWindow(t, r.Content())
	r.Show(m.WithOverlay(o), course.SlidesPart, "en")
	text := allText(stacked(r.lists[course.SlidesPart].items))
	if !strings.Contains(text, "My own slide") || !strings.Contains(text, "Slide 5 of 5") {
		t.Errorf("the edited deck is not shown: %q", text)
	}
	var links []string
	for _, l := range collect[*widget.Hyperlink](r.status[course.SlidesPart]) {
		links = append(links, l.Text)
	}
	if tr := locales.New("en"); strings.Join(links, "|") != tr.T("custom_compare")+"|"+tr.T("custom_reset") {
		t.Errorf("links above the edited deck: %v", links)
	}
}

// The Slides tab as drawn: caption, framed slide, notes.
func TestDeckRendersToMarkup(t *testing.T) {
	test.NewTempApp(t)
	m := withDeck(testLib(t))
	r := newReader(locales.New("en"), readerActions{}, true)
	w := test.NewTempWindow(t, r.Content())
	w.Resize(fyne.NewSize(900, 640))
	r.Show(m, course.SlidesPart, "en")
	test.AssertRendersToMarkup(t, "reader/slides_en.xml", w.Canvas())
}

// A search hit's block leads to the slide card that holds it.
func TestDeckCardOfBlock(t *testing.T) {
	blocks := course.ParseString(testDeck).Blocks
	for i, b := range blocks {
		if b.Kind == course.BlockHeading && course.PlainText(b.Inlines) == "The inventory" {
			if got := deckCardOf(testDeck, i); got != 3 {
				t.Errorf("The inventory is in card %d, want 3", got)
			}
		}
	}
	if deckCardOf(testDeck, 0) != 0 {
		t.Error("the title is not in the first card")
	}
}

// A search hit in the deck opens the Slides tab scrolled to its slide.
func TestSearchHitOpensTheSlide(t *testing.T) {
	mw := deckWindow(t, 1000, 420)
	v := mw.Search("flipchart")
	found := false
	for i, r := range v.Results() {
		if r.Part == course.SlidesPart && r.Module == 1 {
			found = true
			v.list.Select(i)
			break
		}
	}
	if !found {
		t.Fatal("no hit in the deck for « flipchart »")
	}
	if mw.State().Part != course.SlidesPart || mw.reader.Part() != course.SlidesPart {
		t.Fatalf("the hit opens %q", mw.reader.Part())
	}
	// "flipchart" is in the notes of slide 3: the tab scrolls to its card.
	l := mw.reader.lists[course.SlidesPart]
	top, ok := l.tops[mw.reader.first[course.SlidesPart]+2]
	if off := l.scroll.Offset.Y; !ok || off <= 0 || off < top-1 || off > top+1 {
		t.Errorf("the deck is scrolled to %v, slide 3 is at %v", off, top)
	}
}

// The deck is edited like a part: the preview shows slide cards, saving
// keeps an overlay on the slides part, resetting removes it.
func TestEditTheDeck(t *testing.T) {
	mw, db := newCustomWindow(t)
	ctrl(mw.win, fyne.Key6)
	ed := mw.EditPart()
	if ed == nil {
		t.Fatal("no editor on the Slides tab")
	}
	ed.SetText(testDeck)
	ed.flush()
	if got := allText(stacked(ed.preview.items)); !strings.Contains(got, "Slide 4 of 4") || !strings.Contains(got, "Groups of four") {
		t.Errorf("the preview is not the deck's: %q", got)
	}
	if err := ed.Save(); err != nil {
		t.Fatal(err)
	}
	o := storedOverlay(t, db, course.SlidesPart)
	if o == nil || !o.Edited || o.Text != testDeck {
		t.Fatalf("stored overlay %+v", o)
	}
	if !strings.Contains(shownText(mw), "Slide 2 of 4") || !mw.current().Edited("en", course.SlidesPart) {
		t.Error("the saved deck is not shown as customised")
	}
	if err := mw.custom.ResetPart("en", course.SlidesPart); err != nil {
		t.Fatal(err)
	}
	if storedOverlay(t, db, course.SlidesPart) != nil || mw.current().Text("en", course.SlidesPart) != "" {
		t.Error("reset left the edited deck")
	}
}

// BenchmarkLayoutLongestDeck builds the Slides tab of the longest deck
// (slide cards with their notes) and lays it out, as the reader does when
// the tab is chosen.
func BenchmarkLayoutLongestDeck(b *testing.B) {
	lib := realLib(b)
	var longest, guide, lang string
	for _, m := range lib.Modules {
		for _, l := range course.Languages {
			if s := m.Text(l, course.SlidesPart); len(s) > len(longest) {
				longest, guide, lang = s, m.Text(l, course.Guide), l
			}
		}
	}
	a := test.NewApp()
	defer a.Quit()
	tr := locales.New("en")
	w := a.NewWindow("")
	w.Resize(fyne.NewSize(900, 800))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v := deckView(tr, longest, guide, lang)
		w.SetContent(v)
		v.Resize(fyne.NewSize(900, v.MinSize().Height))
	}
	b.ReportMetric(float64(len(longest)), "bytes")
}

// A search hit in the deck highlights the query's words in the slide's
// title, table and notes, not in the caption the plan gives it.
func TestSearchHitHighlightedInTheSlide(t *testing.T) {
	mw := deckWindow(t, 1000, 700)
	openHit(t, mw, "inventory office groups", course.SlidesPart)
	got := folded(markedWords(mw))
	want := map[string]int{"inventory": 1, "office": 1, "groups": 1}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("highlighted %v, want %v (title, table cell, notes)", got, want)
	}
	// Opened from the module list, the deck has no highlights.
	mw.open(1, course.SlidesPart, "en")
	if m := markedWords(mw); len(m) != 0 {
		t.Errorf("highlights left: %q", m)
	}
}
