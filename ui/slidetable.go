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

	room  fyne.CanvasObject   // the rich text the table is drawn in
	texts []*canvas.Text      // pool: one a line of a cell
	rules []*canvas.Rectangle // pool: one a row
	objs  []fyne.CanvasObject // the objects in use, for the renderer
}

func newSlideTable(th *slideTheme, room fyne.CanvasObject) *slideTable {
	t := &slideTable{th: th, room: room}
	t.ExtendBaseWidget(t)
	return t
}

// set fills the table with a slide's cells; Layout draws them with the
// pool's objects, growing it only for more lines than any table before.
func (t *slideTable) set(header []string, rows [][]string, align []course.Align) {
	t.header, t.rows, t.align = header, rows, align
	t.Refresh()
}

// lines is the header (when there is one) then the rows.
func (t *slideTable) lines() [][]string {
	if len(t.header) == 0 {
		return t.rows
	}
	return append([][]string{t.header}, t.rows...)
}

// grid is a table laid out at a width: each column's width, each cell's
// lines (a cell wraps at its column's width) and each row's height.
type grid struct {
	cols       []float32
	cells      [][][]string // row, column, line
	rowH       []float32
	lineH      float32
	padX, padY float32
	rule       float32
}

// measure lays the table out at a width (0: no limit). Every column gets
// its natural width when the table fits; otherwise the columns narrower
// than an equal share keep theirs and the others share the rest in
// proportion to their natural width, their cells wrapping at word breaks.
func (t *slideTable) measure(width float32) grid {
	size := t.th.text
	g := grid{padX: t.th.Size(theme.SizeNameInnerPadding), padY: t.th.Size(theme.SizeNamePadding), rule: max(1, size/24)}
	g.lineH = fyne.MeasureText("Mg", size, fyne.TextStyle{}).Height
	lines := t.lines()
	for i, r := range lines {
		for c, cell := range r {
			if c >= len(g.cols) {
				g.cols = append(g.cols, 0)
			}
			g.cols[c] = max(g.cols[c], fyne.MeasureText(cell, size, t.style(i)).Width+2*g.padX)
		}
	}
	g.cols = shareWidth(g.cols, width)
	for i, r := range lines {
		row := make([][]string, len(r))
		n := 1
		for c, cell := range r {
			row[c] = wrapCell(cell, g.cols[c]-2*g.padX, size, t.style(i))
			n = max(n, len(row[c]))
		}
		g.cells = append(g.cells, row)
		g.rowH = append(g.rowH, float32(n)*g.lineH+2*g.padY+g.rule)
	}
	return g
}

// style is a line's text style: the header bold.
func (t *slideTable) style(line int) fyne.TextStyle {
	return fyne.TextStyle{Bold: line == 0 && len(t.header) > 0}
}

// shareWidth narrows natural column widths to a total width.
func shareWidth(cols []float32, width float32) []float32 {
	var total float32
	for _, c := range cols {
		total += c
	}
	if width <= 0 || total <= width || len(cols) == 0 {
		return cols
	}
	out := append([]float32(nil), cols...)
	wide := make([]bool, len(cols))
	left, share := width, width/float32(len(cols))
	var wideTotal float32
	for i, c := range cols {
		if c > share {
			wide[i] = true
			wideTotal += c
		} else {
			left -= c
		}
	}
	for i, c := range cols {
		if wide[i] {
			out[i] = left * c / wideTotal
		}
	}
	return out
}

// wrapCell breaks a cell's text into lines no wider than width, at
// ordinary spaces; a word longer than the width keeps a line of its own.
// No-break spaces (French "18 600", "ligne 1 :") hold, as in the PDF.
func wrapCell(text string, width, size float32, style fyne.TextStyle) []string {
	words := strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' })
	if len(words) == 0 {
		return []string{""}
	}
	var out []string
	line := words[0]
	for _, w := range words[1:] {
		if fyne.MeasureText(line+" "+w, size, style).Width <= width {
			line += " " + w
			continue
		}
		out = append(out, line)
		line = w
	}
	return append(out, line)
}

