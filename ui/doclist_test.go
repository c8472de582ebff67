package ui

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
)

// countedItems are n paragraphs of different lengths that count how many
// times each is built.
func countedItems(n int, built []int) []docItem {
	items := make([]docItem, n)
	for i := range items {
		text := fmt.Sprintf("Item %d. ", i) + strings.Repeat("word ", 10+(i%7)*20)
		items[i] = docItem{chars: len(text), build: func() fyne.CanvasObject {
			built[i]++
			l := widget.NewLabel(text)
			l.Wrapping = fyne.TextWrapWord
			return l
		}}
	}
	return items
}

// liveRange is the first and last item built and kept.
func liveRange(l *docList) (first, last int) {
	first, last = -1, -1
	for i := 0; i < l.Len(); i++ {
		if l.Item(i) != nil {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// countedList is a docList of 300 counted items in an 800×500 window.
func countedList(t *testing.T) (l *docList, w fyne.Window, built []int) {
	test.NewTempApp(t)
	built = make([]int, 300)
	l = newDocList(countedItems(300, built), true)
	w = test.NewTempWindow(t, l)
	w.Resize(fyne.NewSize(800, 500))
	return l, w, built
}

func TestDocListBuildsOnlyWhatIsInView(t *testing.T) {
	l, w, built := countedList(t)
	first, last := liveRange(l)
	if first != 0 || last < 3 || last > 60 {
		t.Fatalf("items %d to %d built for a view of 500 px", first, last)
	}
	for i := last + 1; i < len(built); i++ {
		if built[i] != 0 {
			t.Fatalf("item %d, below the view, was built", i)
		}
	}

	// Far down: the items of the top are released, each item above the
	// view measured once, the target at the top of the view.
	l.ScrollTo(250)
	if first, last = liveRange(l); first > 250 || last < 250 || first < 200 {
		t.Fatalf("items %d to %d kept at item 250", first, last)
	}
	if l.Item(0) != nil {
		t.Error("the first item is still kept far below it")
	}
	if top := l.tops[250]; top != l.scroll.Offset.Y {
		t.Errorf("item 250 at %v, the view at %v", top, l.scroll.Offset.Y)
	}
	for i := 0; i < 200; i++ {
		if built[i] != 1 {
			t.Fatalf("item %d built %d times to measure it", i, built[i])
		}
	}

	// Back to the top at the same width: built again, never measured again.
	before := append([]int(nil), built...)
	heights := append([]float32(nil), l.heights...)
	l.ScrollTo(0)
	first, last = liveRange(l)
	for i := range built {
		if d := built[i] - before[i]; d > 1 || d == 1 && (i < first || i > last) {
			t.Fatalf("item %d built %d more times going back to the top", i, d)
		}
	}
	for i := range heights {
		if heights[i] > 0 && l.heights[i] != heights[i] {
			t.Fatalf("item %d measured again at the same width", i)
		}
	}

	// Another width: measured again.
	w.Resize(fyne.NewSize(500, 500))
	if l.width == 0 || l.heights[6] == heights[6] {
		t.Errorf("the heights were not measured again at another width (%v, %v)", l.heights[6], heights[6])
	}
}

// Scrolling with the wheel builds what comes into view and releases what
// leaves it; the items in view keep their place.
func TestDocListScrolls(t *testing.T) {
	test.NewTempApp(t)
	built := make([]int, 100)
	l := newDocList(countedItems(100, built), false)
	w := test.NewTempWindow(t, l)
	w.Resize(fyne.NewSize(600, 400))
	_, last := liveRange(l)
	for range 20 {
		l.scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -200)})
	}
	first, last2 := liveRange(l)
	if first == 0 || last2 <= last {
		t.Fatalf("after 4000 px of scrolling, items %d to %d are kept (%d before)", first, last2, last)
	}
	y := l.scroll.Offset.Y
	var inView int
	for i := first; i <= last2; i++ {
		if l.tops[i] <= y && y < l.tops[i]+l.heights[i] {
			inView = i
		}
	}
	top := l.Item(inView).Position().Y
	l.scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -1)})
	if got := l.Item(inView).Position().Y; got != top {
		t.Errorf("the item in view moved from %v to %v", top, got)
	}
}

