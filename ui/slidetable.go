package ui

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
)

// slideTable draws a Markdown table on a slide as a grid: aligned columns,
// the header row bold, a thin rule under each row. It is a rich text
// segment's visual; a view keeps its tables for its life and refills them
// slide after slide, reusing their text and rule objects. It sizes itself
// from the view's slideTheme, not from a theme lookup: the table is drawn
// inside the rich text, outside the theme override's scope (which is never
// refreshed, see slideView).
type slideTable struct {
	widget.BaseWidget
	th     *slideTheme
	header []string // empty when the table has no header text
	rows   [][]string
	align  []course.Align

	texts []*canvas.Text      // pool, the first used() in use
	rules []*canvas.Rectangle // pool, one a row in use
	objs  []fyne.CanvasObject // the objects in use, for the renderer
}

func newSlideTable(th *slideTheme) *slideTable {
	t := &slideTable{th: th}
	t.ExtendBaseWidget(t)
	return t
}

// set fills the table with a slide's cells and picks its objects from the
// pool, growing it only when this table has more cells than any before.
func (t *slideTable) set(header []string, rows [][]string, align []course.Align) {
	t.header, t.rows, t.align = header, rows, align
	n, lines := 0, len(rows)
	if len(header) > 0 {
		lines++
	}
	for _, r := range t.lines() {
		n += len(r)
	}
	for len(t.texts) < n {
		t.texts = append(t.texts, canvas.NewText("", color.Black))
	}
	for len(t.rules) < lines {
		t.rules = append(t.rules, canvas.NewRectangle(color.Black))
	}
	t.objs = t.objs[:0]
	for _, r := range t.rules[:lines] {
		t.objs = append(t.objs, r)
	}
	for _, x := range t.texts[:n] {
		t.objs = append(t.objs, x)
	}
}

// lines is the header (when there is one) then the rows.
func (t *slideTable) lines() [][]string {
	if len(t.header) == 0 {
		return t.rows
	}
	return append([][]string{t.header}, t.rows...)
}

// metrics are the table's measures at the slide's text size: each
// column's width and the height of a row, cell padding included.
func (t *slideTable) metrics() (cols []float32, rowH, padX, rule float32) {
	size := t.th.text
	padX = t.th.Size(theme.SizeNameInnerPadding)
	padY := t.th.Size(theme.SizeNamePadding)
	rule = max(1, size/24)
	rowH = fyne.MeasureText("Mg", size, fyne.TextStyle{}).Height + 2*padY + rule
	for i, r := range t.lines() {
		style := fyne.TextStyle{Bold: i == 0 && len(t.header) > 0}
		for c, cell := range r {
			if c >= len(cols) {
				cols = append(cols, 0)
			}
			cols[c] = max(cols[c], fyne.MeasureText(cell, size, style).Width+2*padX)
		}
	}
	return cols, rowH, padX, rule
}

// MinSize is the grid's natural size: every cell on one line.
func (t *slideTable) MinSize() fyne.Size {
	cols, rowH, _, _ := t.metrics()
	var w float32
	for _, c := range cols {
		w += c
	}
	return fyne.NewSize(w, rowH*float32(len(t.lines())))
}

func (t *slideTable) CreateRenderer() fyne.WidgetRenderer {
	return &slideTableRenderer{t: t}
}

type slideTableRenderer struct{ t *slideTable }

func (r *slideTableRenderer) Destroy()                     {}
func (r *slideTableRenderer) MinSize() fyne.Size           { return r.t.MinSize() }
func (r *slideTableRenderer) Objects() []fyne.CanvasObject { return r.t.objs }
func (r *slideTableRenderer) Refresh() {
	r.Layout(r.t.Size())
	for _, o := range r.t.objs {
		o.Refresh()
	}
}