// width is the room the table has: its rich text's, less its padding.
func (t *slideTable) width() float32 {
	if t.room == nil {
		return 0
	}
	return t.room.Size().Width - 2*t.th.Size(theme.SizeNameInnerPadding)
}

// MinSize is the grid's size at the rich text's width.
func (t *slideTable) MinSize() fyne.Size {
	g := t.measure(t.width())
	var w, h float32
	for _, c := range g.cols {
		w += c
	}
	for _, r := range g.rowH {
		h += r
	}
	return fyne.NewSize(w, h)
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

// Layout places each cell's lines in its column and a rule under each
// row; the header's rule is the foreground colour, the others a faint
// foreground (the theme's separator colour vanishes on the dark
// projector's black). It takes its text and rule objects from the pool.
func (r *slideTableRenderer) Layout(fyne.Size) {
	t := r.t
	g := t.measure(t.width())
	v := t.th.variant()
	fg := t.th.Color(theme.ColorNameForeground, v)
	r8, g8, b8, _ := fg.RGBA()
	sep := color.NRGBA{R: uint8(r8 >> 8), G: uint8(g8 >> 8), B: uint8(b8 >> 8), A: 0x50}
	t.objs = t.objs[:0]
	n, y := 0, float32(0)
	for i, row := range g.cells {
		x := float32(0)
		for c, cell := range row {
			for l, line := range cell {
				if n == len(t.texts) {
					t.texts = append(t.texts, canvas.NewText("", fg))
				}
				txt := t.texts[n]
				n++
				txt.Text, txt.TextSize, txt.Color, txt.TextStyle = line, t.th.text, fg, t.style(i)
				w := fyne.MeasureText(line, t.th.text, txt.TextStyle).Width
				txt.Move(fyne.NewPos(x+t.alignOffset(c, g.cols[c], w, g.padX), y+g.padY+float32(l)*g.lineH))
				txt.Resize(fyne.NewSize(w, g.lineH))
				t.objs = append(t.objs, txt)
			}
			x += g.cols[c]
		}
		if i == len(t.rules) {
			t.rules = append(t.rules, canvas.NewRectangle(sep))
		}
		rl := t.rules[i]
		rl.FillColor = sep
		if i == 0 && len(t.header) > 0 {
			rl.FillColor = fg
		}
		rl.Move(fyne.NewPos(0, y+g.rowH[i]-g.rule))
		rl.Resize(fyne.NewSize(x, g.rule))
		t.objs = append(t.objs, rl)
		y += g.rowH[i]
	}
}

// alignOffset is where a line of a width starts in its column, as the
// Markdown column's alignment asks.
func (t *slideTable) alignOffset(col int, colW, w, padX float32) float32 {
	if col < len(t.align) {
		switch t.align[col] {
		case course.AlignRight:
			return colW - padX - w
		case course.AlignCenter:
			return (colW - w) / 2
		}
	}
	return padX
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
	if b.HasHeader() {
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
	o.(*slideTable).set(s.header, s.rows, s.align)
}

func (s *tableSegment) Select(_, _ fyne.Position) {}
func (s *tableSegment) SelectedText() string      { return "" }
func (s *tableSegment) Unselect()                 {}

// tablePool hands out a view's tables in order while one slide's segments
// are written, growing only for a slide with more tables than any before.
type tablePool struct {
	th     *slideTheme
	room   fyne.CanvasObject
	tables []*slideTable
	next   int
}

func (p *tablePool) reset() { p.next = 0 }

func (p *tablePool) get() *slideTable {
	if p.next == len(p.tables) {
		p.tables = append(p.tables, newSlideTable(p.th, p.room))
	}
	p.next++
	return p.tables[p.next-1]
}
