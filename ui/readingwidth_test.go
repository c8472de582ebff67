package ui

import (
	"sort"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
)

// rows are the lines of a rich text as drawn: the texts of each row, left
// to right.
func rows(rt *widget.RichText) [][]*canvas.Text {
	byY := map[float32][]*canvas.Text{}
	for _, o := range test.WidgetRenderer(rt).Objects() {
		if t, ok := o.(*canvas.Text); ok && t.Visible() {
			byY[t.Position().Y] = append(byY[t.Position().Y], t)
		}
	}
	var ys []float32
	for y := range byY {
		ys = append(ys, y)
	}
	sort.Slice(ys, func(i, j int) bool { return ys[i] < ys[j] })
	var out [][]*canvas.Text
	for _, y := range ys {
		r := byY[y]
		sort.Slice(r, func(i, j int) bool { return r[i].Position().X < r[j].Position().X })
		out = append(out, r)
	}
	return out
}

// On a wide screen the reader's lines of body text hold 80 to 100
// characters, in a centred column.
func TestReaderLineLength(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	mw := NewMainWindow(a, w, realLib(t), NewMemPrefs(), nil, defaultState())
	w.Resize(fyne.NewSize(1920, 1080))
	l := mw.reader.lists[course.Theory]
	live := l.Objects()
	if len(live) == 0 {
		t.Fatal("nothing drawn")
	}
	col := live[0]
	if left, right := col.Position().X, l.body.Size().Width-col.Position().X-col.Size().Width; left < 100 || left-right > 1 || right-left > 1 {
		t.Errorf("the column is not centred: %v left, %v right", left, right)
	}
	longest := 0
	for _, rt := range deepCollect[*widget.RichText](container.NewWithoutLayout(live...)) {
		for _, r := range rows(rt) {
			if r[0].TextSize != theme14(r[0]) {
				continue // headings
			}
			n := 0
			for _, t := range r {
				n += len([]rune(t.Text))
			}
			longest = max(longest, n)
		}
	}
	t.Logf("longest body line: %d characters", longest)
	if longest < 80 || longest > 100 {
		t.Errorf("the longest line of body text holds %d characters, want 80 to 100", longest)
	}
}

// theme14 is the body text size (headings are larger).
func theme14(*canvas.Text) float32 { return theme.TextSize() }

// A line wrapped after a bold lead-in does not start with a space. (A
// width leaving less than one character after the lead-in makes Fyne 2.7
// break the rest of the segment after every character, a bug of its
// lineBounds; those widths are left out.)
func TestNoSpaceAfterBoldLeadIn(t *testing.T) {
	test.NewTempApp(t)
	// Fyne wraps between segments: the space goes with the lead-in.
	segs := segments([]course.Inline{{Text: "Lead-in:", Style: course.Bold}, {Text: "  text"}}, nil)
	if a, b := segs[0].(*widget.TextSegment).Text, segs[1].(*widget.TextSegment).Text; a != "Lead-in:  " || b != "text" {
		t.Errorf("segments %q, %q; want the spaces after the lead-in", a, b)
	}
	rest := " the trainer reads the part aloud, then the group discusses what it means for their organisation."
	for w := float32(100); w < 500; w++ {
		rt := newParagraph([]course.Inline{{Text: "Who reads, and when:", Style: course.Bold}, {Text: rest}}, nil)
		rt.Resize(fyne.NewSize(w, rt.MinSize().Height))
		for i, r := range rows(rt.rich) {
			if i > 0 && strings.HasPrefix(r[0].Text, " ") && strings.TrimSpace(r[0].Text) != "" {
				t.Errorf("at %v px, line %d starts with a space: %q", w, i+1, r[0].Text)
			}
		}
	}
}

// Changing module keeps no document of the former one in the hidden tabs.
func TestReaderReleasesHiddenTabs(t *testing.T) {
	mw, _, _ := newTestWindow(t, defaultState())
	mw.SelectPart(course.Case)
	mw.SelectPart(course.Theory)
	if len(mw.reader.shown) != 2 {
		t.Fatalf("%d documents drawn after two tabs", len(mw.reader.shown))
	}
	mw.SelectModule(2)
	if len(mw.reader.shown) != 1 || mw.reader.lists[course.Case].Len() != 0 || mw.reader.lists[course.Theory].Len() == 0 {
		t.Errorf("after the module change, documents of %d tabs are kept", len(mw.reader.shown))
	}
	mw.SelectPart(course.Case)
	if !strings.Contains(shownText(mw), firstLine(mw.lib.Module(2).Text("en", course.Case))) {
		t.Error("a released tab is not drawn again when chosen")
	}
}

// The reader's tabs skip the refreshes Fyne's tabs make at each change of
// tab; the text still follows a change of text size.
func TestReaderFollowsTheZoom(t *testing.T) {
	mw, w, _ := newTestWindow(t, defaultState())
	size := func() float32 {
		for _, rt := range deepCollect[*widget.RichText](container.NewWithoutLayout(mw.reader.lists[course.Theory].Objects()...)) {
			for _, r := range rows(rt) {
				return r[0].TextSize
			}
		}
		return 0
	}
	before := size()
	mw.SetZoom(1.5)
	w.Content().Refresh() // what Fyne does on a theme change
	if after := size(); after <= before {
		t.Errorf("text size %v before the zoom, %v after", before, after)
	}
}