// Layout places each cell in its column and a rule under each row; the
// header's rule is the foreground colour, the others a faint foreground
// (the theme's separator colour vanishes on the dark projector's black).
func (r *slideTableRenderer) Layout(fyne.Size) {
	t := r.t
	cols, rowH, padX, rule := t.metrics()
	v := t.th.variant()
	fg := t.th.Color(theme.ColorNameForeground, v)
	r8, g8, b8, _ := fg.RGBA()
	sep := color.NRGBA{R: uint8(r8 >> 8), G: uint8(g8 >> 8), B: uint8(b8 >> 8), A: 0x50}
	textH := fyne.MeasureText("Mg", t.th.text, fyne.TextStyle{}).Height
	n := 0
	for i, row := range t.lines() {
		head := i == 0 && len(t.header) > 0
		y := float32(i) * rowH
		x := float32(0)
		for c, cell := range row {
			txt := t.texts[n]
			n++
			txt.Text, txt.TextSize, txt.Color = cell, t.th.text, fg
			txt.TextStyle = fyne.TextStyle{Bold: head}
			w := fyne.MeasureText(cell, t.th.text, txt.TextStyle).Width
			left := x + padX
			if c < len(t.align) {
				switch t.align[c] {
				case course.AlignRight:
					left = x + cols[c] - padX - w
				case course.AlignCenter:
					left = x + (cols[c]-w)/2
				}
			}
			txt.Move(fyne.NewPos(left, y+(rowH-rule-textH)/2))
			txt.Resize(fyne.NewSize(w, textH))
			x += cols[c]
		}
		rl := t.rules[i]
		rl.FillColor = sep
		if head {
			rl.FillColor = fg
		}
		rl.Move(fyne.NewPos(0, y+rowH-rule))
		rl.Resize(fyne.NewSize(x, rule))
	}
}

// tableSegment puts a slideTable in a slide's rich text, as a block of its
// own.
type tableSegment struct {
	table  *slideTable
	header []string
	rows   [][]string
	align  []course.Align
}

func newTableSegment(b course.Block, t *slideTable) *tableSegment {
	s := &tableSegment{table: t, align: b.Align}
	if len(b.Header) > 0 && course.CountWords(cellsText(b.Header)) > 0 {
		s.header = plainCells(b.Header)
	}
	for _, r := range b.Rows {
		s.rows = append(s.rows, plainCells(r))
	}
	return s
}

// plainCells is a row's cells as plain text.
func plainCells(cells [][]course.Inline) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = course.PlainText(c)
	}
	return out
}

func (s *tableSegment) Inline() bool { return false }

// Textual is the cells, a tab between cells and a line a row.
func (s *tableSegment) Textual() string {
	var b strings.Builder
	if len(s.header) > 0 {
		b.WriteString(strings.Join(s.header, "\t") + "\n")
	}
	for _, r := range s.rows {
		b.WriteString(strings.Join(r, "\t") + "\n")
	}
	return b.String()
}

// Visual fills the view's table: the rich text measures it right after.
func (s *tableSegment) Visual() fyne.CanvasObject {
	s.table.set(s.header, s.rows, s.align)
	return s.table
}

func (s *tableSegment) Update(o fyne.CanvasObject) {
	t := o.(*slideTable)
	t.set(s.header, s.rows, s.align)
	t.Refresh()
}

func (s *tableSegment) Select(_, _ fyne.Position) {}
func (s *tableSegment) SelectedText() string      { return "" }
func (s *tableSegment) Unselect()                 {}

// tablePool hands out a view's tables in order while one slide's segments
// are written, growing only for a slide with more tables than any before.
type tablePool struct {
	th     *slideTheme
	tables []*slideTable
	next   int
}

func (p *tablePool) reset() { p.next = 0 }

func (p *tablePool) get() *slideTable {
	if p.next == len(p.tables) {
		p.tables = append(p.tables, newSlideTable(p.th))
	}
	p.next++
	return p.tables[p.next-1]
}

// widest is the natural width of the widest table in use.
func (p *tablePool) widest() float32 {
	var w float32
	for _, t := range p.tables[:p.next] {
		w = max(w, t.MinSize().Width)
	}
	return w
}
