package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/slides"
)

// A slide's rich text holds its title, its bullets, its table's cells and
// its quote, and no link widget (a link is a widget outside the view's
// theme).
func TestSlideSegments(t *testing.T) {
	test.NewTempApp(t)
	src := "## Costs\n\n- a [licence](https://example.org)\n- training\n\n| item | who pays |\n|---|---|\n| laptop | us |\n\n> A quote\n"
	s := slides.Split(course.ParseString(src))[0]
	v := newSlideViewer(false, 40)
	v.show(&s, 40)
	text := segmentText(v.text.Segments)
	for _, want := range []string{"Costs", "licence", "training", "item", "who pays", "laptop", "A quote"} {
		if !strings.Contains(text, want) {
			t.Errorf("the slide lacks %q: %q", want, text)
		}
	}
	dark := &slideTheme{text: 40, dark: true}
	if dark.Color("background", 0) == v.th.Color("background", 0) {
		t.Error("the dark projector has the light background")
	}
}

// segmentText is the text of rich text segments, paragraphs and lists
// included (RichText.String leaves them out).
func segmentText(segs []widget.RichTextSegment) string {
	var b strings.Builder
	for _, s := range segs {
		switch x := s.(type) {
		case *widget.TextSegment:
			b.WriteString(x.Text)
		case *widget.ParagraphSegment:
			b.WriteString(segmentText(x.Texts) + "\n")
		case *widget.ListSegment:
			b.WriteString(segmentText(x.Items))
		case *tableSegment:
			b.WriteString(x.Textual())
		}
	}
	return b.String()
}

// A table slide draws its cells in a grid: each column's cells start at
// the same X, left of the next column's, and the header row is bold.
func TestSlideTableColumnsAlign(t *testing.T) {
	test.NewTempApp(t)
	src := "## Costs\n\n| end of | A | B |\n|---|---|---|\n| year 1 | 18,600 | 5,400 |\n| year 22 | 9 | 10,200 |\n\nAfter the table\n"
	s := slides.Split(course.ParseString(src))[0]
	v := newSlideViewer(false, 40)
	w := test.NewWindow(v.root)
	defer w.Close()
	w.Resize(fyne.NewSize(1280, 720))
	v.show(&s, 40)
	tbl := v.tables.tables[0]
	if len(tbl.objs) != 3+9 {
		t.Fatalf("the table draws %d objects, want 3 rules and 9 cells", len(tbl.objs))
	}
	cell := func(row, col int) *canvas.Text { return tbl.texts[row*3+col] }
	for col := 0; col < 3; col++ {
		for row := 1; row < 3; row++ {
			if cell(row, col).Position().X != cell(0, col).Position().X {
				t.Errorf("column %d: row %d's cell at X %v, the header's at %v", col, row, cell(row, col).Position().X, cell(0, col).Position().X)
			}
		}
		if col > 0 && cell(2, col-1).Position().X+cell(2, col-1).Size().Width >= cell(2, col).Position().X {
			t.Errorf("column %d starts inside column %d", col, col-1)
		}
	}
	for row := 1; row < 3; row++ {
		if cell(row, 0).Position().Y <= cell(row-1, 0).Position().Y {
			t.Errorf("row %d is not below row %d", row, row-1)
		}
	}
	if !cell(0, 0).TextStyle.Bold || cell(1, 0).TextStyle.Bold {
		t.Error("the header row should be bold and the others not")
	}
	if cell(0, 0).TextSize != 40 || cell(1, 1).Text != "18,600" {
		t.Errorf("cell at size %v with %q, want 40 and 18,600", cell(0, 0).TextSize, cell(1, 1).Text)
	}
}

