package pdf

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/consts/border"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/props"

	"github.com/socialtech/trainerkit/course"
)

// grid is a ruled table laid out for the page: its columns in grid units
// and millimetres, and each cell's lines.
type gridTable struct {
	lead   int // grid units before the table (its indent)
	tail   int // grid units after it (a call-out's or a slide frame's right padding)
	units  []int
	widths []float64
	aligns []align
	f      font
	header [][]line // nil when the table has no header row
	rows   [][][]line
	headSt *props.Cell
	bodySt *props.Cell
	box    *props.Cell // the call-out or frame the table sits in: its lead column's style
}

var (
	styleHead = &props.Cell{BackgroundColor: &colorHead, BorderType: border.Full, BorderColor: &colorGrid, BorderThickness: 0.2}
	styleBody = &props.Cell{BorderType: border.Full, BorderColor: &colorGrid, BorderThickness: 0.2}
)

// columnWidths shares width between columns as browsers do for automatic
// tables: every column gets at least its longest word, and what is left
// goes to the columns in proportion to how much more they would need to
// hold their text on one line.
func columnWidths(minW, maxW []float64, width float64) []float64 {
	n := len(minW)
	out := make([]float64, n)
	var sumMin, sumMax float64
	for i := range minW {
		sumMin += minW[i]
		sumMax += maxW[i]
	}
	switch {
	case sumMax <= width:
		// Everything fits on one line: share the spare width by need.
		for i := range out {
			out[i] = maxW[i] + (width-sumMax)*maxW[i]/sumMax
		}
	case sumMin >= width:
		for i := range out {
			out[i] = width * minW[i] / sumMin
		}
	default:
		for i := range out {
			out[i] = minW[i] + (width-sumMin)*(maxW[i]-minW[i])/(sumMax-sumMin)
		}
	}
	return out
}

// measureCell gives the one-line width of spans and the width of their
// widest word, or of the widest part of a word between its hyphens (a
// double-barrelled name may break there).
func (m measurer) measureCell(spans []span, f font) (minW, maxW float64) {
	ws, _ := m.words(spans, f.size)
	var lineW float64
	for _, w := range ws {
		if w.brk {
			maxW = max(maxW, lineW)
			lineW = 0
			continue
		}
		if lineW > 0 && w.space >= 0 {
			lineW += m.width(" ", spans[w.space].st, f.size)
		}
		lineW += w.w
		minW = max(minW, m.widestPart(w, spans, f.size))
	}
	return minW, max(maxW, lineW)
}

// widestPart is the width of the widest part of a word between the
// hyphens a line may end at (hyphenBreaks: not a code's).
func (m measurer) widestPart(w word, spans []span, size float64) float64 {
	t := w.text()
	if !strings.ContainsAny(t, "-\u2010") || len(w.pieces) != 1 {
		return w.w
	}
	st := spans[w.pieces[0].sp].st
	name := spans[w.pieces[0].sp].name
	widest, from := 0.0, 0
	for i, r := range t {
		if r != '-' && r != '\u2010' || i == 0 {
			continue
		}
		n := utf8.RuneLen(r)
		before, _ := utf8.DecodeLastRuneInString(t[:i])
		after, _ := utf8.DecodeRuneInString(t[i+n:])
		if hyphenBreaks(before, after, name) {
			widest = max(widest, m.width(t[from:i+n], st, size))
			from = i + n
		}
	}
	return max(widest, m.width(t[from:], st, size))
}

// holdsName reports whether a cell's spans include a person's name.
func holdsName(spans []span) bool {
	for _, s := range spans {
		if s.name {
			return true
		}
	}
	return false
}