// TestDocListFreesWhatItDrops: the items scrolled away, and those built
// only to be measured, leave no renderer in Fyne's cache; those in view
// keep theirs.
func TestDocListFreesWhatItDrops(t *testing.T) {
	test.NewTempApp(t)
	var labels []*widget.Label
	items := countedItems(300, make([]int, 300))
	for i := range items {
		build := items[i].build
		items[i].build = func() fyne.CanvasObject {
			o := build()
			labels = append(labels, o.(*widget.Label))
			return o
		}
	}
	l := newDocList(items, true)
	w := test.NewTempWindow(t, l)
	w.Resize(fyne.NewSize(800, 500))
	l.ScrollTo(250)

	shown := map[*widget.Label]bool{}
	for i := 0; i < l.Len(); i++ {
		if o := l.Item(i); o != nil {
			shown[o.(*widget.Label)] = true
		}
	}
	if len(shown) == 0 {
		t.Fatal("nothing in view after the scroll")
	}
	for _, lb := range labels {
		_, rendered := fyneCachedRenderer(lb)
		if shown[lb] && !rendered {
			t.Errorf("label in view %q has no renderer", lb.Text[:10])
		}
		if !shown[lb] && rendered {
			t.Errorf("label dropped %q keeps its renderer", lb.Text[:10])
		}
	}
}

// TestFyneCachesAreShortened: the link to Fyne's cache lifetime reads what
// Fyne uses (a minute by default), and the main window shortens it.
func TestFyneCachesAreShortened(t *testing.T) {
	if os.Getenv("FYNE_CACHE") == "" && fyneCacheAtStart != time.Minute {
		t.Fatalf("Fyne's cache lifetime read as %v at start, want its default, a minute", fyneCacheAtStart)
	}
	shortenFyneCaches()
	if os.Getenv("FYNE_CACHE") == "" && (fyneCacheLife != cacheLife || fyneCacheCleanEvery != cacheLife/2) {
		t.Fatalf("Fyne's cache lifetime %v, cleaned every %v; want %v, %v", fyneCacheLife, fyneCacheCleanEvery, cacheLife, cacheLife/2)
	}
}

// A long table drawn in a docList shows only the rows in view: Fyne draws
// every object of a scroll, in view or not. The rows keep their place, and
// scrolling shows the rows that come into view.
func TestDocListDrawsOnlyTheTableRowsInView(t *testing.T) {
	test.NewTempApp(t)
	var md strings.Builder
	md.WriteString("| Métier | Voies d'accès |\n|---|---|\n")
	for i := range 60 {
		fmt.Fprintf(&md, "| Métier %d | Une formation, puis un stage |\n", i)
	}
	doc := course.ParseString(md.String())
	table := renderBlock(&doc.Blocks[0], 0).(*fyne.Container)
	l := newDocList([]docItem{{build: func() fyne.CanvasObject { return table }, chars: md.Len()}}, false)
	w := test.NewTempWindow(t, l)
	w.Resize(fyne.NewSize(600, 300))
	shown := func() (first, last int) {
		first, last = -1, -1
		for i, cell := range table.Objects {
			if cell.Visible() {
				if first < 0 {
					first = i / 2
				}
				last = i / 2
			}
		}
		return first, last
	}
	first, last := shown()
	if first != 0 || last < 3 || last > 20 {
		t.Fatalf("rows %d to %d of 61 shown in a view of 300 px", first, last)
	}
	y := table.Objects[2*30].Position().Y
	l.scroll.ScrollToOffset(fyne.NewPos(0, y))
	l.update()
	first, last = shown()
	if first < 25 || first > 30 || last < 33 || last > 50 {
		t.Errorf("rows %d to %d shown with row 30 at the top", first, last)
	}
	if got := table.Objects[2*30].Position().Y; got != y {
		t.Errorf("row 30 moved from %v to %v when the rows above it were hidden", y, got)
	}
}

// A new document builds only the items in view; the window draws only
// those in view, and once the trainer scrolls, the items half a screen
// around the view are built too (measured before they come in) but still
// not drawn.
func TestDocListDrawsOnlyTheItemsInView(t *testing.T) {
	l, _, _ := countedList(t)
	inView := func() (n int) {
		view := l.scroll.Size().Height
		for i, o := range l.live {
			if top := l.tops[i] - l.scroll.Offset.Y; top+o.Size().Height >= 0 && top <= view {
				n++
			}
		}
		return n
	}
	_, last := liveRange(l)
	if bottom := l.tops[last] - l.scroll.Offset.Y; bottom > l.scroll.Size().Height {
		t.Errorf("item %d, built first, starts at %v below a view of %v", last, bottom, l.scroll.Size().Height)
	}
	if n := len(l.Objects()); n == 0 || n != len(l.live) || n != inView() {
		t.Errorf("%d items drawn, %d built, %d in view", n, len(l.live), inView())
	}

	l.scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -600)})
	drawn := l.Objects()
	if len(drawn) == 0 || len(drawn) != inView() || len(l.live) <= len(drawn) {
		t.Fatalf("after a scroll, %d items drawn, %d in view, %d built", len(drawn), inView(), len(l.live))
	}
	for k := 1; k < len(drawn); k++ {
		if drawn[k].Position().Y <= drawn[k-1].Position().Y {
			t.Fatal("the items drawn are not in their order")
		}
	}
}