// The view keeps its override, rich text and table from slide to slide:
// a second table slide refills the same table, reusing its text objects.
func TestSlideViewReusesTable(t *testing.T) {
	test.NewTempApp(t)
	deck := slides.Split(course.ParseString("## One\n\n| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n\n## Two\n\n| x | y |\n|---|---|\n| 5 | 6 |\n"))
	v := newSlideViewer(false, 40)
	root, text := v.root, v.text
	v.show(&deck[0], 40)
	tbl, first := v.tables.tables[0], v.tables.tables[0].texts[0]
	v.show(&deck[1], 30)
	if v.root != root || v.text != text || len(v.tables.tables) != 1 || v.tables.tables[0] != tbl {
		t.Fatal("showing another slide made new view objects")
	}
	if tbl.texts[0] != first || first.Text != "x" || first.TextSize != 30 {
		t.Errorf("the second slide's first cell: %q at %v, reused %v", first.Text, first.TextSize, tbl.texts[0] == first)
	}
	if len(tbl.objs) != 2+4 {
		t.Errorf("the second table draws %d objects, want 2 rules and 4 cells", len(tbl.objs))
	}
}

// A table too wide for the screen at the slide's size wraps its cells in
// their columns: the grid stays within the screen, taller, and the fitter
// counts its height.
func TestSlideTableWrapsWideCells(t *testing.T) {
	test.NewTempApp(t)
	src := "## Wide\n\n| a long first heading of many words | a long second heading of many words | a long third heading of many words | fourth |\n|---|---|---|---|\n| 1 | 2 | 3 | 4 |\n"
	s := slides.Split(course.ParseString(src))[0]
	f := newFitter()
	f.inline = true
	key := fitKey{slide: 0, size: fyne.NewSize(1280, 720), scale: 1}
	f.ask(fitJob{key: key, slide: s, base: 48, floor: 32, width: 1280, high: 720})
	got, ok := f.size(key)
	if !ok || got != 48 {
		t.Fatalf("the wrapped table is fitted at %v (known %v), want 48: it fits once wrapped", got, ok)
	}
	tbl := f.measure.tables.tables[0]
	size := tbl.MinSize()
	if size.Width > 1280 {
		t.Errorf("the table is %v wide, more than the screen", size.Width)
	}
	g := tbl.measure(tbl.width())
	if len(g.cells[0][0]) < 2 || len(g.cells[0][3]) != 1 {
		t.Errorf("the long heading should wrap and the short one not: %q, %q", g.cells[0][0], g.cells[0][3])
	}
	if size.Height < g.rowH[1]*3 {
		t.Errorf("the wrapped header row is not taller: table %v high, a row %v", size.Height, g.rowH[1])
	}
	if h := f.measure.height(1280); h > 720 {
		t.Errorf("the slide is %v high at its fitted size, more than the screen", h)
	}
}

// A table slide as drawn on a 1280x720 projector: the title, the grid's
// cells and rules, the text after it (ui/testdata/presenter/table_slide.xml).
func TestTableSlideRendersToMarkup(t *testing.T) {
	test.NewTempApp(t)
	src := "## Answer key\n\n| end of | A | B |\n|---|--:|--:|\n| year 1 | 18,600 | 5,400 |\n| year 2 | 19,200 | 10,200 |\n\nCheapest at the start\n"
	s := slides.Split(course.ParseString(src))[0]
	v := newSlideViewer(false, 36)
	w := test.NewTempWindow(t, v.root)
	w.Resize(fyne.NewSize(1280, 720))
	v.show(&s, 36)
	// The test canvas lays out again on a resize only (the real one on
	// each frame whose sizes changed).
	w.Resize(fyne.NewSize(1279, 720))
	w.Resize(fyne.NewSize(1280, 720))
	test.AssertRendersToMarkup(t, "presenter/table_slide.xml", w.Canvas())
}

// A French number's no-break space holds a cell on one line: only ordinary
// spaces wrap (the numbers of module 18's answer key broke in two).
func TestSlideTableKeepsNoBreakSpaces(t *testing.T) {
	test.NewTempApp(t)
	size := float32(28)
	one := "18\u202f600"
	w := fyne.MeasureText(one, size, fyne.TextStyle{}).Width
	if got := wrapCell(one, w, size, fyne.TextStyle{}); len(got) != 1 || got[0] != one {
		t.Errorf("wrapCell(%q) at its own width = %q", one, got)
	}
	if got := wrapCell("19\u00a0800 au total", w, size, fyne.TextStyle{}); len(got) < 2 || got[0] != "19\u00a0800" {
		t.Errorf("wrapCell kept %q", got)
	}
}