// layoutTable measures and wraps a table of spans at width from x.
func (d *doc) layoutTable(header [][]span, rows [][][]span, aligns []align, x, width float64, f font) *gridTable {
	n := len(header)
	for _, r := range rows {
		n = max(n, len(r))
	}
	minW, maxW := make([]float64, n), make([]float64, n)
	// nameW is the width of the widest name of each column on one line.
	nameW := make([]float64, n)
	measure := func(cells [][]span) {
		for i, c := range cells {
			a, b := d.m.measureCell(c, f)
			// A little over the widest word, which rounding to the grid
			// and the wrapping slack must not break.
			minW[i] = max(minW[i], a+2*cellPadX+0.4)
			maxW[i] = max(maxW[i], b+2*cellPadX)
			if holdsName(c) {
				nameW[i] = max(nameW[i], b+2*cellPadX+0.4)
			}
		}
	}
	measure(header)
	for _, r := range rows {
		measure(r)
	}
	for i := range minW {
		// A very long word (an address) is cut rather than squeezing the
		// other columns.
		minW[i] = min(max(minW[i], 8), width/float64(n)*1.5)
		maxW[i] = max(maxW[i], minW[i])
	}
	lead := d.units(x)
	tail := max(d.units(d.width()-x-width), 0)
	left := grid - lead - tail
	avail := d.colWidth(left)
	lay := func(ws []float64) *gridTable {
		t := &gridTable{f: f, headSt: styleHead, bodySt: styleBody, aligns: aligns, lead: lead, tail: tail}
		d.fill(t, header, rows, ws, left)
		return t
	}
	ws := columnWidths(minW, maxW, avail)
	t := lay(ws)
	// Names are read whole: a column of names gets the width of its
	// longest on one line, taken from the column that loses least by it
	// (an organisation's long name rather than the absences), or from all
	// in proportion; unless the table grows taller or more hyphenated for
	// it. Else names break at their spaces, never between syllables.
	need, sumMin := 0.0, 0.0
	for i := range ws {
		need += max(nameW[i]-ws[i], 0)
		sumMin += max(minW[i], nameW[i])
	}
	if need <= 0 || sumMin > avail {
		return t
	}
	var tries [][]float64
	for j := range ws {
		if nameW[j] > 0 || ws[j]-need < minW[j] {
			continue
		}
		alt := slices.Clone(ws)
		for i := range alt {
			alt[i] = max(alt[i], nameW[i])
		}
		alt[j] -= need
		tries = append(tries, alt)
	}
	whole, wmax := slices.Clone(minW), slices.Clone(maxW)
	for i := range whole {
		whole[i] = max(whole[i], nameW[i])
		wmax[i] = max(wmax[i], whole[i])
	}
	tries = append(tries, columnWidths(whole, wmax, avail))
	var best *gridTable
	for _, alt := range tries {
		a := lay(alt)
		if best == nil || a.lines() < best.lines() || a.lines() == best.lines() && a.hyphens() < best.hyphens() {
			best = a
		}
	}
	if a, b := best.lines(), t.lines(); a < b || a == b && best.hyphens() <= t.hyphens() {
		t = best
	}
	return t
}

// fill gives the columns widths ws (millimetres, rounded to left grid
// units) and wraps the cells.
func (d *doc) fill(t *gridTable, header [][]span, rows [][][]span, ws []float64, left int) {
	n := len(ws)
	for i, w := range ws {
		u := d.units(w)
		if i == n-1 || left-u < 0 {
			u = left
		}
		left -= u
		t.units = append(t.units, u)
		t.widths = append(t.widths, d.colWidth(u))
	}
	wrapRow := func(cells [][]span) [][]line {
		out := make([][]line, n)
		for i := range out {
			var c []span
			if i < len(cells) {
				c = cells[i]
			}
			out[i] = d.m.forCells().wrap(c, t.f, t.widths[i]-2*cellPadX)
		}
		return out
	}
	if header != nil {
		t.header = wrapRow(header)
	}
	for _, r := range rows {
		t.rows = append(t.rows, wrapRow(r))
	}
}

// lines is the number of lines of the table's rows, header included.
func (t *gridTable) lines() int {
	n := 0
	if t.header != nil {
		n += lineCount(t.header)
	}
	for _, r := range t.rows {
		n += lineCount(r)
	}
	return n
}

// hyphens is the number of the table's lines that end with a hyphen.
func (t *gridTable) hyphens() int {
	n := 0
	for _, r := range t.rows {
		for _, c := range r {
			for _, ln := range c {
				if k := len(ln.runs); k > 0 && strings.HasSuffix(ln.runs[k-1].text, hyphen) {
					n++
				}
			}
		}
	}
	return n
}

// lineCount is the number of lines of the tallest cell.
func lineCount(cells [][]line) int {
	n := 1
	for _, c := range cells {
		n = max(n, len(c))
	}
	return n
}

// rowHeight is the height of a row of cells showing n lines.
func (t *gridTable) rowHeight(n int) float64 { return float64(n)*t.f.height + 2*cellPadY }

