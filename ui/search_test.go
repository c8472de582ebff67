package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/search"
)

func TestSearchAndOpenAtTheHit(t *testing.T) {
	mw, w, _ := newTestWindow(t, defaultState())
	w.Resize(fyne.NewSize(1000, 420)) // the short test part scrolls
	w.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault})
	if w.Canvas().Focused() != mw.toolbar.search {
		t.Fatal("Ctrl+F does not focus the search box")
	}
	// Accents and case do not matter; the content language is English.
	v := mw.Search("PERSONAL DATA")
	if len(v.Results()) == 0 || !v.Content().Visible() {
		t.Fatal("no results shown")
	}
	for _, r := range v.Results() {
		if r.Lang != "en" {
			t.Fatalf("result in %s while searching English only", r.Lang)
		}
	}
	v.all.SetChecked(true) // all four languages
	fr := mw.Search("donnees personnelles")
	var hit *search.Result
	for i, r := range fr.Results() {
		if r.Lang == "fr" && r.Part == course.Theory && r.Block > 0 {
			hit = &fr.Results()[i]
			fr.list.Select(i) // a tap on the result
			break
		}
	}
	if hit == nil {
		t.Fatal("no French theory hit for « données personnelles »")
	}
	if v.Content().Visible() || mw.State().Lang != "fr" || mw.State().Module != hit.Module || mw.State().Part != course.Theory {
		t.Fatalf("opening a result: state %+v", mw.State())
	}
	if off := mw.reader.lists[course.Theory].scroll.Offset.Y; off <= 0 {
		t.Errorf("the part is not scrolled to the hit (offset %v)", off)
	}
	// The words of the query are highlighted in the part, in view.
	marked := markedWords(mw)
	if len(marked) == 0 {
		t.Fatal("no hit highlighted in the opened part")
	}
	for _, m := range marked {
		if f := course.Fold(m); f != "donnees" && f != "personnelles" {
			t.Errorf("%q highlighted for « donnees personnelles »", m)
		}
	}
	// Opened otherwise (a bookmark), the part has no highlights.
	mw.open(hit.Module, course.Theory, "fr")
	if marked := markedWords(mw); len(marked) != 0 {
		t.Errorf("highlights left after opening the part again: %q", marked)
	}
}

// markedWords are the words the reader shows highlighted as search hits.
func markedWords(mw *MainWindow) []string {
	return markedIn(container.NewWithoutLayout(mw.reader.lists[mw.reader.Part()].Objects()...))
}

// markedIn are the words o shows highlighted as search hits.
func markedIn(o fyne.CanvasObject) []string {
	var out []string
	for _, rt := range deepCollect[*widget.RichText](o) {
		for _, seg := range rt.Segments {
			if ts, ok := seg.(*widget.TextSegment); ok && ts.Style.TextStyle.Underline {
				out = append(out, strings.TrimSpace(ts.Text))
			}
		}
	}
	return out
}

// A burst of keys runs one query, the last, once the typing pauses.
func TestSearchWaitsForAPause(t *testing.T) {
	var d debouncer
	ran := make(chan string, 3)
	for _, q := range []string{"p", "pe", "per"} {
		d.run(func() { ran <- q })
	}
	if got := <-ran; got != "per" {
		t.Fatalf("ran %q first, want only the last query", got)
	}
	time.Sleep(2 * searchPause) // time for a stray earlier query to show up
	if len(ran) != 0 {
		t.Errorf("%d more queries ran after the burst", len(ran))
	}
	d.run(func() { ran <- "cancelled" })
	d.cancel()
	time.Sleep(2 * searchPause)
	if len(ran) != 0 {
		t.Error("a cancelled query ran")
	}
}

// More than 100 results: 100 drawn, and the count says of how many.
func TestSearchCountWhenCut(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	mw := NewMainWindow(a, w, realLib(t), NewMemPrefs(), nil, defaultState())
	mw.search.all.SetChecked(true)
	v := mw.Search("de")
	_, total := mw.searchIndex().SearchTotal("de", search.Options{Limit: 1})
	if total <= searchLimit || len(v.Results()) != searchLimit {
		t.Fatalf("%d results of %d; the test needs more than %d", len(v.Results()), total, searchLimit)
	}
	want := fmt.Sprintf("100 of %d results", total)
	if v.count.Text != want {
		t.Errorf("count %q, want %q", v.count.Text, want)
	}
}

// A part saved while the index is still being built at start is found:
// the index of the library as it was is built again.
func TestSavedTextIsSearchableBeforeTheIndexIsReady(t *testing.T) {
	mw, _ := newCustomWindow(t)
	if err := mw.custom.SaveText(mw.current().Key(), "en", course.Theory, "# Theory\n\nZorglub cooperatives.\n"); err != nil {
		t.Fatal(err)
	}
	res := mw.searchIndex().Search("zorglub", search.Options{Lang: "en"})
	if len(res) != 1 || res[0].Module != 1 || res[0].Part != course.Theory {
		t.Errorf("search after the edit: %+v", res)
	}
}

// openHit searches query in all languages and opens its first result in
// part, as a tap on it does.
func openHit(t *testing.T, mw *MainWindow, query, part string) search.Result {
	t.Helper()
	v := mw.Search(query)
	v.all.SetChecked(true)
	v = mw.Search(query)
	for i, r := range v.Results() {
		if r.Part == part {
			v.list.Select(i)
			if mw.reader.Part() != part {
				t.Fatalf("the hit opens %q, not %q", mw.reader.Part(), part)
			}
			return r
		}
	}
	t.Fatalf("no %s hit for « %s »", part, query)
	return search.Result{}
}

// folded are words folded as the search folds them, and counted.
func folded(words []string) map[string]int {
	out := map[string]int{}
	for _, w := range words {
		out[course.Fold(w)]++
	}
	return out
}