// makeRow draws lines [from, to) of each cell as one row.
func (t *gridTable) makeRow(cells [][]line, from, to int, st *props.Cell, minH float64) (core.Row, float64) {
	h := max(t.rowHeight(to-from), minH)
	var cols []core.Col
	if t.lead > 0 {
		lead := col.New(t.lead)
		if t.box != nil {
			lead.WithStyle(t.box)
		}
		cols = append(cols, lead)
	}
	for i, c := range cells {
		var comps []core.Component
		for j := from; j < to && j < len(c); j++ {
			al := left
			if i < len(t.aligns) {
				al = t.aligns[i]
			}
			comps = append(comps, c[j].components(t.f, cellPadX, t.widths[i]-2*cellPadX, cellPadY+float64(j-from)*t.f.height, al)...)
		}
		cols = append(cols, col.New(t.units[i]).WithStyle(st).Add(comps...))
	}
	if t.tail > 0 {
		tail := col.New(t.tail)
		if t.box != nil {
			tail.WithStyle(rightSide(t.box))
		}
		cols = append(cols, tail)
	}
	return row.New(h).Add(cols...), h
}

// rightSide is box as the column right of a table in it shows it: its
// shade and its right border, not the left one (a call-out's bar).
func rightSide(box *props.Cell) *props.Cell {
	s := *box
	s.BorderType &= border.Right
	return &s
}

// place adds the table to the document: a row that does not fit goes to
// the next page under a repeated header; a row taller than a page is split
// between lines.
func (t *gridTable) place(d *doc) {
	var head core.Row
	var headH float64
	rows, styles := t.rows, make([]*props.Cell, len(t.rows))
	for i := range styles {
		styles[i] = t.bodySt
	}
	switch {
	case t.header != nil && t.rowHeight(lineCount(t.header)) > d.avail()/3:
		// A header this tall (narrow columns) cannot repeat on every page,
		// nor always fit on one: it prints once, split like a body row.
		rows = append([][][]line{t.header}, rows...)
		styles = append([]*props.Cell{t.headSt}, styles...)
	case t.header != nil:
		head, headH = t.makeRow(t.header, 0, lineCount(t.header), t.headSt, 0)
	}
	addHead := func() {
		if head != nil {
			d.addKept(headH, head)
		}
	}
	// The header stays with the first lines of the first row: it never
	// ends a page alone.
	if len(rows) > 0 {
		d.ensure(headH + t.rowHeight(min(lineCount(rows[0]), 3)))
	}
	d.keep(1)
	addHead()
	fullPage := d.avail() - height(d.bottom) - height(d.top) - headH - eps
	// next ends the page inside the table; the header repeats on the new
	// page unless it moved there with the row it waits for.
	// here counts the body rows placed on the current page.
	here := 0
	next := func() {
		if !d.breakPage() {
			d.begin()
			addHead()
		}
		here = 0
	}
	for ri, cells := range rows {
		n := lineCount(cells)
		h := t.rowHeight(n)
		if ri == len(rows)-2 && here >= 2 {
			// The last row never ends the table alone on a page: the row
			// before goes with it, when two stay behind.
			last := t.rowHeight(lineCount(rows[ri+1]))
			if h <= d.room() && h+last > d.room() && h+last <= fullPage {
				next()
			}
		}
		if h > d.room() && h <= fullPage {
			next()
		}
		for from := 0; from < n; {
			fit := int(math.Floor((d.room() - 2*cellPadY) / t.f.height))
			if fit < 1 && !d.fresh() && len(d.cur.rows) > len(d.top)+1 {
				next()
				continue
			}
			fit = max(fit, 1)
			to := min(n, from+fit)
			r, rh := t.makeRow(cells, from, to, styles[ri], 0)
			d.add(rh, r)
			here++
			from = to
			if from < n {
				next()
			}
		}
	}
}

// table draws a Markdown table as a ruled grid across the width left.
func (r *renderer) table(b *course.Block, c ctx) {
	header, rows := tableSpans(b)
	aligns := make([]align, len(b.Align))
	for i, a := range b.Align {
		switch a {
		case course.AlignCenter:
			aligns[i] = center
		case course.AlignRight:
			aligns[i] = right
		}
	}
	t := r.layoutTable(header, rows, aligns, c.indent, r.textWidth(c), fontCell)
	t.box = c.box
	t.place(r.doc)
}

// tableSpans are the header's cells in bold and the rows' cells; no header
// when its row is empty (slides write "| | |" above a table without one).
func tableSpans(b *course.Block) (header [][]span, rows [][][]span) {
	if b.HasHeader() {
		for _, cell := range b.Header {
			header = append(header, spansOf(cell, bold, nil))
		}
	}
	rows = make([][][]span, len(b.Rows))
	for i, rw := range b.Rows {
		for _, cell := range rw {
			rows[i] = append(rows[i], spansOf(cell, regular, nil))
		}
	}
	return header, rows
}
